// The queue report: what waits for one person (or each member), on a fixture whose figures are computed by hand in
// its comments (test/fixtures/reports/queue), in every format; and how the CLI finds whose queue it is.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildReport, parseDay, renderReport } from '../../../src/core';
import { cleanup, FIXTURES, loadDir, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';
import { parseCsv } from './util';

const QUEUE = join(FIXTURES, 'reports', 'queue');

async function queue(person?: string, today?: string) {
  const workspace = await loadDir(QUEUE);
  return buildReport('queue', workspace, { person, today: today === undefined ? undefined : parseDay(today) });
}

const rowsOf = (items: Array<{ person: string; kind: string; subject: string; due: string | null; daysPastDue: number | null; severity: string; for: string | null }>) =>
  items.map((i) => [i.person, i.kind, i.subject, i.due, i.daysPastDue, i.severity, i.for]);

/** A copy of the fixture in a git repository whose user.email is `email` (none: unset), git's other config files ignored. */
function repoWithEmail(email: string | undefined): { dir: string; env: Record<string, string> } {
  const dir = tempPlaybook(readTree(QUEUE));
  const env = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...env }, stdio: 'ignore' });
  git('init', '-q');
  if (email !== undefined) git('config', 'user.email', email);
  return { dir, env };
}

describe('queue report', () => {
  afterEach(cleanup);

  it("every member's queue (report all): soonest due first, kinds in table order when the day ties", async () => {
    const { data } = await queue();
    assert.equal(data.person, null);
    assert.deepEqual(rowsOf(data.items), [
      // email-tool: reviewed 2026-05-01 every 180 days → due 2026-10-28, 23 days before 2026-11-20
      ['li.wei', 'tool-review', 'email-tool', '2026-10-28', 23, 'warning', null],
      // launch-checklist: 2026-08-01 + 90 → 2026-10-30, 21 days
      ['tom.becker', 'sop-review', 'launch-checklist', '2026-10-30', 21, 'warning', null],
      // crm-tool: renewal 2026-12-31 − 60 days' notice → 2026-11-01, 19 days ago; auto-renews → error
      ['priya.shah', 'notice', 'crm-tool', '2026-11-01', 19, 'error', null],
      // q-creative-late: creative since 2026-11-05, SLA 10 → due 2026-11-15, 5 days late: Tom's gate (brand), Priya's SLA
      ['tom.becker', 'approval', 'q-creative-late', '2026-11-15', 5, 'warning', null],
      ['priya.shah', 'sla', 'q-creative-late', '2026-11-15', 5, 'warning', null],
      // q-brief-gate: brief since 2026-11-17, SLA 5 → due 2026-11-22; Maria is away (11-18..11-24): Priya acts for her
      ['priya.shah', 'approval', 'q-brief-gate', '2026-11-22', -2, 'info', 'maria.lopez'],
    ]);
    assert.deepEqual(
      data.kinds.map((k) => [k.kind, k.items]),
      [
        ['approval', 2],
        ['sla', 1],
        ['launch', 0],
        ['notice', 1],
        ['tool-review', 1],
        ['sop-review', 1],
      ],
    );
  });

  it("one person's queue, with the line each item is about", async () => {
    const { data, document } = await queue('priya.shah');
    assert.equal(data.personName, 'Priya Shah');
    assert.deepEqual(
      data.items.map((i) => [i.kind, i.subject, i.file, i.line]),
      [
        ['notice', 'crm-tool', 'tools.yaml', 9],
        ['sla', 'q-creative-late', 'briefs.yaml', 23],
        ['approval', 'q-brief-gate', 'briefs.yaml', 9],
      ],
    );
    assert.match(data.items[2].message, /^Approve the 'brief' gate \(marketing-lead\)\. Due by 2026-11-22 \(the stage's SLA: 5 days\)\. As delegate for maria\.lopez, away until 2026-11-24\.$/);
    // Whose, items 3, past due 2 (19 and 5 days), then one card per kind.
    assert.deepEqual(
      document.summary.map((f) => [f.label, f.value]),
      [
        ['Whose', 'Priya Shah (priya.shah)'],
        ['Items', 3],
        ['Past due', 2],
        ['Approvals waiting', 1],
        ['Briefs over SLA', 1],
        ['Launches missed or at risk', 0],
        ['Notice deadlines', 1],
        ['Tool reviews due', 0],
        ['SOP reviews due', 0],
      ],
    );
  });

  it('an away member gets no approvals; after the period they come back to her and not to the delegate', async () => {
    assert.deepEqual((await queue('maria.lopez')).data.items, []);
    // On 2026-11-25 Maria is back: the brief gate (still unapproved) is hers; Priya keeps her own items only.
    const back = await queue('maria.lopez', '2026-11-25');
    assert.deepEqual(rowsOf(back.data.items), [['maria.lopez', 'approval', 'q-brief-gate', '2026-11-22', 3, 'warning', null]]);
    assert.ok(!(await queue('priya.shah', '2026-11-25')).data.items.some((i) => i.kind === 'approval'));
  });

  it('an approved gate and a rejected one wait for nobody; a closed brief is held to nothing', async () => {
    const { data } = await queue();
    for (const subject of ['q-qa-approved', 'q-creative-rejected', 'q-closed']) assert.ok(!data.items.some((i) => i.subject === subject), subject);
  });

  it("the owner's launch missed or at risk: brief/launch-missed's and brief/launch-at-risk's verdicts", async () => {
    // The reference playbook on 2027-01-05: the winter webinar (owner li.wei) was to launch 2026-12-10 and is
    // still at creative, 26 days later; brief/launch-missed reports it on timeline.launch, line 19.
    const workspace = await loadDir(REFERENCE);
    const { data } = buildReport('queue', workspace, { person: 'li.wei', today: parseDay('2027-01-05') });
    const launches = data.items.filter((i) => i.kind === 'launch');
    assert.deepEqual(launches.map((i) => [i.subject, i.due, i.daysPastDue, i.severity, i.file, i.line]), [['2026q4-emea-social-winter-webinar', '2026-12-10', 26, 'warning', 'campaigns/2026q4-emea-social-winter-webinar.yaml', 19]]);
    const findings = workspace.allFindings().filter((f) => f.rule === 'brief/launch-missed' || f.rule === 'brief/launch-at-risk');
    assert.deepEqual(findings, [], 'on its own day (2026-11-20) the reference has none: the verdict is the rule\'s, on the day asked');
  });

  it('renders the same items in every format', async () => {
    const report = await queue('priya.shah');
    const json = JSON.parse(renderReport(report, 'json'));
    assert.deepEqual(json.data, JSON.parse(JSON.stringify(report.data)));
    const csv = parseCsv(renderReport(report, 'csv'));
    assert.deepEqual(csv[0], ['Kind', 'Item', 'Title', 'Due', 'Days past due', 'What to do', 'Acting for', 'File']);
    assert.deepEqual(
      csv.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[6], r[7]]),
      [
        ['Notice deadlines', 'crm-tool', '2026-11-01', '19', '', 'tools.yaml:9'],
        ['Briefs over SLA', 'q-creative-late', '2026-11-15', '5', '', 'briefs.yaml:23'],
        ['Approvals waiting', 'q-brief-gate', '2026-11-22', '-2', 'maria.lopez', 'briefs.yaml:9'],
      ],
    );
    const md = renderReport(report, 'md');
    assert.match(md, /^## My queue\n\nAs of 2026-11-20[^\n]*\n\n- \*\*Whose:\*\* Priya Shah \(priya\.shah\)\n/);
    // The notice deadline missed on an auto-renewing contract is red; the approval still ahead has no mark.
    assert.match(md, /\| Notice deadlines \| 🔴 crm-tool \| The CRM \| 2026-11-01 \| 🔴 19 d \|/);
    assert.match(md, /\| Approvals waiting \| q-brief-gate \| Waiting at the brief gate \| 2026-11-22 \| -2 d \|/);
    assert.match(md, /### SOP reviews due\n\n_Nothing of this kind on 2026-11-20\._/);
    const html = renderReport(report, 'html');
    assert.match(html, /Priya Shah \(priya\.shah\)/);
    assert.match(html, /briefs\.yaml:9/);
  });
});

describe('mops report queue (CLI)', () => {
  afterEach(cleanup);

  it("finds the person by git's user.email, case aside", async () => {
    const { dir, env } = repoWithEmail('priya.shah@acme.example');
    const run = await runCli(['report', 'queue', dir, '--format', 'json'], dir, env);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.data.person, 'priya.shah');
    assert.equal(json.data.items.length, 3);
  });

  it('--person names someone else, and an unknown id gets a suggestion', async () => {
    const ok = await runCli(['report', 'queue', QUEUE, '--person', 'tom.becker', '--format', 'csv']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(
      parseCsv(ok.stdout).slice(1).map((r) => r[1]),
      ['launch-checklist', 'q-creative-late'],
    );
    const bad = await runCli(['report', 'queue', QUEUE, '--person', 'tom.beker']);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, "mops: --person tom.beker: nobody in the Team has that id. Did you mean 'tom.becker'?\n");
  });

  it('exit 2 naming what was tried: no member with that email, or no email at all', async () => {
    const nobody = repoWithEmail('someone@else.example');
    const run = await runCli(['report', 'queue', nobody.dir], nobody.dir, nobody.env);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /looked for git config user\.email \(someone@else\.example\) in the Team, and no member has that email; name the person with --person ID/);
    const unset = repoWithEmail(undefined);
    const none = await runCli(['report', 'queue', unset.dir], unset.dir, unset.env);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /git config user\.email is not set, so it cannot tell who you are; name the person with --person ID/);
  });

  it('--person belongs to the queue only', async () => {
    const run = await runCli(['report', 'pipeline', QUEUE, '--person', 'tom.becker']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--person is for mops report queue/);
  });
});
