// The benchmark's extension-host probe (not a test): activates mops in the open workspace, waits until the
// whole playbook is indexed and its diagnostics are published, and prints the figures on one line for
// bench/run.mjs to read.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import type { MopsApi } from '../../../src/extension/extension';

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<MopsApi>('mops-dev.mops');
  if (!extension) throw new Error('mops-dev.mops is not loaded');
  // How long the extension host's event loop is held at most while the playbook is indexed: a timer that
  // should fire every 10 ms records how late it is.
  let blockedMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    blockedMs = Math.max(blockedMs, now - last - 10);
    last = now;
  }, 10);
  const started = performance.now();
  const api = await extension.activate();
  await api.idle();
  const indexMs = performance.now() - started;
  clearInterval(timer);
  const files = api.playbooks.all().reduce((n, p) => n + p.workspace.paths().length, 0);
  const diagnostics = vscode.languages.getDiagnostics().reduce((n, [, ds]) => n + ds.filter((d) => d.source === 'mops').length, 0);
  // A full collection first, so that the heap counts what the index holds, not garbage or let-go ASTs:
  // the extension host has no --expose-gc, so the flag is set now and `gc` taken from a fresh context.
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const memory = process.memoryUsage();
  console.log(`MOPS_BENCH ${JSON.stringify({ activationMs: api.activationMs, indexMs, blockedMs, files, diagnostics, heapUsedMB: memory.heapUsed / 2 ** 20, rssMB: memory.rss / 2 ** 20 })}`);
}
