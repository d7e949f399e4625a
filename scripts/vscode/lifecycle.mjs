// Cleanup and time limits for the real-VS-Code runners (code-server.mjs, run-code-server.mjs, ui-e2e.mjs):
// a registry of cleanup steps that run in reverse order at the end of a run and on SIGINT, SIGTERM and
// SIGHUP (so that no code-server, browser or temporary folder outlives an interrupted run), and a timeout
// wrapper for promises.
import { clearTimeout, setTimeout } from 'node:timers';

const cleanups = [];
let signalsHooked = false;
let stopping = false;
/** @type {Promise<void> | undefined} */
let cleaning;

/**
 * Registers a cleanup step, run (last registered first) by runCleanups() and on SIGINT/SIGTERM/SIGHUP.
 * @param {() => unknown} fn
 * @returns {() => void} a function that removes the step again
 */
export function onCleanup(fn) {
  cleanups.push(fn);
  if (!signalsHooked) {
    signalsHooked = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        stopping = true;
        console.error(`\n${signal}: stopping code-server and the browser`);
        runCleanups().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
      });
    }
  }
  return () => {
    const at = cleanups.indexOf(fn);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

/** True once a signal asked the process to stop (callers can then skip their own error reports). */
export const isStopping = () => stopping;

/**
 * Runs every registered cleanup step; a step that fails or hangs (15 s) is reported and skipped. Calls made
 * while a run is in progress share it, so a signal during the normal cleanup never exits half-way.
 * @returns {Promise<void>}
 */
export function runCleanups() {
  return (cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop();
      await withTimeout(Promise.resolve().then(fn), 15_000, 'a cleanup step timed out').catch((error) => console.error(`cleanup: ${error.message}`));
    }
  })().finally(() => {
    cleaning = undefined;
  }));
}

/**
 * Settles like `promise`, or rejects with `message` (and `timeout: true`) after `ms` milliseconds.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(message), { timeout: true })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
