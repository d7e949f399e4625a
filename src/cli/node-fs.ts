// The core's file-system interface over node:fs, rooted at one folder and never following links.

import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DirEntry, PlaybookFileSystem } from '../core';

export function nodeFileSystem(root: string): PlaybookFileSystem {
  const abs = (path: string) => join(root, ...path.split('/'));
  return {
    async readDirectory(path) {
      const entries = await readdir(abs(path), { withFileTypes: true });
      return Promise.all(
        entries.map(async (e): Promise<DirEntry> => {
          const type = e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other';
          const size = type === 'file' ? (await stat(join(abs(path), e.name))).size : undefined;
          return { name: e.name, type, size };
        }),
      );
    },
    async readFile(path) {
      return readFile(abs(path));
    },
    async exists(path) {
      try {
        return (await lstat(abs(path))).isFile();
      } catch {
        return false;
      }
    },
  };
}
