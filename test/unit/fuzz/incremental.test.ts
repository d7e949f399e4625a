// One workspace receives a sequence of changes (mutated files, arbitrary text and bytes, deletes, restores, copies,
// the config among them), as an editor sends them: its findings always equal a fresh full check of the same files.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText, type FileContent, type Finding } from '../../../src/core';
import { anyBytes, anyPath, anyText, fuzzParameters, mutate, mutation, REFERENCE_FILES, REFERENCE_PATHS, type Mutation } from './arbitraries';
import { assertFast, contentsOf, nextTurn, sizeOf, soundFindings, timed, workspaceOf } from './oracle';

type Change =
  | { op: 'mutate'; file: number; mutation: Mutation }
  | { op: 'text'; path: string; text: string }
  | { op: 'bytes'; path: string; bytes: Uint8Array }
  | { op: 'delete' | 'restore' | 'copy'; file: number };

/** What the editor asks after a change: nothing, one file's findings, all of them, or a trial edit's. */
type Query = { ask: 'nothing' | 'all' | 'compare' } | { ask: 'one'; file: number } | { ask: 'if'; path: string; text: string };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('mutate' as const), file: fc.nat(), mutation }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('text' as const), path: anyPath, text: anyText }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('bytes' as const), path: anyPath, bytes: anyBytes }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('delete' as const, 'restore' as const, 'copy' as const), file: fc.nat() }) },
);

const query: fc.Arbitrary<Query> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ ask: fc.constantFrom('nothing' as const, 'all' as const) }) },
  { weight: 1, arbitrary: fc.record({ ask: fc.constant('compare' as const) }) },
  { weight: 2, arbitrary: fc.record({ ask: fc.constant('one' as const), file: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ ask: fc.constant('if' as const), path: anyPath, text: anyText }) },
);

/** Findings of the incremental workspace against a fresh workspace's full check of the same contents. */
function assertEqualsFresh(findings: Finding[], contents: Record<string, FileContent>): void {
  assert.deepEqual(findings, workspaceOf(contents).allFindings());
}

describe('fuzzing: incremental checking', () => {
  it('equals a full re-check after any sequence of changes', async function () {
    this.timeout(0);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(change, fc.boolean(), query), { minLength: 1, maxLength: 10 }), async (steps) => {
        await nextTurn();
        const files: Record<string, FileContent> = Object.fromEntries(REFERENCE_PATHS.map((p) => [p, { type: 'text', text: REFERENCE_FILES[p] }]));
        const ws = workspaceOf(files);
        ws.allFindings();
        const pathOf = (n: number) => {
          const paths = Object.keys(files).sort();
          return paths.length === 0 ? REFERENCE_PATHS[n % REFERENCE_PATHS.length] : paths[n % paths.length];
        };
        // `update` and `remove` are what the extension calls, `set` and `delete` what they are made of.
        const put = (path: string, content: FileContent, viaUpdate: boolean) => {
          files[path] = content;
          if (viaUpdate) ws.update(path, content);
          else ws.set(path, content);
        };
        steps.forEach(([c, viaUpdate, q], step) => {
          const path = c.op === 'text' || c.op === 'bytes' ? c.path : pathOf(c.file);
          const current = files[path];
          if (c.op === 'mutate' && current?.type === 'text') put(path, { type: 'text', text: mutate(current.text, c.mutation) }, viaUpdate);
          else if (c.op === 'text') put(path, { type: 'text', text: c.text }, viaUpdate);
          else if (c.op === 'bytes') put(path, decodeText(c.bytes), viaUpdate);
          else if (c.op === 'restore' && path in REFERENCE_FILES) put(path, { type: 'text', text: REFERENCE_FILES[path] }, viaUpdate);
          else if (c.op === 'copy' && current) put(`copies/${step}-${path.replace(/\//g, '-')}`, current, viaUpdate);
          else if (c.op === 'delete' && current) {
            delete files[path];
            if (viaUpdate) ws.remove(path);
            else ws.delete(path);
          }
          if (q.ask === 'all') ws.allFindings();
          else if (q.ask === 'one') ws.findings(pathOf(q.file));
          else if (q.ask === 'compare') assertEqualsFresh(ws.allFindings(), files);
          else if (q.ask === 'if') {
            // A trial edit says what the file would hold, and leaves the workspace as it was.
            const trial = ws.findingsIf(q.path, q.text);
            assert.deepEqual(trial, workspaceOf({ ...files, [q.path]: q.text }).findings(q.path));
          }
        });
        assert.deepEqual(contentsOf(ws), files);
        const [findings, ms] = await timed(() => soundFindings(ws));
        assertFast(ms, sizeOf(Object.fromEntries(Object.entries(files).map(([p, c]) => [p, c.type === 'text' ? c.text : '']))), 'the re-check');
        assertEqualsFresh(findings, files);
      }),
      fuzzParameters(2),
    );
  });
});
