// What the real-VS-Code runners share (run-code-server.mjs, run-electron.mjs, ui-e2e.mjs): the workspace
// they open, a fresh temporary copy of the reference playbook (../shared/reference-playbook next to the repo,
// or $MOPS_REFERENCE_PLAYBOOK) with the repo's test/integration/workspace/ copied over it when that folder
// exists, plus any extra files a caller adds; and the suite runners' command line.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The repository root (two folders above this file). */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** Where test bundles, screenshots and logs go: $MOPS_TEST_OUT (default out), relative to the repo. */
export const testOut = resolve(repoRoot, process.env.MOPS_TEST_OUT ?? 'out');

/** The playbook copied into every prepared workspace. */
export function referencePlaybook() {
  return resolve(process.env.MOPS_REFERENCE_PLAYBOOK ?? join(repoRoot, '..', 'shared', 'reference-playbook'));
}

/** Adds owner write permission to a folder and everything in it. */
function makeWritable(dir) {
  chmodSync(dir, statSync(dir).mode | 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) makeWritable(path);
    else if (entry.isFile()) chmodSync(path, statSync(path).mode | 0o600);
  }
}

/**
 * Creates the workspace in a new temporary folder.
 * @param {object} [options]
 * @param {string} [options.source] the playbook to copy (default: the reference playbook)
 * @param {string} [options.overlay] copied over the playbook when it exists (default: test/integration/workspace)
 * @param {Record<string, string>} [options.files] extra files, by path relative to the workspace, with their text
 * @returns {{ dir: string, cleanup: () => void }} the folder, and a function that deletes it
 */
export function prepareWorkspace(options = {}) {
  const source = options.source ?? referencePlaybook();
  const overlay = options.overlay ?? join(repoRoot, 'test', 'integration', 'workspace');
  if (!existsSync(source)) {
    throw new Error(`workspace: the reference playbook is missing at ${source} (set MOPS_REFERENCE_PLAYBOOK to its folder)`);
  }
  // A short path: the workspace folder appears in socket and URI paths.
  const dir = mkdtempSync(join(existsSync('/tmp') ? '/tmp' : tmpdir(), 'mops-ws-'));
  try {
    cpSync(source, dir, { recursive: true, filter: (from) => !/[\\/](\.git|node_modules)$/.test(from) });
    makeWritable(dir); // the shared playbook is read-only, and copies keep modes; the tests write to theirs
    if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true, force: true });
    makeWritable(dir);
    for (const [path, text] of Object.entries(options.files ?? {})) {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Reads a suite runner's command line (--web, --tests DIR, --extension DIR, --workspace DIR) and checks the built
 * files, so that mistakes fail before anything starts. Throws an Error with a message for the user.
 * @param {string} script the runner's name, for --help
 * @returns {{ tests: string, extension: string, web: boolean, workspace?: string, timeoutMs: number }}
 */
export function readSuiteOptions(script) {
  const { values } = parseArgs({
    options: { tests: { type: 'string' }, extension: { type: 'string' }, workspace: { type: 'string' }, web: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(`Usage: node scripts/vscode/${script}.mjs [--web] [--tests DIR] [--extension DIR] [--workspace DIR]`);
    process.exit(0);
  }
  const tests = resolve(values.tests ?? join(testOut, 'test', 'integration', values.web ? 'web' : 'suite'));
  const extension = resolve(values.extension ?? repoRoot);
  if (!existsSync(join(tests, 'index.js'))) {
    throw new Error(`no suite at ${join(tests, 'index.js')}: build it with \`node scripts/build.mjs --tests\` (MOPS_TEST_OUT picks the folder)`);
  }
  const manifestFile = join(extension, 'package.json');
  if (!existsSync(manifestFile)) throw new Error(`no extension manifest at ${manifestFile}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.main && !existsSync(join(extension, manifest.main)) && !existsSync(join(extension, `${manifest.main}.js`))) {
    throw new Error(`the extension's main ${manifest.main} is not built: run \`node scripts/build.mjs\``);
  }
  if (values.workspace && !existsSync(values.workspace)) throw new Error(`no workspace folder at ${values.workspace}`);
  const seconds = Number(process.env.MOPS_VSCODE_TIMEOUT ?? 600);
  if (!(seconds > 0)) throw new Error(`MOPS_VSCODE_TIMEOUT must be a number of seconds, not ${process.env.MOPS_VSCODE_TIMEOUT}`);
  return { tests, extension, web: Boolean(values.web), workspace: values.workspace && resolve(values.workspace), timeoutMs: seconds * 1000 };
}

/**
 * The extension as a web-only extension: its own files, linked, under a manifest that says
 * `extensionKind: ["web"]`, so that code-server runs its `browser` bundle in the web-worker extension host
 * (as a browser-only editor would) instead of its Node bundle in the remote host. Only the manifest differs.
 * @param {string} extension the extension folder
 * @returns {{ dir: string, cleanup: () => void }}
 */
export function webOnlyExtension(extension) {
  const dir = mkdtempSync(join(existsSync('/tmp') ? '/tmp' : tmpdir(), 'mops-web-ext-'));
  const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, extensionKind: ['web'] }, null, 2));
  for (const entry of readdirSync(extension)) {
    if (entry !== 'package.json' && entry !== 'node_modules' && !entry.startsWith('.')) symlinkSync(join(extension, entry), join(dir, entry));
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
