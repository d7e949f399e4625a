// Editing a policy: completion of the fields a CEL expression can read, from the matched kinds' schemas.

import assert from 'node:assert/strict';
import { completionsAt, Workspace } from '../../../src/core';
import { readTree, REFERENCE } from '../../helpers';

const POLICY = `apiVersion: mops/v1
kind: Policy
id: p
title: P
match:
  kind: Brief
  when: self.tier == 1 && self.bud|
assert:
  - expr: "self.budget.|"
    at: links.*.url
    message: "{it.|} and {playbook.|} and {playbook.people[self.owner].|}"
`;

/** The labels offered at the n-th `|` of the policy (the others removed). */
function labelsAt(n: number): string[] {
  const parts = POLICY.split('|');
  const text = parts.join('');
  const offset = parts.slice(0, n + 1).join('').length;
  const ws = new Workspace();
  const files = readTree(REFERENCE);
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, t] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text: t });
  ws.set('policies/p.yaml', { type: 'text', text });
  return completionsAt(ws, 'policies/p.yaml', offset).map((i) => i.label);
}

describe('editing a policy', () => {
  it('completes the fields of self from the matched kind’s schema, at every depth', () => {
    assert.ok(labelsAt(0).includes('budget') && labelsAt(0).includes('tier'), labelsAt(0).join());
    assert.deepEqual(labelsAt(1).sort(), ['currency', 'lines', 'planned']);
  });

  it('completes it (the item a * in at names), the playbook’s collections and an entry’s fields', () => {
    assert.deepEqual(labelsAt(2).sort(), ['name', 'url']);
    assert.deepEqual(labelsAt(3), ['people', 'tools', 'workflows', 'budgets', 'briefs', 'sops', 'naming', 'utm']);
    assert.ok(labelsAt(4).includes('roles') && labelsAt(4).includes('name'), labelsAt(4).join());
  });
});
