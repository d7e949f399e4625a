// Preloaded into a measured process (node --require bench/cpu.cjs …): reports its CPU time on exit, every
// thread's, user and system (a worker's too, once it has ended).
'use strict';
process.on('exit', () => {
  try {
    const { userCPUTime, systemCPUTime } = process.resourceUsage();
    require('node:fs').writeSync(2, `\nMOPS_BENCH_CPU_MS ${Math.round((userCPUTime + systemCPUTime) / 1000)}\n`);
  } catch {
    // stderr closed: nothing to report to
  }
});
