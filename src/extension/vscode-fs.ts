// The core's file-system interface over `vscode.workspace.fs`, rooted at one folder: works for local,
// remote and virtual (web) workspaces alike, and never follows symbolic links.

import * as vscode from 'vscode';
import type { DirEntry, EntryType, PlaybookFileSystem } from '../core';

function entryType(type: vscode.FileType): EntryType {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** The Uri of a playbook-relative path (forward slashes; '' is the root). */
export function uriOf(root: vscode.Uri, path: string): vscode.Uri {
  return path === '' ? root : vscode.Uri.joinPath(root, ...path.split('/'));
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

export function vscodeFileSystem(root: vscode.Uri): PlaybookFileSystem {
  const fs = vscode.workspace.fs;
  return {
    readDirectory: (path) => listDirectory(uriOf(root, path)),
    async readFile(path) {
      return fs.readFile(uriOf(root, path));
    },
    exists: (path) => isRegularFile(uriOf(root, path)),
  };
}
