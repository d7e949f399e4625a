// The navigation probe of `npm run bench`, bundled and run in its own process: loads a generated playbook into a
// warm Workspace (checked once, its YAML trees let go as after a check in the editor), then times find-all-
// references and rename of the person named in every brief (maria.lopez, each brief's requester and brief-gate
// approver). Prints its figures as one JSON line.

import { loadPlaybook, referencesAt, renameAt } from '../src/core';
import { nodeFileSystem } from '../src/cli/node-fs';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed<T>(runs: number, run: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result = run();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = run();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}

async function main(): Promise<void> {
  const [dir, runsArg] = process.argv.slice(2);
  const runs = Math.max(1, Number(runsArg ?? 5));
  const ws = await loadPlaybook(nodeFileSystem(dir));
  ws.allFindings();
  (globalThis as { gc?: () => void }).gc?.();
  const brief = ws.paths().find((p) => p.startsWith('campaigns/'));
  const text = (brief && ws.parsed(brief)?.text) ?? '';
  const offset = text.indexOf('requester: maria.lopez') + 'requester: ma'.length;
  if (!brief || offset < 'requester: ma'.length) throw new Error('no brief with requester maria.lopez');
  // The first call of each also builds what later calls reuse (tracked links, the people table): a median of
  // the runs after it, as an editor's second request sees it; the first is reported too.
  const first = performance.now();
  referencesAt(ws, brief, offset, true);
  const firstReferencesMs = performance.now() - first;
  const references = timed(runs, () => referencesAt(ws, brief, offset, true));
  const rename = timed(runs, () => renameAt(ws, brief, offset, 'maria.lopez-garcia'));
  const edits = 'error' in rename.result ? 0 : rename.result.edits.reduce((n, f) => n + f.edits.length, 0);
  const figures = { files: ws.paths().length, person: 'maria.lopez', locations: references.result.length, referencesMs: references.ms, firstReferencesMs, renameMs: rename.ms, renameEdits: edits, runs };
  process.stdout.write(`MOPS_BENCH ${JSON.stringify(figures)}\n`);
}

void main();
