// Parses a playbook's files on every core while they are still being read. Files join a queue as the
// loader reads them; once there is enough YAML to be worth it, worker threads start and take chunks from
// the queue (two chunks in flight each, so none waits for the next), and when the reading is done this
// thread takes chunks too. Both ends finish within a chunk of each other, whatever the machine's load.
// Once every file is read, the files of the rarest kinds go to the front of the queue: the shared files a
// check waits for are parsed next, wherever the folder layout put them (see core/engine/early-checks.ts).
// A worker's summaries become parsed files whose ASTs are rebuilt from the text only where a finding
// needs a position. A worker that dies leaves its chunks to the others.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { hydrateParsed, KindCounts, parseFile, type ParsedFile, type ParseSession } from '../core';

/** Below this much YAML, starting a worker costs more than it saves. */
const MIN_PARALLEL_BYTES = 2_000_000;

/** About this much YAML goes to a thread at a time: small enough to balance, large enough to amortise a message. */
const CHUNK_BYTES = 128 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The worker's bundle, next to the CLI's (dist/parse-worker.js); absent when the CLI runs unbundled. */
function workerScript(): string | undefined {
  const script = join(__dirname, 'parse-worker.js');
  return existsSync(script) ? script : undefined;
}

interface Item {
  index: number;
  path: string;
  text: string;
  kinds?: readonly string[];
}

interface Thread {
  worker: Worker;
  /** Chunks sent and not answered, by id. */
  pending: Map<number, Item[]>;
  dead: boolean;
}

class ParallelSession implements ParseSession {
  private queue: Item[] = [];
  private head = 0;
  private readonly counts = new KindCounts();
  private bytes = 0;
  private readonly threads: Thread[] = [];
  /** Where parsed files go once `done` is called; until then they wait in `early`. */
  private sink: ((index: number, file: ParsedFile) => void) | undefined;
  private readonly early: Array<[number, ParsedFile]> = [];
  private nextChunk = 0;
  /** Wakes `done` when a worker answers or dies. */
  private wake: (() => void) | undefined;

  constructor(
    private readonly script: string,
    private readonly workers: number,
    private readonly minBytes: number,
    private readonly onThreads?: (threads: number) => void,
  ) {}

  add(index: number, path: string, text: string, kinds?: readonly string[]): void {
    this.queue.push({ index, path, text, kinds });
    if (kinds) this.counts.add(kinds);
    this.bytes += text.length;
    // Half the threshold read: the rest is on its way, and the worker's start-up overlaps the reading.
    if (this.threads.length === 0 && this.bytes >= this.minBytes / 2) this.start();
    for (const thread of this.threads) this.feed(thread);
  }

  async done(parsed: (index: number, file: ParsedFile) => void, idle?: () => boolean): Promise<void> {
    this.sink = parsed;
    if (!this.counts.empty) this.rarestFirst();
    for (const [index, file] of this.early.splice(0)) parsed(index, file);
    this.onThreads?.(1 + this.threads.filter((t) => !t.dead).length);
    for (;;) {
      // This thread's other work (checking the files parsed so far) comes first: the workers parse meanwhile.
      if (idle?.()) {
        await nextTurn();
        continue;
      }
      const chunk = this.take();
      if (chunk) {
        for (const { index, path, text } of chunk) {
          const file = parseFile(path, text);
          // Its trees go now, not at the collector's leisure: a CLI check places only its findings, and
          // trees kept weakly until the next turn are copied by every collection meanwhile (about 8 % of a
          // cold check's time on 10,000 briefs).
          file.release(true);
          parsed(index, file);
        }
        // Let the workers' answers in, so they are fed again before this thread takes another chunk.
        await nextTurn();
        continue;
      }
      if (this.threads.every((t) => t.dead || t.pending.size === 0)) break;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    for (const thread of this.threads) if (!thread.dead) void thread.worker.terminate();
  }

  /**
   * The rest of the queue, the files of the rarest kinds first; within a rank, the largest first, so that the
   * last chunks are small ones and the threads finish together (a 2,000-line brief is a chunk of its own).
   */
  private rarestFirst(): void {
    const ranked = this.queue.slice(this.head).map((item) => ({ item, rank: this.counts.rank(item.kinds ?? []) }));
    this.queue = ranked.sort((a, b) => a.rank - b.rank || b.item.text.length - a.item.text.length).map(({ item }) => item);
    this.head = 0;
  }

  private deliver(index: number, file: ParsedFile): void {
    if (this.sink) this.sink(index, file);
    else this.early.push([index, file]);
  }

  private start(): void {
    for (let k = 0; k < this.workers; k++) {
      // A larger young generation: parsing allocates many short-lived objects.
      const thread: Thread = { worker: new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } }), pending: new Map(), dead: false };
      thread.worker.on('message', ({ id, summaries }: { id: number; summaries: Parameters<typeof hydrateParsed>[2][] }) => {
        const items = thread.pending.get(id) ?? [];
        thread.pending.delete(id);
        items.forEach(({ index, path, text }, j) => this.deliver(index, hydrateParsed(path, text, summaries[j])));
        this.feed(thread);
        this.wake?.();
      });
      const die = () => {
        if (thread.dead) return;
        thread.dead = true;
        // Its unanswered chunks go back in the queue, for the other threads.
        for (const items of thread.pending.values()) this.queue.push(...items);
        thread.pending.clear();
        this.wake?.();
      };
      thread.worker.on('error', die);
      thread.worker.on('exit', die);
      this.threads.push(thread);
    }
  }

  private feed(thread: Thread): void {
    while (!thread.dead && thread.pending.size < 2) {
      const chunk = this.take();
      if (!chunk) return;
      const id = this.nextChunk++;
      thread.pending.set(id, chunk);
      thread.worker.postMessage({ id, files: chunk.map(({ path, text }) => ({ path, text })) });
    }
  }

  /** The next chunk of the queue, or undefined when it is empty. */
  private take(): Item[] | undefined {
    if (this.head >= this.queue.length) return undefined;
    const chunk: Item[] = [];
    let size = 0;
    while (this.head < this.queue.length && size < CHUNK_BYTES) {
      const item = this.queue[this.head++];
      chunk.push(item);
      size += item.text.length;
    }
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    }
    return chunk;
  }
}

/**
 * A parser for `loadPlaybook`'s `parser` that uses `jobs` threads (default: every core), or undefined
 * when one thread is all there is to use. Small playbooks are parsed on this thread alone.
 */
export function parallelParser(
  jobs = availableParallelism(),
  options: { minBytes?: number; onThreads?: (threads: number) => void; script?: string } = {},
): (() => ParseSession) | undefined {
  const script = options.script ?? workerScript();
  if (!script || jobs < 2) return undefined;
  return () => new ParallelSession(script, jobs - 1, options.minBytes ?? MIN_PARALLEL_BYTES, options.onThreads);
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
