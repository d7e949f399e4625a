// The line scan that places values without the YAML tree never disagrees with the tree: on every string leaf of
// the reference playbook and of awkward YAML, it finds the value where the tree has it, or leaves it to the tree.

import assert from 'node:assert/strict';
import { isScalar } from 'yaml';
import { parseFile } from '../../../../src/core/model/parse';
import { locate, type DataPath } from '../../../../src/core/model/locate';
import { pathKey, scanValues } from '../../../../src/core/navigate/scan';
import { TREE } from './helpers';

/** Every string or number leaf of a value, with its path. */
function leaves(value: unknown, path: Array<string | number> = [], out: Array<[DataPath, string]> = []): Array<[DataPath, string]> {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else if (typeof value === 'string' || typeof value === 'number') out.push([path, String(value)]);
  return out;
}

/** For each leaf of each document: [found by the scan, agrees with the tree]. */
function compare(text: string): { found: number; total: number; wrong: string[] } {
  const file = parseFile('f.yaml', text);
  let [found, total] = [0, 0];
  const wrong: string[] = [];
  for (const doc of file.documents) {
    const all = leaves(doc.value);
    const spans = scanValues(text, doc.start, doc.end, all.map(([p]) => pathKey(p)), all.map(([, v]) => v));
    all.forEach(([path, value], i) => {
      total++;
      const span = spans[i];
      if (!span) return;
      found++;
      const node = locate(doc.yaml, path)?.node;
      const range = isScalar(node) ? node.range : undefined;
      const quoted = span.quote ? 1 : 0;
      if (!range || range[0] !== span.start - quoted || text.slice(span.start, span.end) !== (span.quote === "'" ? value.replace(/'/g, "''") : value)) wrong.push(`${pathKey(path)} = ${value}`);
    });
  }
  return { found, total, wrong };
}

const AWKWARD = [
  'apiVersion: mops/v1',
  'kind: Brief',
  'id: b1',
  'notes: |',
  '  owner: maria',
  '  - approver: maria',
  'title: "a title',
  '  owner: maria"',
  'owner: maria # the lead',
  'requester: "maria"',
  "x-quoted: 'it''s maria'",
  'tools:',
  '- hubspot',
  '- ga4',
  'channels: [email, "social"]',
  'approvals:',
  '- gate: brief',
  '  approver: maria',
  '  checklist:',
  '    - one',
  '    - two',
  '-   gate: qa',
  '    approver: &a maria',
  '- {gate: review, approver: maria}',
  '-',
  '  gate: launch',
  '  approver: *a',
  'matrix:',
  '  - - a',
  '    - b',
  '  - - c',
  'links:',
  '  - name: hero',
  '    url: https://x.example/?utm_campaign=b1 # the hero',
  '"quoted key": value',
  'history:',
  '  # a comment between items',
  '  - stage: brief',
  '',
  '    entered: 2026-01-01',
  '---',
  'apiVersion: mops/v1',
  'kind: Tool',
  'id: crm',
  'owner: maria',
  '',
].join('\n');

describe('scanValues', () => {
  it('agrees with the YAML tree on every value of the reference playbook, and finds nearly all of them', () => {
    let [found, total] = [0, 0];
    for (const [path, text] of Object.entries(TREE)) {
      const result = compare(text);
      assert.deepEqual(result.wrong, [], path);
      found += result.found;
      total += result.total;
    }
    assert.ok(found / total > 0.95, `${found} of ${total}`);
  });

  it('agrees with the tree on awkward YAML, and leaves to it what it does not follow', () => {
    const result = compare(AWKWARD);
    assert.deepEqual(result.wrong, []);
    const file = parseFile('f.yaml', AWKWARD);
    const [brief] = file.documents;
    const want = (paths: DataPath[], value: string) => scanValues(AWKWARD, brief.start, brief.end, paths.map(pathKey), paths.map(() => value));
    // Found: a commented value, a compact list, a flow list, an item's keys, a flow mapping.
    assert.ok(want([['owner']], 'maria')[0]);
    assert.ok(want([['tools', 1]], 'ga4')[0]);
    assert.ok(want([['channels', 1]], 'social')[0]?.quote === '"');
    assert.ok(want([['approvals', 0, 'approver']], 'maria')[0]);
    assert.ok(want([['approvals', 2, 'approver']], 'maria')[0]);
    assert.ok(want([['approvals', 0, 'checklist', 1]], 'two')[0]);
    assert.ok(want([['history', 0, 'entered']], '2026-01-01')[0]);
    // Left to the tree: an anchored value; text inside a block scalar or a quoted string is no value at all.
    assert.equal(want([['approvals', 1, 'approver']], 'maria')[0], undefined);
    assert.equal(want([['notes', 'owner']], 'maria')[0], undefined);
    assert.equal(want([['title', 'owner']], 'maria')[0], undefined);
  });
});
