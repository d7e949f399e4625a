// Runs the extension-host test suite in a real VS Code, offline: code-server from .tools/ (see
// install-tools.sh) with its workbench in headless Chromium. Used by `npm test` and CI.
//
// Usage: node scripts/vscode/run-code-server.mjs [--web] [--tests DIR] [--extension DIR] [--workspace DIR]
//   --web        run the web extension (the `browser` bundle) in VS Code's web-worker extension host, with
//                the web suite (default tests: ${MOPS_TEST_OUT:-out}/test/integration/web)
//   --tests      folder holding the built suite's index.js (default: ${MOPS_TEST_OUT:-out}/test/integration/suite)
//   --extension  the extension under development (default: the repo root)
//   --workspace  the folder to open, used as is (default: a fresh copy of the reference playbook plus
//                test/integration/workspace/, deleted afterwards)
// Environment: MOPS_VSCODE_TIMEOUT (seconds, default 600), MOPS_VSCODE_VERBOSE=1 (every log line),
// MOPS_TOOLS_DIR (default .tools). Exits with the suite's exit code (1 when the extension host crashed);
// 124 on timeout; 2 on a setup error.
// Writes the workbench's last screenshot to ${MOPS_TEST_OUT:-out}/screenshots/extension-host.png and every
// log line to ${MOPS_TEST_OUT:-out}/logs/extension-host.log.
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { createLogPrinter, openWorkbench, startCodeServer } from './code-server.mjs';
import { isStopping, onCleanup, runCleanups, withTimeout } from './lifecycle.mjs';
import { prepareWorkspace, readSuiteOptions, testOut, webOnlyExtension } from './workspace.mjs';

/** Runs the suite once; resolves with the process exit code. */
async function main() {
  let options;
  try {
    options = readSuiteOptions('run-code-server');
  } catch (error) {
    console.error(`run-code-server: ${error.message}`);
    return 2;
  }
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const printer = createLogPrinter({ logFile: join(testOut, 'logs', 'extension-host.log') });
  onCleanup(() => printer.close());
  let workbench;
  try {
    let folder = options.workspace;
    if (!folder) {
      const workspace = prepareWorkspace();
      onCleanup(workspace.cleanup);
      process.on('exit', workspace.cleanup);
      folder = workspace.dir;
    }
    let extension = options.extension;
    let tests = options.tests;
    if (options.web) {
      const web = webOnlyExtension(options.extension);
      onCleanup(web.cleanup);
      process.on('exit', web.cleanup);
      extension = web.dir;
      // VS Code runs a suite in the extension host of the extension whose folder holds it.
      const inside = relative(options.extension, options.tests);
      if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`--web needs the suite inside the extension folder, not at ${options.tests}`);
      tests = join(web.dir, inside);
    }
    const server = await startCodeServer({ onServerLog: printer.record });
    console.log(`run-code-server: code-server ${server.port} ready in ${server.startupMs} ms; workspace ${folder}`);
    workbench = await openWorkbench(server, {
      folder,
      extensionDevelopmentPath: extension,
      extensionTestsPath: join(tests, 'index.js'),
      extensionDevelopmentKind: options.web ? 'web' : undefined,
      onLog: printer,
    });
    const opened = Date.now();
    const code = await withTimeout(workbench.exited, Math.max(deadline - Date.now(), 1), `the suite did not finish within ${options.timeoutMs / 1000} s (MOPS_VSCODE_TIMEOUT)`);
    console.log(`run-code-server: the extension host exited with ${code} after ${((Date.now() - opened) / 1000).toFixed(1)} s (${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
    return code;
  } catch (error) {
    if (!isStopping()) console.error(`run-code-server: ${error.message}`);
    return error.exitCode ?? (error.timeout ? 124 : 2);
  } finally {
    if (workbench && !isStopping()) await screenshot(workbench.page);
    await runCleanups();
  }
}

/** Saves the workbench as it is now; a failure to do so is reported, never fatal. */
async function screenshot(page) {
  const file = join(testOut, 'screenshots', 'extension-host.png');
  try {
    mkdirSync(join(testOut, 'screenshots'), { recursive: true });
    await withTimeout(page.screenshot({ path: file }), 15_000, 'timed out');
    console.log(`run-code-server: screenshot ${file}`);
  } catch (error) {
    console.error(`run-code-server: no screenshot (${error.message})`);
  }
}

process.exitCode = await main();
