// The client's side of `mops/fs`: the server reads a playbook through VS Code's file system when it cannot
// itself (it runs in a browser worker, or the workspace is virtual or remote). Read-only, and never follows a
// symbolic link, like the extension's own reading (vscode-fs.ts).

import * as vscode from 'vscode';
import { toBase64 } from '../../core';
import type { FsEntry, FsParams, FsResult } from '../../lsp/protocol';

function entryType(type: vscode.FileType): FsEntry['type'] {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** Answers one `mops/fs` request; a read that fails rejects, which the server reports as a missing file. */
export async function answerFs(params: FsParams): Promise<FsResult> {
  const fs = vscode.workspace.fs;
  const uri = vscode.Uri.parse(params.uri, true);
  switch (params.op) {
    case 'readDirectory': {
      const entries = await fs.readDirectory(uri);
      // YAML files get their size up front, so that a huge one is reported without being read.
      return Promise.all(
        entries.map(async ([name, type]): Promise<FsEntry> => {
          const kind = entryType(type);
          if (kind !== 'file' || !/\.ya?ml$/i.test(name)) return { name, type: kind };
          const size = await fs.stat(vscode.Uri.joinPath(uri, name)).then((s) => s.size, () => undefined);
          return size === undefined ? { name, type: kind } : { name, type: kind, size };
        }),
      );
    }
    case 'readFile':
      return { base64: toBase64(await fs.readFile(uri)) };
    case 'exists':
      try {
        const stat = await fs.stat(uri);
        return (stat.type & vscode.FileType.File) !== 0 && (stat.type & vscode.FileType.SymbolicLink) === 0;
      } catch {
        return false;
      }
    default:
      throw new Error(`unknown mops/fs operation ${String((params as { op?: unknown }).op)}`);
  }
}
