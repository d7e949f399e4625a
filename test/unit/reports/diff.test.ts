// The diff report from two in-memory workspaces (the reference playbook, edited): its figures worked out by hand.

import assert from 'node:assert/strict';
import { buildDiffReport, isReportName, renderDiffReport, RULES, type DiffReport, type Workspace } from '../../../src/core';
import { readTree, REFERENCE, workspaceOf } from '../../helpers';
import { mdTables, parseCsv } from './util';

const FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';
const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const SCHOOL = 'campaigns/2026q3-na-search-back-to-school.yaml';
const REFERENCE_FILES = readTree(REFERENCE);

type Files = Record<string, string>;

function edit(files: Files, path: string, from: string, to: string): void {
  assert.ok(files[path].includes(from), `${path} holds ${from}`);
  files[path] = files[path].replace(from, to);
}

/** The reference playbook with edits, checked with every rule as of its Config today (2026-11-20). */
function playbook(change: (files: Files) => void = () => undefined): Workspace {
  const files = { ...REFERENCE_FILES };
  change(files);
  return workspaceOf(files, { rules: RULES });
}

const diff = (base: Workspace, head: Workspace, renames?: Record<string, string>): DiffReport => buildDiffReport(base, head, { renames });
const findings = (report: DiffReport) => report.data.findings.map((f) => `${f.change} ${f.file}:${f.line} ${f.rule}`);

/** The webinar moves from creative to review, with the creative gate approved by Tom Becker (role brand). */
function moveWebinar(files: Files): void {
  edit(files, WEBINAR, 'stage: creative\n', 'stage: review\n');
  edit(files, WEBINAR, '    date: 2026-11-12\nhistory:', '    date: 2026-11-12\n  - gate: creative\n    approver: tom.becker\n    status: approved\n    date: 2026-11-19\nhistory:');
  edit(files, WEBINAR, '    entered: 2026-11-12\n', '    entered: 2026-11-12\n  - stage: review\n    entered: 2026-11-19\n');
}

