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

export function vscodeFileSystem(root: vscode.Uri): PlaybookFileSystem {
  const fs = vscode.workspace.fs;
  return {
    async readDirectory(path) {
      const dir = uriOf(root, path);
      const entries = await fs.readDirectory(dir);
      // YAML files get their size up front, so that a huge one is reported without being read.
      return Promise.all(
        entries.map(async ([name, type]): Promise<DirEntry> => {
          const kind = entryType(type);
          if (kind !== 'file' || !/\.ya?ml$/i.test(name)) return { name, type: kind };
          const size = await fs.stat(vscode.Uri.joinPath(dir, name)).then((s) => s.size, () => undefined);
          return { name, type: kind, size };
        }),
      );
    },
    async readFile(path) {
      return fs.readFile(uriOf(root, path));
    },
    async exists(path) {
      try {
        const stat = await fs.stat(uriOf(root, path));
        return (stat.type & vscode.FileType.File) !== 0 && (stat.type & vscode.FileType.SymbolicLink) === 0;
      } catch {
        return false;
      }
    },
  };
}
