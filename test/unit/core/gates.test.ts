// A brief left as New campaign brief made it (placeholder texts, nothing planned, a target of 0) does not pass
// a gate's `requires`, whether the gate rule or Advance brief asks, in a fresh `mops init` playbook.

import assert from 'node:assert/strict';
import { advanceBrief, applyEdits, approvalEdits, briefTemplate, parseDay, RULES, scaffoldPlaybook, Workspace } from '../../../src/core';
import { unfilled } from '../../../src/core/domain/placeholders';

const TODAY = parseDay('2026-11-20')!;
const PATH = 'campaigns/2027q1-na-email-untouched.yaml';
const APPROVAL = 'approvals:\n  - gate: brief\n    approver: sam.taylor\n    status: approved\n    date: 2026-11-20\n';

/** A fresh scaffold with a brief from the New campaign brief template, its brief gate approved. */
function untouched(): { ws: Workspace; text: string } {
  const ws = new Workspace({ rules: RULES, today: TODAY });
  for (const file of scaffoldPlaybook({ today: TODAY })) ws.set(file.path, { type: 'text', text: file.text });
  const template = briefTemplate(ws.view(), { id: '2027q1-na-email-untouched', workflow: 'campaign', tier: 1, today: TODAY });
  const text = template.text.replace('approvals: []\n', APPROVAL);
  ws.set(PATH, { type: 'text', text });
  return { ws, text };
}

const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));

describe('gate requirements: placeholders and zeros count as not filled in', () => {
  it('an untouched new brief with an approval gets brief/gate-incomplete naming each value, on the approval', () => {
    const { ws, text } = untouched();
    const findings = ws.findings(PATH).map((f) => `${f.range.start.line}:${f.rule}: ${f.message}`);
    assert.deepEqual(findings, [
      `${lineOf(text, '  - gate: brief')}:brief/gate-incomplete: The 'brief' gate requires objective, audience, budget, success_metrics, but the brief leaves ` +
        "objective (the template's placeholder text), audience.segment (the template's placeholder text), budget.planned (0), " +
        "success_metrics[0].metric (the template's placeholder text), success_metrics[0].target (0).",
    ]);
  });

  it('Advance brief refuses it with the same reasons, and advances it once every value is written', () => {
    const { ws, text } = untouched();
    const refused = advanceBrief(ws, PATH, { today: TODAY });
    assert.equal(refused.ok, false);
    assert.deepEqual(refused.ok ? [] : refused.reasons, [
      "The 'brief' gate requires objective, audience, budget, success_metrics, but the brief leaves objective (the template's placeholder text), " +
        "audience.segment (the template's placeholder text), budget.planned (0), success_metrics[0].metric (the template's placeholder text), success_metrics[0].target (0).",
    ]);
    const written = text
      .replace('The outcome this campaign must achieve, with a number', 'Win 200 sign-ups from the spring newsletter')
      .replace('who-it-is-for', 'newsletter-subscribers')
      .replace('  planned: 0\n', '  planned: 2000\n')
      .replace('name-of-the-metric', 'sign-ups')
      .replace('    target: 0\n', '    target: 200\n');
    ws.set(PATH, { type: 'text', text: written });
    assert.deepEqual(ws.findings(PATH), []);
    assert.equal(advanceBrief(ws, PATH, { today: TODAY }).ok, true);
  });

  it('a plainly empty field keeps the short sentence', () => {
    const { ws, text } = untouched();
    ws.set(PATH, { type: 'text', text: text.replace(/^objective: .*\n/m, 'objective: ""\n').replace(/^audience:\n {2}segment: .*\n/m, '').replace(/^budget:\n(?: {2}.*\n)+/m, '').replace(/^success_metrics:\n(?: {2}.*\n|\s{4}.*\n)+/m, '') });
    const messages = ws.findings(PATH).filter((f) => f.rule === 'brief/gate-incomplete').map((f) => f.message);
    assert.deepEqual(messages, ["The 'brief' gate requires objective, audience, budget, success_metrics, but the brief leaves them empty."]);
  });

  it('defines "not filled in" exactly: the marker texts, a zero planned budget or target; nothing else', () => {
    assert.deepEqual(unfilled('objective', 'The outcome this campaign must achieve, with a number'), [{ field: 'objective', path: ['objective'], reason: 'placeholder' }]);
    assert.deepEqual(unfilled('objective', '  who-it-is-for '), [{ field: 'objective', path: ['objective'], reason: 'placeholder' }]);
    // Near the marker but written by a person: filled.
    assert.deepEqual(unfilled('objective', 'The outcome this campaign must achieve, with a number: 500 sign-ups'), []);
    assert.deepEqual(unfilled('audience', { segment: 'new-sign-ups', size: 0 }), []);
    assert.deepEqual(unfilled('budget', { currency: 'USD', planned: 0 }), [{ field: 'budget', path: ['budget', 'planned'], reason: 'zero' }]);
    assert.deepEqual(unfilled('budget', { currency: 'USD' }), [{ field: 'budget', path: ['budget', 'planned'], reason: 'missing' }]);
    assert.deepEqual(unfilled('budget', { currency: 'USD', planned: 10 }), []);
    assert.deepEqual(unfilled('success_metrics', [{ metric: 'leads', target: 10 }, { metric: 'mqls', target: 0 }]), [
      { field: 'success_metrics', path: ['success_metrics', 1, 'target'], reason: 'zero' },
    ]);
    assert.deepEqual(unfilled('channels', []), [{ field: 'channels', path: ['channels'], reason: 'empty' }]);
    assert.deepEqual(unfilled('program', undefined), [{ field: 'program', path: ['program'], reason: 'missing' }]);
    // A zero elsewhere (an audience size, an actual) is a value like any other.
    assert.deepEqual(unfilled('timeline', { launch: '2026-12-01' }), []);
  });
});

