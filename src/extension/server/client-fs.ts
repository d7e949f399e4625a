// The client's side of `mops/fs`: the server reads a playbook through VS Code's file system when it cannot
// itself (it runs in a browser worker, or the workspace is virtual or remote). Read-only, and never follows a
// symbolic link, like the extension's own reading (vscode-fs.ts).

import * as vscode from 'vscode';
import { toBase64 } from '../../core/text/base64';
import type { FsParams, FsResult } from '../../lsp/protocol';
import { isRegularFile, listDirectory } from '../vscode-fs';

/** Answers one `mops/fs` request; a read that fails rejects, which the server reports as a missing file. */
export async function answerFs(params: FsParams): Promise<FsResult> {
  const uri = vscode.Uri.parse(params.uri, true);
  switch (params.op) {
    case 'readDirectory':
      return listDirectory(uri);
    case 'readFile':
      return { base64: toBase64(await vscode.workspace.fs.readFile(uri)) };
    case 'exists':
      return isRegularFile(uri);
    default:
      throw new Error(`unknown mops/fs operation ${String((params as { op?: unknown }).op)}`);
  }
}
