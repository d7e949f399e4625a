// The core's file-system interface over node:fs, rooted at one folder and never following links.

import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DirEntry, PlaybookFileSystem } from '../core';

/**
 * A file's bytes, or its size when that is over the limit: a 50 MB (or 5 GB) file is never read into
 * memory to find it too large. One open, one fstat, one read: no separate stat per file when listing.
 */
function readUpTo(file: string, limit: number): Uint8Array | number {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    return size > limit ? size : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Files read between two turns of the event loop: reads are synchronous (cheaper), but others get to run. */
const READS_PER_TURN = 64;

export function nodeFileSystem(root: string): PlaybookFileSystem {
  const abs = (path: string) => join(root, ...path.split('/'));
  let reads = 0;
  return {
    async readDirectory(path) {
      const entries = await readdir(abs(path), { withFileTypes: true });
      return entries.map((e): DirEntry => ({ name: e.name, type: e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other' }));
    },
    async readFile(path) {
      return readFile(abs(path));
    },
    async readFileUpTo(path, limit) {
      const got = readUpTo(abs(path), limit);
      if (++reads % READS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      return typeof got === 'number' ? { size: got } : got;
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
