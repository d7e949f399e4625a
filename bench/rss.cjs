// Preloaded into a measured process (node --require bench/rss.cjs …): reports its peak memory on exit.
'use strict';
process.on('exit', () => {
  try {
    require('node:fs').writeSync(2, `\nMOPS_BENCH_RSS_KB ${process.resourceUsage().maxRSS}\n`);
  } catch {
    // stderr closed: nothing to report to
  }
});
