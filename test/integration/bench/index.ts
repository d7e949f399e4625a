// The benchmark's extension-host probe (not a test): activates mops in the open workspace, waits until the
// language server has indexed the whole playbook and its diagnostics are shown, then types in a brief, and
// prints the figures on one line for bench/run.mjs to read: above all how long the extension host's event loop
// was held, while indexing and while typing.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import type { ViewNode } from '../../../src/core';
import type { MopsApi } from '../../../src/extension/extension';
import { STATUS_REQUEST, type StatusResult } from '../../../src/lsp/protocol';
import { nowUs, startProfile, type Hold } from './profile';

/** Keystrokes typed in a brief, each waited for (server checked it, diagnostics shown). */
const KEYSTROKES = 20;

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<MopsApi>('mops-dev.mops');
  if (!extension) throw new Error('mops-dev.mops is not loaded');
  // How long the extension host's event loop is held at most while the playbook is indexed, and then while
  // typing: a timer that should fire every 10 ms records how late it is.
  const profiler = await startProfile(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'extension.js').toString());
  const holds: Hold[] = [];
  let phase = 'indexing';
  let blockedMs = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    const held = now - last - 10;
    blockedMs = Math.max(blockedMs, held);
    if (held > 10 && profiler) {
      const cpu = process.cpuUsage(lastCpu);
      holds.push({ phase, endUs: nowUs(), ms: held, cpuMs: (cpu.user + cpu.system) / 1000 });
    }
    if (profiler) lastCpu = process.cpuUsage();
    last = now;
  }, 10);
  // MOPS_BENCH_VIEWS=1: the Marketing Ops views are shown while the playbook is indexed and typed in.
  if (process.env.MOPS_BENCH_VIEWS === '1') await vscode.commands.executeCommand('workbench.view.extension.mops');
  const started = performance.now();
  const api = await extension.activate();
  await api.idle();
  const indexMs = performance.now() - started;
  const indexBlockedMs = blockedMs;
  // With the views shown, the Pipeline's longest stage is opened, as a user looking at it would (its own phase:
  // VS Code draws its nodes once); the typing is then in one of its briefs, whose node is on screen.
  let opened: string | undefined;
  let openBlockedMs: number | undefined;
  if (process.env.MOPS_BENCH_VIEWS === '1') {
    blockedMs = 0;
    phase = 'opening';
    profiler?.mark(phase);
    opened = await openLongestStage(api);
    openBlockedMs = blockedMs;
  }
  // Typing in a brief: each keystroke goes to the server, and its diagnostics (and any view's redraw) come back.
  blockedMs = 0;
  phase = 'typing';
  profiler?.mark(phase);
  const status = await api.request<StatusResult>(STATUS_REQUEST);
  const files = status.roots.reduce((n, r) => n + r.files, 0);
  // Of the generated playbook's 10,000 briefs all but 3 are at one stage: the first file is one of them.
  const brief = (await vscode.workspace.findFiles('campaigns/**/*.yaml', undefined, 1))[0];
  let typingMs = 0;
  if (brief) {
    const editor = await vscode.window.showTextDocument(brief);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('owner: '));
    const end = new vscode.Position(line, editor.document.lineAt(Math.max(0, line)).text.length);
    const typing = performance.now();
    for (let i = 0; i < KEYSTROKES && line >= 0; i++) {
      await editor.edit((b) => (i % 2 === 0 ? b.insert(end, 'x') : b.delete(new vscode.Range(end, end.translate(0, 1)))));
      await api.idle();
    }
    typingMs = (performance.now() - typing) / KEYSTROKES;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  clearInterval(timer);
  const typingBlockedMs = blockedMs;
  const byMops = await profiler?.stop(holds);
  const diagnostics = vscode.languages.getDiagnostics().reduce((n, [, ds]) => n + ds.filter((d) => d.source === 'mops').length, 0);
  // A full collection first, so that the heap counts what the extension host holds, not garbage: the extension
  // host has no --expose-gc, so the flag is set now and `gc` taken from a fresh context.
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const memory = process.memoryUsage();
  console.log(
    `MOPS_BENCH ${JSON.stringify({ activationMs: api.activationMs, indexMs, ...(opened ? { opened, openBlockedMs, mopsOpenBlockedMs: byMops?.running.opening ?? 0 } : {}), blockedMs: indexBlockedMs, typingBlockedMs, ...(byMops ? { mopsBlockedMs: byMops.running.indexing ?? 0, mopsTypingBlockedMs: byMops.running.typing ?? 0, mopsBlockedWallMs: byMops.wall.indexing ?? 0, mopsTypingBlockedWallMs: byMops.wall.typing ?? 0 } : {}), typingMs, keystrokes: KEYSTROKES, files, diagnostics, heapUsedMB: memory.heapUsed / 2 ** 20, rssMB: memory.rss / 2 ** 20 })}`,
  );
}

/**
 * Opens (reveals, expanded) the Pipeline stage with the most briefs, then waits until VS Code has fetched and drawn
 * its nodes (the extension host's loop on time for a second): drawing a stage of 10,000 is done once, on opening.
 */
async function openLongestStage(api: MopsApi): Promise<string | undefined> {
  const views = api.views;
  if (!views) return undefined;
  const stages: ViewNode[] = [];
  for (const top of await views.pipeline.getChildren()) stages.push(...(top.contextValue === 'mops.brief' ? [] : await views.pipeline.getChildren(top)));
  const count = (node: ViewNode) => Number(/\((\d+)\)/.exec(node.label)?.[1] ?? 0);
  const longest = stages.sort((a, b) => count(b) - count(a))[0];
  if (!longest) return undefined;
  await views.pipelineView.reveal(longest, { expand: true, select: false, focus: false });
  await quiet();
  return `${longest.label} open`;
}

/** Resolves once a 50 ms timer has fired on time (within 10 ms) 20 times in a row, or after 30 s. */
function quiet(): Promise<void> {
  return new Promise((resolve) => {
    const deadline = performance.now() + 30_000;
    let onTime = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      onTime = now - last < 60 ? onTime + 1 : 0;
      last = now;
      if (onTime >= 20 || now > deadline) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
  });
}
