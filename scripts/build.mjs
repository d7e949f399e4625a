// Builds the bundles with esbuild: the CLI (and, with --tests, every unit test as its own bundle).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const withTests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Every `*.test.ts` under a folder, as paths relative to the project root. */
function testFiles(dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .filter((f) => String(f).endsWith('.test.ts'))
    .map((f) => join(dir, String(f)));
}

const started = Date.now();
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist' });

// MOPS_TEST_OUT lets parallel builds (one per worktree or helper) write test bundles to their own folder.
const testOut = process.env.MOPS_TEST_OUT ?? 'out';

if (withTests) {
  rmSync(join(root, testOut), { recursive: true, force: true });
  const entries = testFiles('test/unit');
  await build({
    ...common,
    entryPoints: entries,
    outbase: '.',
    outdir: testOut,
    packages: 'external',
    sourcemap: 'inline',
  });
  console.log(`built the CLI and ${entries.length} test bundles in ${Date.now() - started} ms (${relative(process.cwd(), join(root, testOut)) || testOut})`);
}
