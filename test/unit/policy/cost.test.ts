// What a loop costs is counted over the list it really runs over: a loop over another document's list
// (a Budget's allocations, read through playbook) counts the longest such list, not the checked document's.

import assert from 'node:assert/strict';
import { Workspace } from '../../../src/core';
import { cpuMs, readTree, REFERENCE } from '../../helpers';

const BF = 'campaigns/2026q4-na-email-black-friday.yaml';
const reference = readTree(REFERENCE);

function workspace(changes: Record<string, string>): Workspace {
  const files = { ...reference, ...changes };
  const ws = new Workspace();
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

const policy = (expr: string) => `apiVersion: mops/v1\nkind: Policy\nid: p\ntitle: P\nmatch:\n  kind: Brief\nassert:\n  - expr: ${expr}\n`;

describe('policy cost', () => {
  it("does not run a loop over another document's long list on every brief", () => {
    const allocations = Array.from({ length: 10_000 }, (_, i) => `  - program: p${i}\n    amount: 10\n`).join('');
    const budget = `apiVersion: mops/v1\nkind: Budget\nid: fy2027\ncurrency: USD\nperiod:\n  start: 2027-04-01\n  end: 2028-03-31\nallocations:\n${allocations}`;
    const started = cpuMs();
    const ws = workspace({ 'budget/fy2027.yaml': budget, 'p.yaml': policy("playbook.budgets.exists(b, playbook.budgets[b].allocations.exists(a, a.program == 'none'))") });
    const onPolicy = ws.findings('p.yaml');
    assert.deepEqual(onPolicy.map((f) => f.rule), ['policy/invalid']);
    assert.match(onPolicy[0].message, /would take about [\d,]+ steps on each document it checks \(it loops over playbook\.budgets\)/);
    assert.deepEqual(ws.allFindings().filter((f) => f.rule === 'policy/p'), [], 'the policy is not run');
    assert.ok(cpuMs() - started < 20_000);
  });

  it("a loop over a person's roles is not counted as a loop over the briefs they own", () => {
    const briefs: Record<string, string> = {};
    for (let i = 0; i < 600; i++) briefs[`campaigns/gen-${i}.yaml`] = reference[BF].replace(/2026q4-na-email-black-friday/g, `2026q4-na-email-gen-${i}`);
    const ws = workspace({ ...briefs, 'p.yaml': policy("playbook.people[self.owner].roles.exists(r, r == 'campaign-ops' || r == 'analytics' || r == 'marketing-lead')") });
    assert.deepEqual(ws.allFindings().filter((f) => f.rule.startsWith('policy/')), []);
  });
});
