// Advancing a brief: minimal edits that keep every other byte, and plain reasons when its gate does not pass.

import assert from 'node:assert/strict';
import { advanceBrief, applyEdits, parseDay, RULES, type AdvanceResult, type Workspace } from '../../../src/core';
import { readTree, REFERENCE, workspaceOf } from '../../helpers';

const TREE = readTree(REFERENCE);
const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const BLACK_FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';
const STATE_OF_OPS = 'campaigns/2027q1-global-content-state-of-ops.yaml';
const BACK_TO_SCHOOL = 'campaigns/2026q3-na-search-back-to-school.yaml';
const TODAY = parseDay('2026-11-20')!;

const CREATIVE_APPROVAL = (approver = 'tom.becker', status = 'approved') =>
  `  - gate: creative\n    approver: ${approver}\n    status: ${status}\n    date: 2026-11-19\n`;
/** The reference webinar brief (at 'creative'), with the creative gate's approval when given. */
const webinar = (approval = '') => TREE[WEBINAR].replace('    date: 2026-11-12\nhistory:', `    date: 2026-11-12\n${approval}history:`);

function playbook(files: Record<string, string>): Workspace {
  return workspaceOf({ ...TREE, ...files }, { rules: RULES });
}

function advance(path: string, text: string, options: { today?: number; approver?: string } = {}): { result: AdvanceResult; after?: string; ws: Workspace } {
  const ws = playbook({ [path]: text });
  const result = advanceBrief(ws, path, { today: TODAY, ...options });
  return { result, ws, after: result.ok ? applyEdits(text, result.edits) : undefined };
}

/** Advances, checks that the edits give `expected`, and that the edited playbook has no finding the original lacked. */
function advancesTo(path: string, before: string, expected: string, from: string, to: string): void {
  const { result, after, ws } = advance(path, before);
  assert.ok(result.ok, `refused: ${result.ok ? '' : result.reasons.join(' | ')}`);
  assert.deepEqual([result.from, result.to], [from, to]);
  assert.equal(after, expected);
  const old = new Set(ws.findings(path).map((f) => `${f.rule} ${f.message}`));
  ws.set(path, { type: 'text', text: after! });
  assert.deepEqual(ws.findings(path).filter((f) => !old.has(`${f.rule} ${f.message}`)), []);
}

/** The text with its top-level `stage:` changed, as the expected half of a before/after pair. */
const restage = (text: string, from: string, to: string) => text.replace(new RegExp(`^stage: ${from}(\\r?)$`, 'm'), `stage: ${to}$1`);

function refusal(path: string, text: string, options: { today?: number; approver?: string } = {}): string[] {
  const { result } = advance(path, text, options);
  assert.equal(result.ok, false, 'expected a refusal');
  return result.ok ? [] : result.reasons;
}

const COMMENTED = `# Winter webinar brief, owned by Li.
apiVersion: mops/v1
kind: Brief
id: 2026q4-emea-social-winter-webinar   # the campaign id
title: "Winter operations webinar"
workflow: campaign
tier: 2
status: active

owner: li.wei
requester: maria.lopez
program: demand-gen
# Where it stands now:
stage: 'creative'   # since 2026-11-12
objective: Fill a live webinar with 400 registrations from EMEA operations leaders
audience: &audience
  segment: emea-ops-leaders   # see the CRM
  size: 120000
channels: [social, email]
timeline: {brief_approved: 2026-11-12, launch: 2026-12-10, end: 2026-12-17}
budget:
  currency: USD
  planned: 9000
  lines:
    - {item: paid-social, planned: 7000}
    - item: design
      planned: 2000
success_metrics:
  - metric: registrations
    target: 400
history:
  # oldest first
  - stage: brief
    entered: 2026-11-05 # intake

  -   entered: 2026-11-12   # the brief gate passed
      stage: "creative"
  # the next entry goes above this line
approvals:
  - gate: brief
    approver: maria.lopez
    status: approved
    date: 2026-11-12
  - gate: creative   # brand sign-off
    approver: tom.becker
    status: approved
    date: 2026-11-19
tools: [hubspot, meta-ads]
# trailing comment
`;

