// A call of a function that CEL (as mops runs it) does not have is policy/invalid on the policy, at the call,
// before any document is checked: it would otherwise fail only on the documents that reach it.

import assert from 'node:assert/strict';
import { Workspace } from '../../../src/core';
import { readTree, REFERENCE } from '../../helpers';

function findings(expr: string) {
  const ws = new Workspace();
  const files: Record<string, string> = { ...readTree(REFERENCE), 'policies/p.yaml': `apiVersion: mops/v1\nkind: Policy\nid: p\ntitle: P\nmatch:\n  kind: Brief\n  when: self.tier == 1\nassert:\n  - expr: ${expr}\n` };
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws.allFindings().map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}:${f.rule}: ${f.message}`);
}

describe('policy functions', () => {
  it('an unknown function is policy/invalid on its name at the call, with the nearest function offered, though no document reaches it', () => {
    const [finding, ...rest] = findings("self.id.startWith('2026')");
    assert.deepEqual(rest, []);
    assert.match(finding, /^policies\/p\.yaml:9:19:policy\/invalid: There is no function 'startWith'\. Did you mean 'startsWith'\? The functions are .*format; and the macros has, all, exists, exists_one, filter and map\.$/);
  });

  it("has() over an index (a team's own field) says how to test an x- field", () => {
    assert.deepEqual(findings("has(self['x-jira'])"), [
      "policies/p.yaml:9:11:policy/invalid: has() tests a field written with a dot, such as has(self.audience.description); test a team's own field with 'x-jira' in self.",
    ]);
  });

  it('the functions CEL has and the macros are not reported', () => {
    assert.deepEqual(findings("size(self.channels) > 0 && self.id.matches('^2026') && self.channels.exists(c, c.startsWith(c)) && timestamp(today + 'T00:00:00Z').getDayOfWeek() >= 0 && int(self.tier) == 1"), []);
  });
});