describe('a refused Advance brief: where each blocker is, and the approval the gate still needs', () => {
  const BRIEF = 'campaigns/2026q4-na-email-welcome-series.yaml';
  function fresh(edit: (text: string) => string = (t) => t): { ws: Workspace; text: string } {
    const ws = new Workspace({ rules: RULES, today: TODAY });
    let text = '';
    for (const file of scaffoldPlaybook({ today: TODAY })) {
      if (file.path === BRIEF) text = edit(file.text);
      ws.set(file.path, { type: 'text', text: file.path === BRIEF ? text : file.text });
    }
    return { ws, text };
  }

  it("places each blocker on its line and offers the gate's approval: its role holders, the playbook's today, its checklist", () => {
    const { ws, text } = fresh((t) => t.replace(/^objective: .*$/m, 'objective: ""'));
    const result = advanceBrief(ws, BRIEF, { today: TODAY });
    assert.ok(!result.ok);
    assert.deepEqual(result.blockers, [
      { message: "The 'brief' gate has no approval from a person with the role 'marketing-lead'.", line: lineOf(text, 'approvals: []') },
      { message: "The 'brief' gate requires objective, but the brief leaves it empty.", line: lineOf(text, 'objective:') },
    ]);
    assert.deepEqual(result.approval, { gate: 'brief', roles: ['marketing-lead'], approvers: [{ id: 'sam.taylor', name: 'Sam Taylor' }], date: '2026-11-20', checklist: [] });
  });

  it('the offered approval, recorded with approvalEdits, makes the gate pass: a block entry in place of approvals: []', () => {
    const { ws, text } = fresh();
    const result = advanceBrief(ws, BRIEF, { today: TODAY });
    assert.ok(!result.ok && result.approval);
    const doc = ws.parsed(BRIEF)!.documents[0];
    const edits = approvalEdits(doc, result.approval, 'sam.taylor');
    assert.ok(typeof edits !== 'string', String(edits));
    const after = applyEdits(text, edits);
    assert.equal(after, text.replace('approvals: []\n', 'approvals:\n  - gate: brief\n    approver: sam.taylor\n    status: approved\n    date: 2026-11-20\n'));
    ws.set(BRIEF, { type: 'text', text: after });
    assert.deepEqual(ws.findings(BRIEF), []);
    assert.equal(advanceBrief(ws, BRIEF, { today: TODAY }).ok, true);
  });

  it('at a gate with a checklist, the approval confirms the checklist; appended after an existing approval, in its style', () => {
    const { ws, text } = fresh((t) =>
      t
        .replace('approvals: []\n', 'approvals:\n  - gate: brief\n    approver: sam.taylor\n    status: approved\n    date: 2026-11-20\n  - gate: creative\n    approver: jordan.lee\n    status: approved\n    date: 2026-11-20\n')
        .replace('stage: brief\n', 'stage: review\n')
        .replace('    entered: 2026-11-20\n', '    entered: 2026-11-20\n  - stage: creative\n    entered: 2026-11-20\n  - stage: review\n    entered: 2026-11-20\n'),
    );
    const result = advanceBrief(ws, BRIEF, { today: TODAY });
    assert.ok(!result.ok && result.approval, JSON.stringify(result));
    assert.deepEqual(result.approval, { gate: 'review', roles: ['legal'], approvers: [{ id: 'casey.kim', name: 'Casey Kim' }], date: '2026-11-20', checklist: ['brand-guidelines', 'legal-compliance'] });
    const edits = approvalEdits(ws.parsed(BRIEF)!.documents[0], result.approval, 'casey.kim');
    assert.ok(typeof edits !== 'string');
    const after = applyEdits(text, edits);
    assert.match(after, /\n {4}date: 2026-11-20\n {2}- gate: review\n {4}approver: casey\.kim\n {4}status: approved\n {4}date: 2026-11-20\n {4}checklist: \[brand-guidelines, legal-compliance\]\n/);
    ws.set(BRIEF, { type: 'text', text: after });
    assert.deepEqual(ws.findings(BRIEF), []);
  });

  it('offers no approval once one is recorded, even a flawed one (the blocker points at it instead)', () => {
    const { ws, text } = fresh((t) => t.replace('approvals: []\n', 'approvals:\n  - gate: brief\n    approver: alex.rivera\n    status: approved\n    date: 2026-11-20\n'));
    const result = advanceBrief(ws, BRIEF, { today: TODAY });
    assert.ok(!result.ok);
    assert.equal(result.approval, undefined);
    assert.deepEqual(result.blockers.map((b) => [b.message, b.line]), [
      ["The 'brief' gate has no approval from a person with the role 'marketing-lead'.", lineOf(text, '  - gate: brief')],
      ["alex.rivera approved the 'brief' gate without the role 'marketing-lead'; alex.rivera holds campaign-ops.", lineOf(text, '    approver: alex.rivera')],
    ]);
  });
});
