// Runs a real VS Code offline: code-server (VS Code's server and browser workbench, from .tools/, see
// install-tools.sh) under Node 24, with the workbench opened in Debian's Chromium through playwright-core.
// Used by run-code-server.mjs (the extension-host test suite) and ui-e2e.mjs (UI checks).
//
// Every run gets its own sandbox under /tmp (HOME, TMPDIR, XDG folders, user data, extensions, browser
// profile; short, because VS Code puts Unix sockets there) that is deleted with the server. code-server runs
// in its own process group and is killed as a group; cleanup also runs on SIGINT, SIGTERM and SIGHUP.
// MOPS_VSCODE_VERBOSE=1 shows every workbench and server log line instead of the filtered output.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL, URLSearchParams } from 'node:url';
import { format } from 'node:util';
import { onCleanup, withTimeout } from './lifecycle.mjs';
import { repoRoot } from './workspace.mjs';

export const verbose = process.env.MOPS_VSCODE_VERBOSE === '1';

/** Settings that keep the workbench quiet and offline: no welcome page, tips, AI features or update checks. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.autofetch': false,
  'git.openRepositoryInParentFolders': 'never',
  'remote.autoForwardPorts': false,
  // The browser workbench saves after a second by default: a test's unsaved edit would reach the disk and
  // every later test would start from it (tests that keep edits unsaved would test nothing).
  'files.autoSave': 'off',
};

/** Workbench log lines that say nothing about the extension under test (matched on the whole entry). */
const noise = [
  /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\b/,
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(/,
  /^Updating additional builtin extensions cache/,
  /authentication provider '(github|microsoft)'/,
  /open-vsx\.org|marketplace\.visualstudio\.com|ENOTFOUND|EAI_AGAIN/,
];

/**
 * The tools a run needs, or an error that says how to install them.
 * @param {string} [toolsDir] default: $MOPS_TOOLS_DIR, else <repo>/.tools
 * @returns {{ node: string, entry: string, chromium: string }}
 */
export function findTools(toolsDir = process.env.MOPS_TOOLS_DIR ?? join(repoRoot, '.tools')) {
  const dir = resolve(toolsDir);
  const node = join(dir, 'node24', 'node_modules', `node-linux-${process.arch}`, 'bin', 'node');
  const entry = join(dir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const chromium = process.env.MOPS_CHROMIUM ?? '/usr/bin/chromium';
  const missing = [];
  if (!existsSync(node)) missing.push(`Node 24 (${node})`);
  if (!existsSync(entry)) missing.push(`code-server (${entry})`);
  if (missing.length > 0) throw new Error(`missing ${missing.join(' and ')}: run scripts/vscode/install-tools.sh${toolsDir === dir ? '' : ` ${dir}`}`);
  if (!existsSync(chromium)) throw new Error(`missing Chromium at ${chromium}: run sudo scripts/vscode/install-system.sh (or set MOPS_CHROMIUM)`);
  return { node, entry, chromium };
}

/**
 * A log printer for codeAutomationLog entries: drops known workbench noise (unless MOPS_VSCODE_VERBOSE=1),
 * prints the rest (the suite's mocha output, the extension's console, real errors) and copies every entry to
 * `logFile` when given.
 * @param {{ logFile?: string, write?: (line: string) => void }} [options]
 * @returns {((type: string, args: unknown) => void) & { record: (line: string) => void, close: () => Promise<void> }}
 */
export function createLogPrinter(options = {}) {
  const write = options.write ?? ((line) => process.stdout.write(`${line}\n`));
  let file;
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    file = createWriteStream(options.logFile);
  }
  const print = (type, args) => {
    const list = Array.isArray(args) ? args : [args];
    const text = typeof list[0] === 'string' ? format(...list) : list.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    file?.write(`[${type}] ${text}\n`);
    if (!verbose && noise.some((pattern) => pattern.test(text))) return;
    write(verbose || type === 'warn' || type === 'error' ? `[${type}] ${text}` : text);
  };
  /** Server output: kept in the log file, printed only when verbose. */
  print.record = (line) => {
    file?.write(`[code-server] ${line}\n`);
    if (verbose) write(`[code-server] ${line}`);
  };
  print.close = () => new Promise((done) => (file ? file.end(done) : done()));
  return print;
}

/**
 * Starts code-server on a free port of 127.0.0.1, without authentication, in a fresh sandbox.
 * @param {{ toolsDir?: string, env?: Record<string, string>, settings?: object, onServerLog?: (line: string) => void, startTimeoutMs?: number }} [options]
 */
export async function startCodeServer(options = {}) {
  const tools = findTools(options.toolsDir);
  const base = mkdtempSync('/tmp/mops-vsc-');
  const dir = Object.fromEntries(['home', 'tmp', 'data', 'ext', 'config', 'cache', 'share', 'runtime', 'chrome'].map((d) => [d, join(base, d)]));
  for (const d of Object.values(dir)) mkdirSync(d, { recursive: true, mode: 0o700 });
  mkdirSync(join(dir.data, 'User'));
  writeFileSync(join(dir.data, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...options.settings }, null, 2));
  const passed = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(MOPS_|LANG$|LC_ALL$|TZ$)/.test(k)));
  const env = {
    ...passed,
    PATH: `${dirname(tools.node)}:/usr/local/bin:/usr/bin:/bin`,
    HOME: dir.home,
    TMPDIR: dir.tmp,
    XDG_CONFIG_HOME: dir.config,
    XDG_CACHE_HOME: dir.cache,
    XDG_DATA_HOME: dir.share,
    XDG_RUNTIME_DIR: dir.runtime,
    ...options.env,
  };
  const args = [tools.entry, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--user-data-dir', dir.data, '--extensions-dir', dir.ext,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened', '--vscode-option', 'enable-smoke-test-driver'];
  const child = spawn(tools.node, args, { env, cwd: dir.home, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  // A last resort when the process exits without cleaning up (process.exit, an uncaught error).
  const onExit = () => {
    killGroup('SIGKILL');
    rmSync(base, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      killGroup('SIGTERM');
      if (child.exitCode === null && child.signalCode === null) {
        await withTimeout(new Promise((done) => child.once('exit', done)), 5_000, 'code-server did not stop').catch(() => {});
      }
      killGroup('SIGKILL'); // the extension host and other children that outlived the server
      process.off('exit', onExit);
      rmSync(base, { recursive: true, force: true });
    })());
  const unregister = onCleanup(stop);

  const started = Date.now();
  const onServerLog = options.onServerLog ?? (verbose ? (line) => console.log(`[code-server] ${line}`) : () => {});
  const early = []; // the output before "listening", for the error message when the server does not start
  /** @type {(exit: { code: number | null, signal: string | null }) => void} */
  let hostEnded = () => {};
  const hostExit = new Promise((done) => (hostEnded = done));
  const port = await withTimeout(
    new Promise((done, fail) => {
      const onLine = (line) => {
        onServerLog(line);
        if (early.length < 200) early.push(line);
        const ended = /Extension Host Process exited with code: (\w+), signal: (\w+)/.exec(line);
        if (ended) hostEnded({ code: ended[1] === 'null' ? null : Number(ended[1]), signal: ended[2] === 'null' ? null : ended[2] });
        const match = /HTTP server listening on https?:\/\/[^\s:]+:(\d+)/.exec(line);
        if (match) done(Number(match[1]));
      };
      createInterface({ input: child.stdout }).on('line', onLine);
      createInterface({ input: child.stderr }).on('line', onLine);
      child.once('error', fail);
      child.once('exit', (code, signal) => fail(new Error(`code-server exited (${signal ?? code}) before listening:\n${early.join('\n')}`)));
    }),
    options.startTimeoutMs ?? 60_000,
    'code-server did not start listening within the time limit',
  ).catch(async (error) => {
    await stop();
    unregister();
    throw error;
  });
  const authority = `127.0.0.1:${port}`;
  return {
    port,
    base,
    process: child,
    chromium: tools.chromium,
    /** How the (first) extension host process ended, as the server logs it. */
    hostExit,
    /** Milliseconds from spawn to "HTTP server listening". */
    startupMs: Date.now() - started,
    /** @param {string} path an absolute path on this machine @returns {string} its vscode-remote URI */
    remoteUri: (path) => `vscode-remote://${authority}${pathToFileURL(resolve(path)).pathname}`,
    /** @param {string} folder @param {[string, string][]} [payload] @returns {string} the workbench URL */
    url: (folder, payload) => {
      const query = new URLSearchParams({ folder: resolve(folder) });
      if (payload) query.set('payload', JSON.stringify(payload));
      return `http://${authority}/?${query}`;
    },
    stop: async () => {
      await stop();
      unregister();
    },
  };
}

