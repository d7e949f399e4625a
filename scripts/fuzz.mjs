// The long fuzzing run (`npm run fuzz`): the property tests of test/unit/fuzz with 20 times the runs of
// `npm test`, on a seed it prints first, so that a failure (which also prints its seed and path) can be replayed.
// MOPS_FUZZ_RUNS and MOPS_FUZZ_SEED override the runs and the seed; MOPS_TEST_OUT is where the tests were built.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = process.env.MOPS_FUZZ_RUNS ?? '2000';
const seed = process.env.MOPS_FUZZ_SEED ?? String((Math.random() * 2 ** 31) | 0);
const tests = join(process.env.MOPS_TEST_OUT ?? 'out', 'test', 'unit', 'fuzz', '*.test.js');

console.log(`fuzzing with MOPS_FUZZ_RUNS=${runs} MOPS_FUZZ_SEED=${seed} (set both to replay this run)`);
const started = Date.now();
const mocha = spawnSync(process.execPath, [join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--enable-source-maps', '--timeout', '0', '--reporter', 'spec', tests], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MOPS_FUZZ_RUNS: runs, MOPS_FUZZ_SEED: seed },
});
console.log(`fuzzing ${mocha.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s (MOPS_FUZZ_RUNS=${runs} MOPS_FUZZ_SEED=${seed})`);
process.exit(mocha.status ?? 1);
