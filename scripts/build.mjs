// Builds the bundles with esbuild: the CLI, the extension for desktop (Node) and web (browser worker), and,
// with --tests, every unit test and the extension-host integration suite, each as its own bundle.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const withTests = process.argv.includes('--tests');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * What identifies this build's behaviour: a hash of the sources and schemas. The check cache is keyed by it, so
 * that a build with other rules (the same package version, built from another commit) never reuses findings.
 */
function buildId() {
  const hash = createHash('sha256');
  for (const dir of ['src', 'schemas']) {
    const files = readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The extension starts its language server in a process of its own on the desktop and in a worker on the web:
 * the web bundle takes `server-browser.ts` wherever the code imports `./server-node`.
 */
const browserTransport = {
  name: 'mops-browser-transport',
  setup(b) {
    b.onResolve({ filter: /\/server-node$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/server-node$/, 'server-browser.ts')) }));
  },
};

const common = {
  bundle: true,
  define: { __MOPS_BUILD__: JSON.stringify(buildId()) },
  // yaml's browser build is the same library without its per-token `process.env.LOG_TOKENS` read, which
  // costs a native call per lexeme on Node (about a tenth of parse time); it also runs in the web extension.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // The extension's commands read the snippets file as data.
  loader: { '.code-snippets': 'json' },
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
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', server: 'src/cli/server.ts', 'parse-worker': 'src/cli/parse-worker.ts', 'stat-worker': 'src/cli/stat-worker.ts' }, outdir: 'dist' });
await build({ ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist', external: ['vscode'] });
// The web build: browser workers, where no Node API exists (the build fails if one is imported).
const web = { ...common, outdir: 'dist/web', platform: 'browser', target: 'es2022', define: { ...common.define, 'process.env.NODE_ENV': '"production"' } };
// The web extension: the same code as the desktop's, its server started in a worker.
await build({ ...web, entryPoints: { extension: 'src/extension/extension.ts' }, format: 'cjs', external: ['vscode'], plugins: [browserTransport] });
// The web extension's language server, in a browser worker of its own.
await build({ ...web, entryPoints: { server: 'src/worker/server.ts' }, format: 'iife' });

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
    // Tests load packages from node_modules, except yaml: they run the same yaml build as the bundles.
    external: [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies), 'vscode'].filter((p) => p !== 'yaml'),
    sourcemap: 'inline',
    // bench/generate.mjs, which tests import, finds its own folder only when run as a script.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  const integration = testFiles('test/integration/suite');
  await build({
    ...common,
    entryPoints: [...integration, 'test/integration/suite/index.ts', 'test/integration/bench/index.ts'],
    outbase: '.',
    outdir: testOut,
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
  });
  // The web extension host's suite: a browser worker bundle, like the web extension itself.
  await build({
    ...common,
    entryPoints: ['test/integration/web/index.ts'],
    outbase: '.',
    outdir: testOut,
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode'],
  });
  console.log(`built the CLI, the extension and ${entries.length + integration.length} test bundles in ${Date.now() - started} ms (${relative(process.cwd(), join(root, testOut)) || testOut})`);
}
