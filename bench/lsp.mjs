// The language server's probe of `npm run bench` (issue 17), run as a real client would: starts the extension's
// own server bundle (dist/server.js) over stdio, opens a generated playbook's folder, waits until the server is
// idle (`mops/idle`), then types in one brief and times each keystroke to the diagnostics the server publishes
// for it. Also the server's memory once the playbook is loaded and after typing (its peak RSS, read from /proc).
// The debounce is set to 0: the figure is the server's work, not the quiet time a user setting adds.
//
// Usage: node bench/lsp.mjs DIR [KEYSTROKES]; prints `MOPS_BENCH {…}`.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dirArg, countArg] = process.argv.slice(2);
const dir = resolve(dirArg);
const keystrokes = Math.max(10, Number(countArg ?? 60));
const repo = resolve(import.meta.dirname, '..');

// --expose-gc: `mops/status` reports the heap after a full collection (what the index holds, not garbage).
const server = spawn(process.execPath, ['--expose-gc', join(repo, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let nextId = 0;
const waiting = new Map();
const listeners = new Set();
let buffer = Buffer.alloc(0);

server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    if (message.id !== undefined && message.method === undefined) {
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
    } else if (message.id !== undefined) send({ jsonrpc: '2.0', id: message.id, result: null }); // registrations
    else for (const listener of listeners) listener(message);
  }
});

function send(message) {
  const body = Buffer.from(JSON.stringify(message));
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
const request = (method, params) =>
  new Promise((resolveRequest) => {
    const id = ++nextId;
    waiting.set(id, resolveRequest);
    send({ jsonrpc: '2.0', id, method, params });
  });
const notify = (method, params) => send({ jsonrpc: '2.0', method, params });

/** The server's resident memory now and at its peak, in MB (Linux /proc). */
function memory() {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
}

const root = pathToFileURL(dir).href;
let started = performance.now();
await request('initialize', {
  processId: process.pid,
  rootUri: root,
  workspaceFolders: [{ uri: root, name: 'bench' }],
  capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
  initializationOptions: { debounceMs: 0, pushDiagnostics: true },
});
notify('initialized', {});
await request('mops/idle', {});
const loadMs = performance.now() - started;
const loaded = memory();
const heapUsedMB = (await request('mops/status', null)).result?.memory?.heapUsedMB;

const brief = readdirSync(join(dir, 'campaigns')).find((f) => f.endsWith('.yaml'));
const uri = pathToFileURL(join(dir, 'campaigns', brief)).href;
const text = readFileSync(join(dir, 'campaigns', brief), 'utf8');
let version = 1;
notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
await request('mops/idle', {});

// Each keystroke adds or removes one letter at the end of the owner's id: the brief is checked again each time,
// and its diagnostics change each time (an unknown person, then none), so each publish is a real one.
const line = text.split('\n').findIndex((l) => l.startsWith('owner: '));
if (line < 0) throw new Error(`no owner line in ${brief}`);
const owner = text.split('\n')[line];
const times = [];
for (let i = 0; i < keystrokes; i++) {
  const typo = i % 2 === 0;
  const range = { start: { line, character: owner.length }, end: { line, character: typo ? owner.length : owner.length + 1 } };
  const published = new Promise((resolvePublished) => {
    const listener = (message) => {
      if (message.method !== 'textDocument/publishDiagnostics' || message.params.uri !== uri || message.params.version !== version) return;
      listeners.delete(listener);
      resolvePublished();
    };
    listeners.add(listener);
  });
  version++;
  started = performance.now();
  notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: typo ? 'x' : '' }] });
  await published;
  times.push(performance.now() - started);
}
const typed = memory();
await request('shutdown', null);
notify('exit', null);

const sorted = [...times].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const figures = { files: readdirSync(join(dir, 'campaigns')).length, loadMs, keystrokes, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1], loadedRssMB: loaded.rssMB, peakRssMB: typed.peakMB, heapUsedMB };
console.log(`MOPS_BENCH ${JSON.stringify(figures)}`);