/**
 * The suite's exit code as the workbench reports it, checked against how the extension host process ended:
 * when that process crashes, the workbench reports 0 (for the lost connection), so a signal or a nonzero exit
 * of the process turns a reported 0 into a failure (an Error with `exitCode: 1`).
 * @param {Promise<number>} reported
 * @param {Promise<{ code: number | null, signal: string | null }>} hostExit
 */
async function suiteExit(reported, hostExit) {
  const text = (host) => (host.signal ? `signal ${host.signal}` : `code ${host.code}`);
  const unreported = hostExit.then(async (host) => {
    await delay(15_000, undefined, { ref: false });
    throw Object.assign(new Error(`the extension host process ended (${text(host)}) and the workbench never reported the end of the suite`), { exitCode: 1 });
  });
  const code = await Promise.race([reported, unreported]);
  const host = await Promise.race([hostExit, delay(10_000, undefined, { ref: false })]);
  if (code === 0 && host && (host.signal || host.code !== 0)) {
    throw Object.assign(new Error(`the extension host process ended (${text(host)}) before the suite finished`), { exitCode: 1 });
  }
  return code;
}

/**
 * Opens the workbench on `folder` in headless Chromium (MOPS_VSCODE_HEADED=1 shows it), with the extension
 * under development loaded and, when `extensionTestsPath` is given, its test suite run in the extension host.
 * @param {Awaited<ReturnType<typeof startCodeServer>>} server
 * @param {{ folder: string, extensionDevelopmentPath: string, extensionTestsPath?: string, extensionDevelopmentKind?: 'web' | 'workspace', onLog?: (type: string, args: unknown) => void, viewport?: { width: number, height: number } }} options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, exited: Promise<number>, close: () => Promise<void> }>}
 *   `exited` settles with the suite's exit code, or rejects when the extension host, the page or the server dies.
 */
