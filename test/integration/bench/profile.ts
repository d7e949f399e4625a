// With MOPS_BENCH_PROFILE=DIR, the bench probe profiles the extension host's CPU (it runs inside it), says how
// long mops's own code held the event loop at most in each phase, and writes the profile and the probe's holds of
// the event loop to DIR, for bench/holds.mjs to say what held it.

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

/** A hold of the event loop the probe's timer saw: when it ended (profile clock, µs) and how long it was. */
export interface Hold {
  phase: string;
  endUs: number;
  ms: number;
  /** The process's CPU time meanwhile (every thread's): far less than `ms` when it was not scheduled. */
  cpuMs: number;
}

export interface Profiler {
  /** Marks the start of a phase of the probe (profile clock). */
  mark(phase: string): void;
  /** Stops, writes the files, and answers the longest holds by mops's code in each phase (ms). */
  stop(holds: readonly Hold[]): Promise<MopsHolds>;
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string }; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Mark {
  phase: string;
  startUs: number;
}

/**
 * What VS Code and Node do on the extension host for mops's views and messages, counted as mops's: the tree views'
 * nodes (the extension host's TreeView code), the replies it serialises for the window (any extension's: on the
 * safe side), and Node's parsing of the IPC messages from the language server. bench/holds.mjs counts the same.
 */
export const MOPS_WORK = /^(_fetchChildrenNodes|_createAndRegisterTreeNode|_createTreeNode|_getTooltip|_resolveTreeNode|serializeReplyOK|parseChannelMessages)$/;

/** A delta between two samples longer than this means the thread did not run meanwhile (a busy machine). */
const RUNNING_GAP_US = 1000;

/** The longest holds by mops in each phase: as the clock on the wall saw them, and counting only the time it ran. */
export interface MopsHolds {
  wall: Record<string, number>;
  running: Record<string, number>;
}

/**
 * The longest stretch of consecutive samples with a frame of `bundle` (mops's code: its own and the packages
 * bundled with it) or of MOPS_WORK on the stack, per phase, from its first sample to the next that is not: how long
 * mops held the event loop at most. Another extension's work, VS Code's own or a collection is not counted unless
 * it happens inside such a stretch. `running` leaves out the gaps between samples longer than 1 ms (the sampling is
 * every 0.25 ms): the process was waiting for a core then, which says how busy the machine was, not what mops did.
 */
function mopsHolds(profile: Profile, bundle: string, marks: readonly Mark[]): MopsHolds {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const frame = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      const f = frame.get(id);
      known = f?.url === bundle || MOPS_WORK.test(f?.functionName ?? '') || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  const holds: MopsHolds = { wall: {}, running: {} };
  const longest = (record: Record<string, number>, phase: string, us: number) => (record[phase] = Math.max(record[phase] ?? 0, us / 1000));
  const phaseAt = (us: number) => [...marks].reverse().find((m) => m.startUs <= us)?.phase ?? marks[0].phase;
  let time = profile.startTime;
  let from: number | undefined;
  let running = 0;
  profile.samples.forEach((id, i) => {
    const previous = time;
    time += profile.timeDeltas[i];
    if (from !== undefined) running += Math.min(time - previous, RUNNING_GAP_US);
    if (isOurs(id)) {
      from ??= time;
      return;
    }
    if (from === undefined) return;
    const phase = phaseAt(from);
    longest(holds.wall, phase, time - from);
    longest(holds.running, phase, running);
    from = undefined;
    running = 0;
  });
  return holds;
}

/** The profile clock (V8's, the monotonic clock hrtime reads) in microseconds. */
export const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** Starts profiling when MOPS_BENCH_PROFILE is set; `bundle` is the file URL of mops's extension bundle. */
export async function startProfile(bundle: string): Promise<Profiler | undefined> {
  const dir = process.env.MOPS_BENCH_PROFILE;
  if (!dir) return undefined;
  const session = new Session();
  session.connect();
  const post = <R>(method: string, params?: object) =>
    new Promise<R>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as R))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  const marks: Mark[] = [{ phase: 'indexing', startUs: nowUs() }];
  return {
    mark: (phase) => void marks.push({ phase, startUs: nowUs() }),
    async stop(holds) {
      const { profile } = await post<{ profile: Profile }>('Profiler.stop');
      session.disconnect();
      writeFileSync(join(dir, 'extension-host.cpuprofile'), JSON.stringify(profile));
      writeFileSync(join(dir, 'holds.json'), JSON.stringify({ marks: [...marks, { phase: 'end', startUs: nowUs() }], holds }));
      return mopsHolds(profile, bundle, marks);
    },
  };
}
