// The client's side of `mops/fs`: the server reads a playbook through VS Code's file system when it cannot
// itself (it runs in a browser worker, or the workspace is virtual or remote). Read-only, and never follows a
// symbolic link: works for local, remote and virtual (web) workspaces alike.

import * as vscode from 'vscode';
import type { DirEntry, EntryType } from '../../core';
import { toBase64 } from '../../core/text/base64';
import type { FsParams, FsResult } from '../../lsp/protocol';

function entryType(type: vscode.FileType): EntryType {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/**
 * A folder's entries, links reported as links; YAML files get their size up front, so that a huge one is
 * reported without being read.
 */
export async function listDirectory(dir: vscode.Uri): Promise<DirEntry[]> {
  const fs = vscode.workspace.fs;
  const entries = await fs.readDirectory(dir);
  return Promise.all(
    entries.map(async ([name, type]): Promise<DirEntry> => {
      const kind = entryType(type);
      if (kind !== 'file' || !/\.ya?ml$/i.test(name)) return { name, type: kind };
      const size = await fs.stat(vscode.Uri.joinPath(dir, name)).then((s) => s.size, () => undefined);
      return size === undefined ? { name, type: kind } : { name, type: kind, size };
    }),
  );
}

/** Whether a regular file (not a link to one) is at `uri`. */
export async function isRegularFile(uri: vscode.Uri): Promise<boolean> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return (stat.type & vscode.FileType.File) !== 0 && (stat.type & vscode.FileType.SymbolicLink) === 0;
  } catch {
    return false;
  }
}

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