describe('diff report', () => {
  it('is not one of the one-workspace reports', () => {
    assert.equal(isReportName('diff'), false);
  });

  it('says in one line that nothing changed', () => {
    const report = diff(playbook(), playbook());
    assert.deepEqual(report.document.sections, []);
    assert.equal(
      renderDiffReport(report, 'md'),
      '## Playbook changes\n\nAs of 2026-11-20, computed by mops from the playbook files.\n\n- **Verdict:** 🟢 adds no findings; CI passes\n- **Changes:** none to the team, briefs, gates, budget, tools, due dates or findings\n',
    );
    // The CSV is the header and the verdict.
    assert.deepEqual(parseCsv(renderDiffReport(report, 'csv')), [
      ['Area', 'Id', 'Change', 'Before', 'After', 'Detail', 'File'],
      ['verdict', '', 'CI passes', '', '', 'adds no findings; CI passes', ''],
    ]);
  });

  it('a brief moved between stages and the gate approved for it, and nothing else', () => {
    const report = buildDiffReport(playbook(), playbook(moveWebinar), { base: 'origin/main' });
    assert.deepEqual(report.data.briefs, [
      {
        id: '2026q4-emea-social-winter-webinar',
        title: 'Winter operations webinar',
        file: WEBINAR,
        change: 'moved',
        before: { workflow: 'campaign', stage: 'creative', status: 'active' },
        after: { workflow: 'campaign', stage: 'review', status: 'active' },
      },
    ]);
    // The brief gate was approved on the base already: only creative is new.
    assert.deepEqual(report.data.approvals, [
      { brief: '2026q4-emea-social-winter-webinar', gate: 'creative', approver: 'tom.becker', approverName: 'Tom Becker', date: '2026-11-19', file: WEBINAR },
    ]);
    // In review since 2026-11-19: 1 day of its 3-day SLA; the creative gate has no checklist: no finding.
    assert.deepEqual(report.data.findings, []);
    assert.equal(
      renderDiffReport(report, 'md'),
      [
        '## Playbook changes compared with origin/main',
        '',
        'As of 2026-11-20, computed by mops from the playbook files.',
        '',
        '- **Verdict:** 🟢 adds no findings; CI passes',
        '- **Briefs:** 1 moved',
        '- **Gates approved:** 1',
        '',
        '### Briefs',
        '',
        '| Brief | Title | Change | Before | After |',
        '| --- | --- | --- | --- | --- |',
        '| 2026q4-emea-social-winter-webinar | Winter operations webinar | moved | creative | review |',
        '',
        '### Gates approved',
        '',
        '| Brief | Gate | Approver | Date |',
        '| --- | --- | --- | --- |',
        '| 2026q4-emea-social-winter-webinar | creative | Tom Becker | 2026-11-19 |',
        '',
      ].join('\n'),
    );
  });

  it('planned spend per allocation before and after, and an allocation cut below its plan', () => {
    const head = playbook((files) => {
      // The webinar plans 11,000 instead of 9,000 (its lines still add up: 9,000 + 2,000).
      edit(files, WEBINAR, 'planned: 9000', 'planned: 11000');
      edit(files, WEBINAR, 'planned: 7000', 'planned: 9000');
      edit(files, 'budget/fy2026.yaml', 'amount: 150000', 'amount: 20000');
    });
    const report = diff(playbook(), head);
    assert.deepEqual(report.data.budget, [
      // demand-gen counts back-to-school 15,000 + black-friday 20,000 + webinar 9,000 = 44,000, then 46,000;
      // actual 14,200 + 18,600 + 0 = 32,800 on both sides; unplanned 400,000 − 46,000; unspent 400,000 − 32,800.
      {
        budget: 'fy2026',
        program: 'demand-gen',
        currency: 'USD',
        allocationBefore: 400000,
        allocationAfter: 400000,
        plannedBefore: 44000,
        plannedAfter: 46000,
        plannedChange: 2000,
        actualBefore: 32800,
        actualAfter: 32800,
        unplanned: 354000,
        unspent: 367200,
      },
      // brand counts state-of-ops 30,000 (6,000 spent) against 150,000, then against 20,000: 20,000 − 30,000 = over by
      // 10,000; 20,000 − 6,000 = 14,000 unspent.
      {
        budget: 'fy2026',
        program: 'brand',
        currency: 'USD',
        allocationBefore: 150000,
        allocationAfter: 20000,
        plannedBefore: 30000,
        plannedAfter: 30000,
        plannedChange: 0,
        actualBefore: 6000,
        actualAfter: 6000,
        unplanned: -10000,
        unspent: 14000,
      },
    ]);
    // budget/over-allocation sits on the brand allocation's amount (line 12 of budget/fy2026.yaml).
    assert.deepEqual(findings(report), ['new budget/fy2026.yaml:12 budget/over-allocation']);
    const md = renderDiffReport(report, 'md');
    assert.match(md, /^- \*\*Planned change \(USD\):\*\* 🔴 \+2,000$/m);
    // The webinar's planned budget is its one field change (the Brief fields table comes first).
    assert.deepEqual(report.data.fields, [{ brief: '2026q4-emea-social-winter-webinar', file: WEBINAR, field: 'budget', before: '9000 USD', after: '11000 USD' }]);
    // budget/over-allocation is an error: CI fails on it.
    assert.match(md, /^- \*\*Verdict:\*\* 🔴 adds 1 error; CI fails$/m);
    assert.deepEqual(mdTables(md)[1], [
      '| Program | Allocation before | Allocation after | Planned before | Planned after | Planned change | Actual | Unplanned | Unspent |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| demand-gen | 400,000 | 400,000 | 44,000 | 46,000 | +2,000 | 32,800 | 354,000 | 367,200 |',
      '| brand | 150,000 | 20,000 | 30,000 | 30,000 | 0 | 6,000 | 🔴 over by 10,000 | 14,000 |',
    ]);
  });

  it('a tool retired, a tool added, and the change in annual cost', () => {
    const head = playbook((files) => {
      edit(files, 'martech/hubspot.yaml', 'status: active', 'status: retired');
      files['martech/canva.yaml'] =
        'apiVersion: mops/v1\nkind: Tool\nid: canva\nname: Canva\ncategory: design\nowner: tom.becker\nstatus: active\ncost:\n  annual: 1200\n  currency: USD\nlast_review: 2026-11-01\nreview_every_days: 180\ndata:\n  pii: false\n';
    });
    const report = diff(playbook(), head);
    // In the head's file order: martech/canva.yaml sorts before martech/hubspot.yaml.
    assert.deepEqual(report.data.tools, [
      { id: 'canva', name: 'Canva', file: 'martech/canva.yaml', change: 'added', statusBefore: null, statusAfter: 'active', costBefore: null, costAfter: 1200, currency: 'USD' },
      { id: 'hubspot', name: 'HubSpot Marketing Hub', file: 'martech/hubspot.yaml', change: 'status', statusBefore: 'active', statusAfter: 'retired', costBefore: 36000, costAfter: 36000, currency: 'USD' },
    ]);
    // Tools not retired: 36,000 + 54,000 + 0 + 0 = 90,000; then 54,000 + 0 + 0 + 1,200 = 55,200.
    assert.deepEqual(report.data.cost, { currency: 'USD', before: 90000, after: 55200, change: -34800 });
    // Three active briefs list hubspot in their tools (martech/retired-in-use on the list item, on their
    // `tools:` lines 47, 72 and 44); back to school is closed.
    assert.deepEqual(findings(report), [
      `new ${WEBINAR}:47 martech/retired-in-use`,
      `new ${FRIDAY}:72 martech/retired-in-use`,
      'new campaigns/2027q1-global-content-state-of-ops.yaml:44 martech/retired-in-use',
    ]);
    const md = renderDiffReport(report, 'md');
    assert.match(md, /^- \*\*Tools:\*\* 1 added, 1 retired$/m);
    assert.match(md, /^- \*\*Annual tool cost \(USD\):\*\* -34,800$/m);
    assert.match(md, /^Annual cost of the tools not retired: 90,000 → 55,200 USD \(-34,800\)\.$/m);
  });

  it('renewals and reviews newly due, in the martech report windows', () => {
    const head = playbook((files) => {
      edit(files, 'martech/register.yaml', 'renewal: 2027-09-01', 'renewal: 2027-01-31');
      edit(files, 'martech/register.yaml', 'last_review: 2026-10-20\nreview_every_days: 90', 'last_review: 2026-10-20\nreview_every_days: 20');
      edit(files, 'sops/new-tool-request.yaml', 'review_every_days: 365', 'review_every_days: 120');
    });
    const report = diff(playbook(), head);
    assert.deepEqual(report.data.renewals, [
      {
        tool: 'salesforce',
        name: 'Salesforce Sales Cloud',
        renewal: '2027-01-31', // 10 + 31 + 31 = 72 days ahead: inside the 90-day window
        noticeDeadline: '2026-11-02', // 2027-01-31 − 90 days (31 + 31 + 28)
        daysToNotice: -18, // passed on Nov 2, 18 days before Nov 20
        noticeDue: true,
        severity: 'warning', // missed, but the contract does not renew by itself
        autoRenew: false,
        annualCost: 54000,
      },
    ]);
    assert.deepEqual(report.data.reviews, [
      // 2026-07-01 + 120 days = 2026-10-29 (30 + 31 + 30 + 29); Nov 20 is 22 days later.
      { kind: 'Sop', id: 'new-tool-request', owner: 'Li Wei', due: '2026-10-29', daysOverdue: 22 },
      // 2026-10-20 + 20 days = 2026-11-09; 11 days before Nov 20.
      { kind: 'Tool', id: 'meta-ads', owner: 'Priya Shah', due: '2026-11-09', daysOverdue: 11 },
    ]);
    assert.deepEqual(findings(report), [
      'new martech/register.yaml:16 martech/renewal-due',
      'new martech/register.yaml:52 martech/review-overdue',
      'new sops/new-tool-request.yaml:7 sop/review-overdue',
    ]);
    const md = renderDiffReport(report, 'md');
    assert.deepEqual(mdTables(md).slice(0, 2), [
      [
        '| Tool | Renewal | Notice deadline | Days to notice | Auto-renew | Annual cost |',
        '| --- | --- | --- | ---: | --- | ---: |',
        '| salesforce | 2027-01-31 | 🟡 2026-11-02 | 🟡 -18 | no | 54,000 |',
      ],
      [
        '| Kind | Id | Owner | Due | Days overdue |',
        '| --- | --- | --- | --- | ---: |',
        '| SOP | new-tool-request | Li Wei | 2026-10-29 | 🟡 22 |',
        '| tool | meta-ads | Priya Shah | 2026-11-09 | 🟡 11 |',
      ],
    ]);
  });

  it('matches findings on rule, file and offending text, not on lines', () => {
    const base = playbook((files) => {
      edit(files, FRIDAY, 'utm_content=hero-early-access', 'utm_content=Hero-early-access');
      edit(files, SCHOOL, 'utm_source=google', 'utm_source=Google');
    });
    const head = playbook((files) => {
      edit(files, FRIDAY, 'utm_content=footer-early-access', 'utm_content=Footer-early-access');
      edit(files, SCHOOL, 'utm_source=google', 'utm_source=Google');
      // Two lines above the back-to-school link move its finding from line 71 to 73: the same finding.
      files[SCHOOL] = `# Closed in August.\n# Kept for the yearly report.\n${files[SCHOOL]}`;
    });
    const report = diff(base, head);
    // The footer link (line 71) breaks the case rule; the hero link (line 69) no longer does.
    assert.deepEqual(findings(report), [`new ${FRIDAY}:71 utm/case`, `fixed ${FRIDAY}:69 utm/case`]);
    assert.deepEqual(report.data.briefs, []);
    const md = renderDiffReport(report, 'md');
    assert.match(md, /^- \*\*Findings:\*\* 🔴 1 new \(1 error\), 1 fixed$/m);
    assert.match(md, /^- \*\*Verdict:\*\* 🔴 adds 1 error, fixes 1 finding; CI fails$/m);
    // One cause (utm/case on the new text), in a file the change touched; then the findings themselves.
    assert.deepEqual(mdTables(md)[0].slice(2), [`| 🔴 error | utm/case | Footer-early-access | 1 | 0 | ${FRIDAY} | utm\\_content 'Footer-early-access' must be lower case: 'footer-early-access'. |`]);
    assert.deepEqual(mdTables(md)[1].slice(2), [
      `| 🔴 new | error | utm/case | ${FRIDAY}:71 | changed | utm\\_content 'Footer-early-access' must be lower case: 'footer-early-access'. |`,
      `| 🟢 fixed | error | utm/case | ${FRIDAY}:69 | changed | utm\\_content 'Hero-early-access' must be lower case: 'hero-early-access'. |`,
    ]);
  });

  it('keeps a renamed file its briefs and findings when told the rename', () => {
    const broken = (files: Files) => edit(files, SCHOOL, 'utm_source=google', 'utm_source=Google');
    const moved = 'campaigns/2026/back-to-school.yaml';
    const head = playbook((files) => {
      broken(files);
      files[moved] = files[SCHOOL];
      delete files[SCHOOL];
    });
    const base = playbook(broken);
    const renamed = diff(base, head, { [moved]: SCHOOL });
    assert.deepEqual(renamed.data.briefs, []);
    assert.deepEqual(renamed.data.findings, []);
    // Without the rename the brief is still the same brief (by id), but its file's finding is another file's.
    const unknown = diff(base, head);
    assert.deepEqual(unknown.data.briefs, []);
    assert.deepEqual(findings(unknown), [`new ${moved}:71 utm/case`, `fixed ${SCHOOL}:71 utm/case`]);
  });

  it('a brief added, a brief removed, and their effect on the budget', () => {
    const head = playbook((files) => {
      files['campaigns/2026q4-emea-social-spring-webinar.yaml'] = files[WEBINAR].replaceAll('2026q4-emea-social-winter-webinar', '2026q4-emea-social-spring-webinar').replace('title: Winter operations webinar', 'title: Spring webinar');
      delete files[SCHOOL];
    });
    const report = diff(playbook(), head);
    assert.deepEqual(
      report.data.briefs.map((b) => [b.change, b.id, b.before, b.after]),
      [
        ['added', '2026q4-emea-social-spring-webinar', null, { workflow: 'campaign', stage: 'creative', status: 'active' }],
        ['removed', '2026q3-na-search-back-to-school', { workflow: 'campaign', stage: 'report', status: 'closed' }, null],
      ],
    );
    // A new brief brings its approvals with it.
    assert.deepEqual(report.data.approvals.map((a) => `${a.brief} ${a.gate} ${a.approver}`), ['2026q4-emea-social-spring-webinar brief maria.lopez']);
    // demand-gen: 44,000 − 15,000 (back to school) + 9,000 (spring webinar) = 38,000.
    assert.deepEqual(report.data.budget.map((b) => [b.program, b.plannedBefore, b.plannedAfter, b.plannedChange]), [['demand-gen', 44000, 38000, -6000]]);
    assert.deepEqual(report.data.findings, []);
    assert.deepEqual(mdTables(renderDiffReport(report, 'md'))[0].slice(2), [
      '| 2026q4-emea-social-spring-webinar | Spring webinar | added | — | creative |',
      '| 2026q3-na-search-back-to-school | Back to school search push | removed | report (closed) | — |',
    ]);
  });

  it('a brief whose file did not parse on the base is not new, and the other way round', () => {
    const broken = (files: Files) => edit(files, WEBINAR, 'title: Winter operations webinar', 'title: [Winter operations webinar');
    const report = diff(playbook(broken), playbook());
    assert.deepEqual(report.data.briefs.map((b) => [b.change, b.id, b.before, b.after?.stage]), [['parses now', '2026q4-emea-social-winter-webinar', null, 'creative']]);
    // Its approvals were not readable on the base: not reported as approved by this change.
    assert.deepEqual(report.data.approvals, []);
    // demand-gen on the base counts back to school and black friday only: 35,000, then 44,000.
    assert.deepEqual(report.data.budget.map((b) => [b.program, b.plannedBefore, b.plannedAfter]), [['demand-gen', 35000, 44000]]);
    // The unclosed flow sequence on the title (line 5) is the base's one finding.
    assert.deepEqual(findings(report), [`fixed ${WEBINAR}:5 yaml/syntax`]);
    assert.deepEqual(report.document.notes, [`Did not parse on the base, so their documents count on this side only: ${WEBINAR}.`]);
    const md = renderDiffReport(report, 'md');
    assert.ok(md.includes('| 2026q4-emea-social-winter-webinar | Winter operations webinar | parses now | does not parse | creative |'), md);

    const back = diff(playbook(), playbook(broken));
    assert.deepEqual(back.data.briefs.map((b) => [b.change, b.id]), [['no longer parses', '2026q4-emea-social-winter-webinar']]);
    assert.deepEqual(findings(back), [`new ${WEBINAR}:5 yaml/syntax`]);
    assert.deepEqual(back.data.budget.map((b) => [b.program, b.plannedBefore, b.plannedAfter]), [['demand-gen', 44000, 35000]]);
    assert.deepEqual(back.document.notes, [`Do not parse any more, so their documents count on the base only: ${WEBINAR}.`]);
  });

  it('shows at most 50 rows a table in Markdown, and every row in CSV', () => {
    const head = playbook((files) => {
      for (let i = 0; i < 55; i++) files[`campaigns/copy-${i}.yaml`] = files[FRIDAY].replaceAll('2026q4-na-email-black-friday', `2026q4-na-email-black-friday-${i}`);
    });
    const report = diff(playbook(), head);
    assert.equal(report.data.briefs.length, 55);
    const md = renderDiffReport(report, 'md');
    // Each copy arrives with its four approved gates: 220 approvals, 50 shown.
    assert.match(md, /^- \*\*Briefs:\*\* 55 added\n- \*\*Gates approved:\*\* 220$/m);
    // 55 × 20,000 more in demand-gen breaks its 400,000: one budget row, one new budget/over-allocation (one cause).
    assert.deepEqual(mdTables(md).map((t) => t.length - 2), [50, 50, 1, 1, 1]);
    // Ids in numeric order: copies 0 to 49 shown, 50 to 54 counted.
    assert.match(md, /\| 2026q4-na-email-black-friday-49 \| Black Friday early access \| added \| — \| launch \|\n\n… and 5 more \(the JSON and CSV formats list them all\)\.\n/);
    // The header, the verdict, 55 briefs, 220 approvals, the budget row and the finding.
    assert.equal(parseCsv(renderDiffReport(report, 'csv')).length, 1 + 1 + 55 + 220 + 1 + 1);
  });

  it('renders HTML and JSON from the same report, and CSV with one row per change', () => {
    const report = diff(playbook(), playbook(moveWebinar));
    const html = renderDiffReport(report, 'html');
    assert.match(html, /<h2>Briefs<\/h2>/);
    assert.ok(html.includes('<tr><td>2026q4-emea-social-winter-webinar</td><td>Winter operations webinar</td><td class="nw">moved</td><td class="nw">creative</td><td class="nw">review</td></tr>'));
    const json = JSON.parse(renderDiffReport(report, 'json')) as { report: string; data: DiffReport['data'] };
    assert.equal(json.report, 'diff');
    assert.deepEqual(json.data.approvals, report.data.approvals);
    assert.deepEqual(parseCsv(renderDiffReport(report, 'csv')), [
      ['Area', 'Id', 'Change', 'Before', 'After', 'Detail', 'File'],
      ['verdict', '', 'CI passes', '', '', 'adds no findings; CI passes', ''],
      ['brief', '2026q4-emea-social-winter-webinar', 'moved', 'campaign/creative', 'campaign/review', 'Winter operations webinar', WEBINAR],
      ['gate', '2026q4-emea-social-winter-webinar', 'approved', '', 'creative', 'by tom.becker on 2026-11-19', WEBINAR],
    ]);
  });
  it('people removed and what they orphan, brief fields, findings by cause and knock-on, the verdict, in every format', () => {
    const head = playbook((files) => {
      // Ana (the only legal) and Li leave; Sam joins as brand; Maria takes brand too.
      edit(files, 'team.yaml', '  - id: ana.silva\n    name: Ana Silva\n    roles: [legal]\n', '');
      edit(files, 'team.yaml', '  - id: li.wei\n    name: Li Wei\n    roles: [analytics, campaign-ops]\n', '  - id: sam.lee\n    name: Sam Lee\n    roles: [brand]\n');
      edit(files, 'team.yaml', 'roles: [marketing-lead]', 'roles: [marketing-lead, brand]');
      // Black Friday: new owner, on hold, launch a day later.
      edit(files, FRIDAY, 'owner: priya.shah', 'owner: maria.lopez');
      edit(files, FRIDAY, 'status: active', 'status: on-hold');
      edit(files, FRIDAY, 'launch: 2026-11-18', 'launch: 2026-11-19');
    });
    const report = diff(playbook(), head);
    const { data } = report;
    assert.deepEqual(data.team, [
      // Ana approved two briefs' review gates (records); nobody else is legal: the campaign review gate is orphaned.
      { id: 'ana.silva', name: 'Ana Silva', change: 'removed', rolesBefore: ['legal'], rolesAfter: null, orphanedBriefs: [], orphanedGates: ['campaign/review'] },
      // Li owns the active webinar; Priya still holds campaign-ops, so the qa gate has an approver.
      { id: 'li.wei', name: 'Li Wei', change: 'removed', rolesBefore: ['analytics', 'campaign-ops'], rolesAfter: null, orphanedBriefs: ['2026q4-emea-social-winter-webinar'], orphanedGates: [] },
      { id: 'maria.lopez', name: 'Maria Lopez', change: 'roles', rolesBefore: ['marketing-lead'], rolesAfter: ['marketing-lead', 'brand'], orphanedBriefs: [], orphanedGates: [] },
      { id: 'sam.lee', name: 'Sam Lee', change: 'added', rolesBefore: null, rolesAfter: ['brand'], orphanedBriefs: [], orphanedGates: [] },
    ]);
    assert.deepEqual(
      data.fields.map((f) => [f.field, f.before, f.after]),
      [
        ['launch', '2026-11-18', '2026-11-19'],
        ['owner', 'priya.shah', 'maria.lopez'],
        ['status', 'active', 'on-hold'],
      ],
    );
    // ref/unknown-person on ana.silva: back to school's review approval (line 41, file untouched: knock-on) and
    // Black Friday's (line 47, the file was edited); on li.wei: the register's two tools (lines 7 and 31), back to
    // school's qa approval (46), the new-tool-request SOP (6) and the webinar's owner (8), none of them edited; and
    // ref/unknown-role on the campaign workflow's review gate: nobody holds legal now (a knock-on of the Team edit).
    assert.deepEqual(
      data.causes.map((c) => [c.rule, c.subject, c.severity, c.count, c.knockOn, c.files]),
      [
        ['ref/unknown-person', 'li.wei', 'error', 5, 5, ['campaigns/2026q3-na-search-back-to-school.yaml', WEBINAR, 'martech/register.yaml', 'sops/new-tool-request.yaml']],
        ['ref/unknown-person', 'ana.silva', 'error', 2, 1, ['campaigns/2026q3-na-search-back-to-school.yaml', FRIDAY]],
        ['ref/unknown-role', 'legal', 'error', 1, 1, ['workflows/campaign.yaml']],
      ],
    );
    assert.deepEqual(data.verdict, { newErrors: 8, newWarnings: 0, newInfos: 0, fixed: 0, ciFails: true, text: 'adds 8 errors; CI fails' });

    const md = renderDiffReport(report, 'md');
    assert.match(md, /^As of 2026-11-20, computed by mops from the playbook files\.\n\n- \*\*Verdict:\*\* 🔴 adds 8 errors; CI fails\n- \*\*Team:\*\* 🔴 2 removed, 1 roles changed, 1 added\n/m);
    assert.deepEqual(mdTables(md)[0], [
      '| Person | Name | Change | Roles before | Roles after | Briefs orphaned | Gates orphaned |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| ana.silva | Ana Silva | removed | legal | — | — | 🔴 campaign/review |',
      '| li.wei | Li Wei | removed | analytics, campaign-ops | — | 🔴 2026q4-emea-social-winter-webinar | — |',
      '| maria.lopez | Maria Lopez | roles changed | marketing-lead | marketing-lead, brand | — | — |',
      '| sam.lee | Sam Lee | added | — | brand | — | — |',
    ]);
    const html = renderDiffReport(report, 'html');
    assert.match(html, /<h2>Team<\/h2>/);
    assert.match(html, /adds 8 errors; CI fails/);
    assert.match(html, /<h2>New findings by cause<\/h2>/);
    const json = JSON.parse(renderDiffReport(report, 'json')) as { data: DiffReport['data'] };
    assert.deepEqual(json.data.verdict, data.verdict);
    assert.deepEqual(json.data.team, data.team);
    assert.deepEqual(json.data.causes, data.causes);
    const csv = parseCsv(renderDiffReport(report, 'csv'));
    assert.deepEqual(csv.slice(1, 9), [
      ['verdict', '', 'CI fails', '', '', 'adds 8 errors; CI fails', ''],
      ['person', 'ana.silva', 'removed', 'legal', '', 'gates orphaned: campaign/review', ''],
      ['person', 'li.wei', 'removed', 'analytics, campaign-ops', '', 'briefs orphaned: 2026q4-emea-social-winter-webinar', ''],
      ['person', 'maria.lopez', 'roles', 'marketing-lead', 'marketing-lead, brand', '', ''],
      ['person', 'sam.lee', 'added', '', 'brand', '', ''],
      ['brief field', '2026q4-na-email-black-friday', 'launch', '2026-11-18', '2026-11-19', '', FRIDAY],
      ['brief field', '2026q4-na-email-black-friday', 'owner', 'priya.shah', 'maria.lopez', '', FRIDAY],
      ['brief field', '2026q4-na-email-black-friday', 'status', 'active', 'on-hold', '', FRIDAY],
    ]);
    // The Black Friday finding is in a file the change touched; the other seven are knock-on.
    assert.equal(csv.filter((r) => r[0] === 'finding' && r[2] === 'new (knock-on)').length, 7);
    assert.equal(csv.filter((r) => r[0] === 'finding' && r[2] === 'new').length, 1);
  });
});
