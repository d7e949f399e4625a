// Files' stamps for the cache (size, modification and change times, inode): what tells a file unchanged
// without reading it. Many files are stamped on a worker thread while the caller reads the cache; a few, or
// with one job, on this thread.

import { existsSync, lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface Stamp {
  /** Absent for a link or anything but a plain file. */
  stamp?: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** Below this many files, a thread costs more to start than the stamps take here. */
const MIN_THREADED_FILES = 2000;

const stampOf = (size: number, mtimeMs: number, ctimeMs: number, ino: number): Stamp => ({ stamp: `${size}:${mtimeMs}:${ctimeMs}:${ino}`, size, mtimeMs, ctimeMs });
const NONE: Stamp = { size: 0, mtimeMs: 0, ctimeMs: 0 };

function stampsHere(files: readonly string[]): Stamp[] {
  return files.map((file) => {
    const stats = lstatSync(file, { throwIfNoEntry: false });
    return stats?.isFile() ? stampOf(stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino) : NONE;
  });
}

/** The worker's bundle, next to the CLI's (dist/stat-worker.js); absent when the CLI runs unbundled. */
function workerScript(): string | undefined {
  const script = join(__dirname, 'stat-worker.js');
  return existsSync(script) ? script : undefined;
}

/**
 * Starts stamping `files` (absolute paths) and returns their stamps when asked: the work runs on a worker
 * thread when there are many files and more than one job (MOPS_JOBS=1 keeps it here), so that the caller
 * can do its own meanwhile. A worker that fails, or answers with something else, leaves the stamping to this thread.
 */
export function startStamping(files: readonly string[], env: Record<string, string | undefined>, script = workerScript()): () => Promise<Stamp[]> {
  const jobs = env.MOPS_JOBS !== undefined && /^\d+$/.test(env.MOPS_JOBS) ? Number(env.MOPS_JOBS) : availableParallelism();
  if (!script || jobs < 2 || files.length < MIN_THREADED_FILES) return async () => stampsHere(files);
  const answer = new Promise<Stamp[]>((resolve) => {
    const worker = new Worker(script);
    let settled = false;
    const settle = (stamps: () => Stamp[]) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(stamps());
    };
    worker.once('message', ({ numbers, isFile }: { numbers: Float64Array; isFile: Uint8Array }) => {
      if (numbers.length !== files.length * 4 || isFile.length !== files.length) return settle(() => stampsHere(files));
      settle(() => files.map((_, i) => (isFile[i] ? stampOf(numbers[i * 4], numbers[i * 4 + 1], numbers[i * 4 + 2], numbers[i * 4 + 3]) : NONE)));
    });
    // A worker that fails or ends without an answer: the stamps are taken here.
    worker.once('error', () => settle(() => stampsHere(files)));
    worker.once('exit', () => settle(() => stampsHere(files)));
    worker.postMessage(files);
  });
  return () => answer;
}
