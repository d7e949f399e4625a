// Runs the extension-host test suite in desktop VS Code (Electron) through @vscode/test-electron, for
// machines with internet access: the first run downloads VS Code into .tools/vscode-test. Offline, use
// run-code-server.mjs, which runs the same suite in code-server. Same command line and workspace:
//
// Usage: node scripts/vscode/run-electron.mjs [--tests DIR] [--extension DIR] [--workspace DIR]
// Environment: MOPS_VSCODE_VERSION (default stable), MOPS_VSCODE_TIMEOUT (seconds, default 600).
// On Linux without a display, run it under `xvfb-run -a`. Exits with VS Code's exit code; 124 on timeout;
// 2 when VS Code cannot be downloaded or started.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { prepareWorkspace, readSuiteOptions, repoRoot } from './workspace.mjs';

const { runTests, TestRunFailedError } = createRequire(join(repoRoot, 'package.json'))('@vscode/test-electron');
const cachePath = join(repoRoot, '.tools', 'vscode-test');

/** Stops the VS Code processes this script started (runTests keeps no handle we could use). */
function killChildren() {
  try {
    const pids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split(/\s+/).filter(Boolean);
    for (const pid of pids.map(Number).filter((pid) => pid !== process.pid)) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // gone already
      }
    }
  } catch {
    // no ps, or no children
  }
}

/** Runs the suite once; resolves with the process exit code. */
async function main() {
  let options;
  try {
    options = readSuiteOptions('run-electron');
  } catch (error) {
    console.error(`run-electron: ${error.message}`);
    return 2;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('run-electron: no DISPLAY; VS Code needs one on Linux (run this under `xvfb-run -a`)');
  }
  const workspace = options.workspace ? undefined : prepareWorkspace();
  // A short profile folder: VS Code puts its IPC socket there, and socket paths are limited to 107 bytes.
  const profile = mkdtempSync('/tmp/mops-vse-');
  const cleanup = () => {
    workspace?.cleanup();
    rmSync(profile, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  const version = process.env.MOPS_VSCODE_VERSION ?? 'stable';
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      console.error(`run-electron: the suite did not finish within ${options.timeoutMs / 1000} s (MOPS_VSCODE_TIMEOUT)`);
      killChildren();
      resolve(124);
    }, options.timeoutMs);
  });
  const run = runTests({
    version,
    cachePath,
    timeout: 30_000, // idle time allowed while downloading
    extensionDevelopmentPath: options.extension,
    extensionTestsPath: join(options.tests, 'index.js'),
    launchArgs: [
      options.workspace ?? workspace.dir,
      '--disable-extensions',
      '--disable-telemetry',
      '--disable-gpu',
      `--user-data-dir=${join(profile, 'data')}`,
      `--extensions-dir=${join(profile, 'ext')}`,
    ],
    // A VS Code terminal sets this for its own Electron; it would make ours start as plain Node.
    extensionTestsEnv: { ELECTRON_RUN_AS_NODE: undefined },
  }).then(
    (code) => code,
    (error) => {
      if (error instanceof TestRunFailedError) return error.code ?? 1;
      console.error(`run-electron: could not download or start VS Code ${version}: ${error?.message ?? error}`);
      console.error('run-electron: this runner needs internet access (or a copy in .tools/vscode-test); offline, use node scripts/vscode/run-code-server.mjs');
      return 2;
    },
  );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
    cleanup();
  }
}

process.exitCode = await main();
if (process.exitCode === 124) process.exit(124);
