// The keystroke probe of `npm run bench`, bundled and run in its own process: loads a generated playbook
// into a warm Workspace, then times re-checking one brief after an edit (cross-file rules included) the
// way the editor does on each debounced keystroke. Prints its figures as one JSON line.

import { loadPlaybook, type Workspace } from '../src/core';
import { nodeFileSystem } from '../src/cli/node-fs';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times `edits` re-checks of `path`, alternating two texts so that every update really changes the file. */
function keystrokes(ws: Workspace, path: string, a: string, b: string, edits: number): number {
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const t = performance.now();
    ws.update(path, { type: 'text', text: i % 2 ? a : b });
    times.push(performance.now() - t);
  }
  return median(times);
}

/** A brief of about `lines` lines: the typical brief with many tracked links. */
function bigBrief(text: string, id: string, lines: number): string {
  const link = (n: number) =>
    `  - name: hero-link-${n}\n    url: https://shop.acme.example/p${n}?utm_source=newsletter&utm_medium=email&utm_campaign=${id}&utm_content=hero-link-${n}\n`;
  const head = text.slice(0, text.indexOf('links:\n') + 'links:\n'.length);
  const tail = text.slice(text.indexOf('\ntools:') + 1);
  const count = Math.max(1, Math.floor((lines - head.split('\n').length - tail.split('\n').length) / 2));
  return head + Array.from({ length: count }, (_, n) => link(n)).join('') + tail;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const started = performance.now();
  const ws = await loadPlaybook(nodeFileSystem(dir));
  ws.allFindings();
  const loadMs = performance.now() - started;
  (globalThis as { gc?: () => void }).gc?.();
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  const path = ws.paths().filter((p) => p.startsWith('campaigns/'))[Math.floor(ws.paths().length / 3)] ?? ws.paths()[0];
  const text = ws.parsed(path)?.text ?? '';
  const typo = text.replace(/^owner: (\S+)$/m, 'owner: $1x');
  const typical = keystrokes(ws, path, text, typo, 60);
  const id = ws.parsed(path)?.documents[0]?.id ?? 'x';
  const big = bigBrief(text, id, 2000).split(id).join('2026q4-na-email-bench-big-brief');
  const bigPath = 'campaigns/zz-bench-big-brief.yaml';
  ws.update(bigPath, { type: 'text', text: big });
  const large = keystrokes(ws, bigPath, big, big.replace(/^owner: (\S+)$/m, 'owner: $1x'), 20);
  process.stdout.write(`MOPS_BENCH ${JSON.stringify({ files: ws.paths().length, loadMs, heapMB, keystrokeMs: typical, bigBriefLines: big.split('\n').length, bigKeystrokeMs: large })}\n`);
}

void main();
