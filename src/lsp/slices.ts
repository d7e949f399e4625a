// Long loops in slices: the server answers messages between them, so a playbook of 10,000 files never holds
// the event loop for long, in Node and in a browser worker alike.

import type { PlaybookFileSystem } from '../core';

/** How long a slice may run before the loop lets other work in. */
export const SLICE_MS = 10;

/** Node's setImmediate, where there is one (not in a browser worker). */
const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;

/**
 * A turn of the event loop: pending messages are read and answered before the loop goes on. In Node this must
 * be setImmediate: a setTimeout(0) made in a timer callback that ran for a while counts from the loop's cached
 * start time, is already due, and runs in the same timers phase, so a chain of them never lets input in
 * (measured: 2.6–3.7 s without reading a message while the 10,000-brief playbook's diagnostics were worked out).
 * A browser worker has no setImmediate; there each timeout is a task of its own and messages are tasks too.
 */
export function nextTurn(): Promise<void> {
  turn ??= new Promise((resolve) =>
    (immediate ?? ((callback: () => void) => setTimeout(callback, 0)))(() => {
      turn = undefined;
      turnStart = Date.now();
      resolve();
    }),
  );
  return turn;
}

/**
 * Every slicing loop shares one budget per turn: with three at once (a load, the diagnostics being published,
 * a status request), each taking its own SLICE_MS made turns three times as long.
 */
let turnStart = Date.now();
let turn: Promise<void> | undefined;

/** Whether this turn's slice is spent. */
export function sliceSpent(): boolean {
  return Date.now() - turnStart >= SLICE_MS;
}

/** Runs `run` on every item, with a turn of the event loop whenever the slice is spent; stops early when `stop` says so. */
export async function sliced<T>(items: Iterable<T>, run: (item: T) => void, stop?: () => boolean): Promise<void> {
  for (const item of items) {
    if (stop?.()) return;
    if (sliceSpent()) await nextTurn();
    run(item);
  }
}

/**
 * The file system with a turn of the event loop before a read once a slice's time is spent. The loader reads
 * 32 files at once and parses each as it comes in: with a file system whose reads are synchronous (the CLI's
 * reads a whole file in one call), the reads alone hardly ever yield, and about 2,000 files were parsed in one
 * go (8 s without answering a message, measured on 10,000 briefs). Here every reader waits for the next turn
 * once the turn's slice is spent, so the parsing between two turns is one slice and at most one file per reader.
 */
export function yielding(fs: PlaybookFileSystem): PlaybookFileSystem {
  const pause = async () => {
    if (sliceSpent()) await nextTurn();
  };
  const wrapped: PlaybookFileSystem = {
    readDirectory: async (path) => (await pause(), fs.readDirectory(path)),
    readFile: async (path) => (await pause(), fs.readFile(path)),
    exists: (path) => fs.exists(path),
  };
  const upTo = fs.readFileUpTo?.bind(fs);
  if (upTo) wrapped.readFileUpTo = async (path, maxBytes) => (await pause(), upTo(path, maxBytes));
  return wrapped;
}
