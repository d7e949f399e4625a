// MOPS_TIMING=1: how long each phase of a run took, on stderr, for profiling (the figures `npm run bench`
// does not break down). Free when unset.

export interface Timing {
  /** Ends the phase running since the last lap (or the start) and names it. */
  lap(phase: string): void;
  /** Writes the phases and the total. */
  report(): void;
}

const NONE: Timing = { lap: () => undefined, report: () => undefined };

export function timing(env: Record<string, string | undefined>, stderr: { write(text: string): unknown }): Timing {
  if (env.MOPS_TIMING !== '1') return NONE;
  const start = performance.now();
  let last = start;
  const phases: string[] = [];
  return {
    lap(phase) {
      const now = performance.now();
      phases.push(`${phase} ${Math.round(now - last)} ms`);
      last = now;
    },
    report() {
      stderr.write(`mops: timing: ${phases.join(', ')}; total ${Math.round(performance.now() - start)} ms (heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB)\n`);
    },
  };
}
