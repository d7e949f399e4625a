// With MOPS_BENCH_PROFILE=DIR, the bench probe profiles the extension host's CPU (it runs inside it) and writes
// the profile and the probe's holds of the event loop to DIR, for bench/holds.mjs to say what held it.

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
  stop(holds: readonly Hold[]): Promise<void>;
}

/** The profile clock (V8's, the monotonic clock hrtime reads) in microseconds. */
export const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

export async function startProfile(): Promise<Profiler | undefined> {
  const dir = process.env.MOPS_BENCH_PROFILE;
  if (!dir) return undefined;
  const session = new Session();
  session.connect();
  const post = <R>(method: string, params?: object) =>
    new Promise<R>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as R))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  const marks = [{ phase: 'indexing', startUs: nowUs() }];
  return {
    mark: (phase) => void marks.push({ phase, startUs: nowUs() }),
    async stop(holds) {
      const { profile } = await post<{ profile: unknown }>('Profiler.stop');
      session.disconnect();
      writeFileSync(join(dir, 'extension-host.cpuprofile'), JSON.stringify(profile));
      writeFileSync(join(dir, 'holds.json'), JSON.stringify({ marks: [...marks, { phase: 'end', startUs: nowUs() }], holds }));
    },
  };
}