export async function openWorkbench(server, options) {
  const { chromium } = createRequire(join(repoRoot, 'package.json'))('playwright-core');
  const context = await chromium.launchPersistentContext(join(server.base, 'chrome'), {
    executablePath: server.chromium,
    headless: process.env.MOPS_VSCODE_HEADED !== '1',
    // Our own signal handlers close the browser after the server; Playwright's would exit the process first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  let closing;
  const close = () => (closing ??= context.close().catch(() => {}));
  const unregister = onCleanup(close);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    /** @type {(code: number) => void} */ let finish = () => {};
    /** @type {(error: Error) => void} */ let fail = () => {};
    const reported = new Promise((done, reject) => {
      finish = done;
      fail = reject;
    });
    // In the web-worker host, the Node extension host process is not the one that runs the suite.
    const exited = options.extensionDevelopmentKind === 'web' ? reported : suiteExit(reported, server.hostExit);
    exited.catch(() => {}); // callers that never await it must not see an unhandled rejection
    const onLog = options.onLog ?? createLogPrinter();
    await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    page.on('crash', () => fail(new Error('the workbench page crashed')));
    page.on('close', () => fail(new Error('the workbench page closed before the extension host exited')));
    server.process.once('exit', (code, signal) => fail(new Error(`code-server exited (${signal ?? code}) while the workbench was open`)));
    /** @type {[string, string][]} */
    const payload = [['extensionDevelopmentPath', server.remoteUri(options.extensionDevelopmentPath)]];
    if (options.extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(options.extensionTestsPath)]);
    // 'web' runs the extension's `browser` bundle in the web-worker extension host, as in a browser-only editor.
    if (options.extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', options.extensionDevelopmentKind]);
    await page.goto(server.url(options.folder, payload), { waitUntil: 'domcontentloaded' });
    return {
      context,
      page,
      exited,
      close: async () => {
        await close();
        unregister();
      },
    };
  } catch (error) {
    await close();
    unregister();
    throw error;
  }
}
