// Measures `mops import briefs` on a campaign tracker of 10,000 rows (the fixture generator's, in Excel's
// CSV UTF-8) into a fresh `mops init` playbook that has the roster imported, and prints the median wall
// time against the target of issue 15: 10,000 rows in at most 10 s. Also how long a second run takes, when
// every row is already there. Figures only: nothing here fails the run.
//
// Usage: node bench/import.mjs [--rows 10000] [--runs 3] [--json FILE]   (after node scripts/build.mjs)
// `npm run bench` runs it as its import part (bench/run.mjs --only import) and keeps its figures under "import".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rosterCsv, trackerCsv } from '../scripts/spreadsheet-fixtures.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' }, json: { type: 'string' } } });
const rows = Number(values.rows ?? 10000);
const runs = Number(values.runs ?? 3);
const TARGET_MS = 10_000;
const mops = join(repo, 'bin', 'mops.js');
const log = (line) => process.stderr.write(`bench import: ${line}\n`);

/** Wall time, and the CPU time of the process and its threads (from /usr/bin/time when it is there). */
function run(args, cwd) {
  const started = process.hrtime.bigint();
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : process.execPath;
  const argv = timed ? ['-f', 'cpu %U %S', process.execPath, mops, ...args] : [mops, ...args];
  const result = spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status === 2) throw new Error(`mops ${args.join(' ')} failed: ${result.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, stdout: result.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const work = mkdtempSync(join(tmpdir(), 'mops-bench-import-'));
const tracker = join(work, 'tracker.csv');
const roster = join(work, 'roster.csv');
writeFileSync(tracker, trackerCsv(rows));
writeFileSync(roster, rosterCsv());
log(`${rows} rows, ${runs} runs`);

const first = [];
const cpu = [];
const second = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  const dir = join(work, `playbook-${i}`);
  mkdirSync(dir);
  run(['init', '.'], dir);
  run(['import', 'people', roster], dir);
  const cold = run(['import', 'briefs', tracker], dir);
  first.push(cold.ms);
  if (cold.cpuMs !== undefined) cpu.push(cold.cpuMs);
  summary = cold.stdout.trim().split('\n').pop() ?? '';
  second.push(run(['import', 'briefs', tracker], dir).ms);
  log(`run ${i + 1}: ${(cold.ms / 1000).toFixed(2)} s, again ${(second.at(-1) / 1000).toFixed(2)} s`);
}
rmSync(work, { recursive: true, force: true });

const load = existsSync('/proc/loadavg') ? Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]) : undefined;
const result = { rows, runs, importMs: median(first), cpuMs: cpu.length ? median(cpu) : undefined, againMs: median(second), loadAverage: load, targetMs: TARGET_MS, pass: median(first) <= TARGET_MS, summary };
console.log(`mops import briefs, ${rows} rows: ${(result.importMs / 1000).toFixed(2)} s (median of ${runs}; target ≤ ${TARGET_MS / 1000} s) ${result.pass ? 'PASS' : 'FAIL'}`);
if (result.cpuMs !== undefined) console.log(`  CPU time (all threads): ${(result.cpuMs / 1000).toFixed(2)} s; load average at the end ${load ?? '?'} on ${availableParallelism()} cores`);
console.log(`  the same import again (every row already there): ${(result.againMs / 1000).toFixed(2)} s`);
console.log(`  ${summary}`);
if (values.json) {
  mkdirSync(dirname(resolve(values.json)), { recursive: true });
  writeFileSync(resolve(values.json), `${JSON.stringify(result, null, 2)}\n`);
}
