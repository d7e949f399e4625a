// Parses a playbook's files on every core: the files are split by size into one share per core, the
// worker threads parse theirs while this thread parses its own, and their summaries become parsed files
// whose ASTs are rebuilt from the text only where a finding needs a position.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { hydrateParsed, parseFile, type ParsedFile, type ParsedSummary } from '../core';

/** Below this much YAML, starting a worker costs more than it saves. */
const MIN_PARALLEL_BYTES = 2_000_000;

/** The worker's bundle, next to the CLI's (dist/parse-worker.js); absent when the CLI runs unbundled. */
function workerScript(): string | undefined {
  const script = join(__dirname, 'parse-worker.js');
  return existsSync(script) ? script : undefined;
}

/** Splits files into `n` shares of about equal size, keeping each share's files in order. */
function shares<T extends { text: string }>(files: readonly T[], n: number): Array<Array<{ file: T; at: number }>> {
  const total = files.reduce((sum, f) => sum + f.text.length, 0);
  const out: Array<Array<{ file: T; at: number }>> = Array.from({ length: n }, () => []);
  let seen = 0;
  files.forEach((file, at) => {
    out[Math.min(n - 1, Math.floor((seen / Math.max(total, 1)) * n))].push({ file, at });
    seen += file.text.length;
  });
  return out;
}

function parseIn(script: string, files: Array<{ path: string; text: string }>): Promise<ParsedSummary[]> {
  return new Promise((resolve, reject) => {
    // A larger young generation: parsing allocates many short-lived objects.
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.once('message', (summaries: ParsedSummary[]) => {
      resolve(summaries);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code !== 0 ? reject(new Error(`a parse worker exited with ${code}`)) : undefined));
    worker.postMessage(files);
  });
}

/**
 * A parser for `loadPlaybook`'s `parseAll` that uses `jobs` threads (default: every core), or undefined
 * when one thread is all there is to use. Small playbooks are parsed on this thread alone.
 */
export function parallelParser(
  jobs = availableParallelism(),
  options: { minBytes?: number; onThreads?: (threads: number) => void } = {},
): ((files: ReadonlyArray<{ path: string; text: string }>) => Promise<ParsedFile[]>) | undefined {
  const script = workerScript();
  if (!script || jobs < 2) return undefined;
  const minBytes = options.minBytes ?? MIN_PARALLEL_BYTES;
  return async (files) => {
    const bytes = files.reduce((sum, f) => sum + f.text.length, 0);
    const n = bytes < minBytes ? 1 : Math.min(jobs, files.length, Math.max(2, Math.floor(bytes / Math.max(minBytes / 2, 1))));
    options.onThreads?.(n);
    const [own, ...others] = shares(files, n);
    const pending = others.map((share) => parseIn(script, share.map((s) => s.file)));
    const parsed: ParsedFile[] = new Array(files.length);
    for (const { file, at } of own) {
      parsed[at] = parseFile(file.path, file.text);
      parsed[at].release();
    }
    const results = await Promise.all(pending);
    others.forEach((share, k) => share.forEach(({ file, at }, j) => (parsed[at] = hydrateParsed(file.path, file.text, results[k][j]))));
    return parsed;
  };
}

/**
 * The parser for a CLI run: MOPS_JOBS threads when set (1 parses on this thread alone), else every core.
 * MOPS_PARALLEL_MIN_BYTES lowers the size from which threads are used, and MOPS_PARALLEL_REPORT=1 says on
 * stderr how many were (both for tests).
 */
export function parserFor(env: Record<string, string | undefined>, stderr?: { write(text: string): unknown }): ReturnType<typeof parallelParser> {
  const number = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined);
  const jobs = number(env.MOPS_JOBS);
  return parallelParser(jobs !== undefined && jobs > 0 ? jobs : undefined, {
    minBytes: number(env.MOPS_PARALLEL_MIN_BYTES),
    onThreads: env.MOPS_PARALLEL_REPORT === '1' ? (n) => stderr?.write(`mops: parsed on ${n} thread${n === 1 ? '' : 's'}\n`) : undefined,
  });
}
