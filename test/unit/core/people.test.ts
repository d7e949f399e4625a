// Who an unknown person id meant: the id one typo away, else the people whose first or full name it is; the
// same suggestion in ref/unknown-person (message and fixes) and in Advance brief's reasons.

import assert from 'node:assert/strict';
import { advanceBrief, parseDay, RULES, scaffoldPlaybook, Workspace } from '../../../src/core';
import { peopleOf, suggestPeople } from '../../../src/core/domain/people';
import { cleanup, runCli, tempPlaybook, workspaceOf } from '../../helpers';

const TODAY = parseDay('2026-11-20')!;
const BRIEF = 'campaigns/2026q4-na-email-welcome-series.yaml';
const TEAM = `apiVersion: mops/v1
kind: Team
id: marketing
members:
  - id: sam.whitfield
    name: Sam Whitfield
    roles: [marketing-lead]
  - id: samantha.ortiz
    name: Samantha Ortiz
    roles: [brand]
  - id: jo.kim
    name: Sam Kim
    roles: [legal]
  - id: priya.shah
    name: Priya Shah
    roles: [campaign-ops]
`;

function scaffold(): Record<string, string> {
  return Object.fromEntries(scaffoldPlaybook({ today: TODAY }).map((f) => [f.path, f.text]));
}

describe('people lookup: who an unknown id meant', () => {
  after(cleanup);
  const people = peopleOf(workspaceOf({ 'team.yaml': TEAM }).view());

  it('suggests the id a typo away, else everyone with that first name or full name', () => {
    assert.deepEqual(suggestPeople('priya.shha', people), ['priya.shah']);
    assert.deepEqual(suggestPeople('sam', people), ['sam.whitfield', 'jo.kim']);
    assert.deepEqual(suggestPeople('Sam', people), ['sam.whitfield', 'jo.kim']);
    assert.deepEqual(suggestPeople('Samantha Ortiz', people), ['samantha.ortiz']);
    assert.deepEqual(suggestPeople('priya', people), ['priya.shah']);
    assert.deepEqual(suggestPeople('jordan', people), []);
  });

  it("mops check: 'sam' as an owner offers sam.taylor in the message and as a fix, in a fresh mops init playbook", async () => {
    const files = scaffold();
    files[BRIEF] = files[BRIEF].replace('owner: alex.rivera\n', 'owner: sam\n');
    const dir = tempPlaybook(files);
    const run = await runCli(['check', dir, '--format', 'json', '--today', '2026-11-20'], '/');
    assert.equal(run.code, 1, run.stdout);
    const findings = JSON.parse(run.stdout).findings as Array<{ rule: string; message: string; file: string; range: { start: { line: number } }; fixes: Array<{ title: string }> }>;
    assert.deepEqual(
      findings.map((f) => [f.file, f.range.start.line + 1, f.rule, f.message, f.fixes.map((x) => x.title)]),
      [[BRIEF, files[BRIEF].split('\n').indexOf('owner: sam') + 1, 'ref/unknown-person', "'sam' is not a member of the Team. Did you mean 'sam.taylor'?", ["Change to 'sam.taylor'"]]],
    );
  });

  it('two people with that first name: both are named and each is a fix', () => {
    const files = { ...scaffold(), 'team.yaml': TEAM.replace('roles: [campaign-ops]', 'roles: [campaign-ops]\n  - id: alex.rivera\n    name: Alex Rivera\n    roles: [campaign-ops]') };
    const ws = new Workspace({ rules: RULES, today: TODAY });
    for (const [path, text] of Object.entries(files)) ws.set(path, { type: 'text', text: path === BRIEF ? text.replace('owner: alex.rivera\n', 'owner: sam\n').replace('requester: sam.taylor', 'requester: priya.shah') : text });
    const found = ws.findings(BRIEF).filter((f) => f.rule === 'ref/unknown-person');
    assert.deepEqual(
      found.map((f) => [f.message, f.fixes.map((x) => x.title)]),
      [["'sam' is not a member of the Team. Did you mean 'sam.whitfield' or 'jo.kim'?", ["Change to 'sam.whitfield'", "Change to 'jo.kim'"]]],
    );
  });

  it('Advance brief names who an unknown approver probably is', () => {
    const files = scaffold();
    const approved = files[BRIEF].replace('approvals: []\n', 'approvals:\n  - gate: brief\n    approver: Sam\n    status: approved\n    date: 2026-11-20\n');
    const ws = new Workspace({ rules: RULES, today: TODAY });
    for (const [path, text] of Object.entries({ ...files, [BRIEF]: approved })) ws.set(path, { type: 'text', text });
    const result = advanceBrief(ws, BRIEF, { today: TODAY });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.reasons.includes("Sam, who approved the 'brief' gate, is not in the Team. Did you mean 'sam.taylor'?"), JSON.stringify(result));
    const nobody = advanceBrief(ws, BRIEF, { today: TODAY, approver: 'alex' });
    assert.ok(!nobody.ok && nobody.reasons.includes("alex is not in the Team, so cannot advance the brief. Did you mean 'alex.rivera'?"), JSON.stringify(nobody));
  });
});
