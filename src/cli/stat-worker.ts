// A worker thread of the cached check: takes the stamps of many files (lstat: size, times, inode) while the
// main thread reads the cache. Answers with plain numbers in transferred arrays, four per file.

import { lstatSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (files: string[]) => {
  const numbers = new Float64Array(files.length * 4);
  const isFile = new Uint8Array(files.length);
  files.forEach((file, i) => {
    const stats = lstatSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return;
    isFile[i] = 1;
    numbers.set([stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino], i * 4);
  });
  parentPort?.postMessage({ numbers, isFile }, [numbers.buffer, isFile.buffer]);
});