describe('advanceBrief', () => {
  it('moves the reference webinar brief past its approved creative gate: stage and one history entry, nothing else', () => {
    const before = webinar(CREATIVE_APPROVAL());
    const expected = before
      .replace('stage: creative\nobjective', 'stage: review\nobjective')
      .replace('  - stage: creative\n    entered: 2026-11-12\n', '  - stage: creative\n    entered: 2026-11-12\n  - stage: review\n    entered: 2026-11-20\n');
    advancesTo(WEBINAR, before, expected, 'creative', 'review');
    const { result } = advance(WEBINAR, before);
    assert.ok(result.ok);
    assert.deepEqual(
      result.edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText]),
      [
        [10, 7, 10, 15, 'review'],
        [44, 23, 44, 23, '\n  - stage: review\n    entered: 2026-11-20'],
      ],
    );
  });

  it('keeps comments, blank lines, anchors, quoting, flow mappings and key order, imitating the last entry', () => {
    const expected = COMMENTED.replace("stage: 'creative'   # since", "stage: 'review'   # since").replace(
      '      stage: "creative"\n',
      '      stage: "creative"\n  -   entered: 2026-11-20\n      stage: "review"\n',
    );
    advancesTo(WEBINAR, COMMENTED, expected, 'creative', 'review');
  });

  it('appends to a flow-style history in its own style', () => {
    const flow = (h: string) => webinar(CREATIVE_APPROVAL()).replace(/history:\n[\s\S]*?\nlinks:/, `history: ${h}  # oldest first\nlinks:`);
    const tight = '[{stage: brief, entered: 2026-11-05}, {stage: creative, entered: 2026-11-12}]';
    const review = (text: string) => restage(text, 'creative', 'review');
    advancesTo(WEBINAR, flow(tight), review(flow(tight.replace(/]$/, ', {stage: review, entered: 2026-11-20}]'))), 'creative', 'review');
    const lines = '[\n    { stage: brief, entered: 2026-11-05 },\n    { stage: creative, entered: "2026-11-12" },\n  ]';
    const added = lines.replace('},\n  ]', '},\n    { stage: review, entered: "2026-11-20" },\n  ]');
    advancesTo(WEBINAR, flow(lines), review(flow(added)), 'creative', 'review');
    const items = webinar(CREATIVE_APPROVAL()).replace(
      '  - stage: brief\n    entered: 2026-11-05\n  - stage: creative\n    entered: 2026-11-12\n',
      '- { stage: brief, entered: 2026-11-05 }\n- { stage: creative, entered: 2026-11-12 }  # here\n',
    );
    const itemsAfter = items.replace('# here\n', '# here\n- { stage: review, entered: 2026-11-20 }\n');
    advancesTo(WEBINAR, items, review(itemsAfter), 'creative', 'review');
  });

  it('keeps CRLF line endings', () => {
    const before = TREE[BLACK_FRIDAY].replace(/\n/g, '\r\n');
    const expected = before
      .replace('stage: launch\r\nobjective', 'stage: optimize\r\nobjective')
      .replace('    entered: 2026-11-18\r\n', '    entered: 2026-11-18\r\n  - stage: optimize\r\n    entered: 2026-11-20\r\n');
    advancesTo(BLACK_FRIDAY, before, expected, 'launch', 'optimize');
    assert.doesNotMatch(expected, /[^\r]\n/);
  });

  it('creates the history when it is missing or empty: after the approvals, else at the end', () => {
    const original = TREE[STATE_OF_OPS];
    const edit = (text: string) => restage(text, 'draft', 'edit');
    const history = /history:\n(?: {2}.*\n)+/;
    const entry = 'history:\n  - stage: edit\n    entered: 2026-11-20\n';
    const without = original.replace(history, '');
    advancesTo(STATE_OF_OPS, without, edit(original.replace(history, entry)), 'draft', 'edit');
    // At its first stage, with no approvals yet: the history goes at the end, with or without a final newline.
    const first = restage(without.replace(/approvals:\n(?: {2}.*\n)+/, ''), 'draft', 'ideation');
    const toBrief = (text: string) => restage(text, 'ideation', 'brief');
    const briefEntry = 'history:\n  - stage: brief\n    entered: 2026-11-20';
    advancesTo(STATE_OF_OPS, first, toBrief(`${first}${briefEntry}\n`), 'ideation', 'brief');
    advancesTo(STATE_OF_OPS, first.trimEnd(), toBrief(`${first}${briefEntry}`), 'ideation', 'brief');
    const more = '# notes, not a mops document\n---\nnotes: [a, b]\n';
    advancesTo(STATE_OF_OPS, `${first}${more}`, toBrief(`${first}${briefEntry}\n${more}`), 'ideation', 'brief');
    const emptyList = original.replace(history, 'history: []\n');
    advancesTo(STATE_OF_OPS, emptyList, edit(original.replace(history, 'history: [{ stage: edit, entered: 2026-11-20 }]\n')), 'draft', 'edit');
    assert.deepEqual(refusal(STATE_OF_OPS, original.replace(history, 'history:\n')), [
      "Line 37 has an error to fix first (schema/type): 'history' must be a list, not empty.",
    ]);
  });

  it('refuses when the gate has no approval from someone with its role, naming what is missing', () => {
    assert.deepEqual(refusal(WEBINAR, webinar()), ["The 'creative' gate has no approval from a person with the role 'brand'."]);
    assert.deepEqual(refusal(WEBINAR, webinar(CREATIVE_APPROVAL('tom.becker', 'pending'))), [
      "The 'creative' gate has no approval from a person with the role 'brand' (the decision by tom.becker is pending).",
    ]);
    assert.deepEqual(refusal(WEBINAR, webinar(CREATIVE_APPROVAL('li.wei'))), [
      "The 'creative' gate has no approval from a person with the role 'brand'.",
      "li.wei approved the 'creative' gate without the role 'brand'; li.wei holds analytics, campaign-ops.",
    ]);
    assert.deepEqual(refusal(WEBINAR, webinar(CREATIVE_APPROVAL('tom.baker'))), [
      "The 'creative' gate has no approval from a person with the role 'brand'.",
      "tom.baker, who approved the 'creative' gate, is not in the Team. Did you mean 'tom.becker'?",
    ]);
  });

  it('refuses an approved gate with unconfirmed checklist items or empty required fields', () => {
    const atReview = TREE[BLACK_FRIDAY].replace('stage: launch\n', 'stage: review\n')
      .replace(/ {2}- gate: qa\n(?: {4}.*\n)+/, '')
      .replace(/ {2}- stage: qa\n.*\n {2}- stage: launch\n.*\n/, '')
      .replace('checklist: [brand-guidelines, legal-compliance]', 'checklist: [brand-guidelines]');
    assert.deepEqual(refusal(BLACK_FRIDAY, atReview), ["The approval of the 'review' gate by ana.silva does not confirm the checklist item legal-compliance."]);
    const atBrief = TREE[WEBINAR].replace('stage: creative\n', 'stage: brief\n')
      .replace(/ {2}- stage: creative\n.*\n/, '')
      .replace(/success_metrics:\n(?: {2}.*\n)+/, '')
      .replace('audience:\n  segment: emea-ops-leaders\n  size: 120000\n', 'audience: {}\n');
    assert.deepEqual(refusal(WEBINAR, atBrief), ["The 'brief' gate requires audience, success_metrics, but the brief leaves them empty."]);
  });

  it('checks the approver who advances the brief, when one is named', () => {
    const approved = webinar(CREATIVE_APPROVAL());
    assert.deepEqual(refusal(WEBINAR, approved, { approver: 'priya.shah' }), [
      "priya.shah cannot move the brief past the 'creative' gate without the role 'brand'; priya.shah holds campaign-ops.",
    ]);
    assert.deepEqual(refusal(WEBINAR, approved, { approver: 'nobody' }), ['nobody is not in the Team, so cannot advance the brief.']);
    assert.equal(advance(WEBINAR, approved, { approver: 'tom.becker' }).result.ok, true);
    assert.equal(advance(BLACK_FRIDAY, TREE[BLACK_FRIDAY], { approver: 'ana.silva' }).result.ok, true, 'launch has no gate');
  });

  it('refuses what entering the next stage would break, and any error in the file', () => {
    const noMetrics = TREE[STATE_OF_OPS].replace('stage: draft\n', 'stage: design\n')
      .replace(/success_metrics:\n(?: {2}.*\n)+/, '')
      .replace('    date: 2026-11-02\n', '    date: 2026-11-02\n  - gate: edit\n    approver: tom.becker\n    status: approved\n    date: 2026-11-15\n')
      .replace('    entered: 2026-11-09\n', '    entered: 2026-11-09\n  - stage: edit\n    entered: 2026-11-12\n  - stage: design\n    entered: 2026-11-16\n');
    assert.deepEqual(refusal(STATE_OF_OPS, noMetrics), ["The brief has no success_metrics; agree them before it enters 'publish'."]);
    assert.deepEqual(refusal(WEBINAR, webinar(CREATIVE_APPROVAL()), { today: parseDay('2026-11-10') }), [
      "2026-11-10 is before 2026-11-12, the day the brief entered 'creative'; the history would run backwards.",
    ]);
    const late = webinar(CREATIVE_APPROVAL()).replace('launch: 2026-12-10', 'launch: 2026-11-01');
    assert.deepEqual(refusal(WEBINAR, late), [
      'Line 19 has an error to fix first (brief/timeline-order): launch (2026-11-01) is before brief_approved (2026-11-12).',
    ]);
  });

  it('refuses at the last stage and for a brief that is not active', () => {
    assert.deepEqual(refusal(BACK_TO_SCHOOL, TREE[BACK_TO_SCHOOL]), [
      'The brief is closed; only an active brief can advance.',
      "'report' is the last stage of the 'campaign' workflow; the brief cannot advance further.",
    ]);
    assert.deepEqual(refusal(BACK_TO_SCHOOL, TREE[BACK_TO_SCHOOL].replace('status: closed', 'status: active')), [
      "'report' is the last stage of the 'campaign' workflow; the brief cannot advance further.",
    ]);
    assert.deepEqual(refusal(WEBINAR, webinar(CREATIVE_APPROVAL()).replace('status: active', 'status: on-hold')), [
      'The brief is on-hold; only an active brief can advance.',
    ]);
  });

  it('says so when there is no brief to advance', () => {
    const ws = playbook({});
    assert.deepEqual(advanceBrief(ws, 'nowhere.yaml', { today: TODAY }), {
      ok: false,
      reasons: ['There is no file nowhere.yaml in the playbook.'],
      blockers: [{ message: 'There is no file nowhere.yaml in the playbook.' }],
    });
    assert.deepEqual(advanceBrief(ws, 'team.yaml', { today: TODAY }), { ok: false, reasons: ['team.yaml holds no brief.'], blockers: [{ message: 'team.yaml holds no brief.' }] });
  });

  it('every brief of the reference playbook that may advance checks as cleanly afterwards', () => {
    const advanced = Object.keys(TREE)
      .filter((p) => p.startsWith('campaigns/'))
      .filter((path) => {
        const { result } = advance(path, TREE[path]);
        if (result.ok) advancesTo(path, TREE[path], applyEdits(TREE[path], result.edits), result.from, result.to);
        return result.ok;
      });
    assert.deepEqual(advanced, [BLACK_FRIDAY, STATE_OF_OPS]);
  });
});
