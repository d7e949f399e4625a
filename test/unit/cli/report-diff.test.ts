// `mops report diff --base REV` on real git repositories (a base commit, a branch commit): figures worked out by hand.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanup, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';

const FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';
const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const SCHOOL = 'campaigns/2026q3-na-search-back-to-school.yaml';
const STATE_OF_OPS = 'campaigns/2027q1-global-content-state-of-ops.yaml';
const TOOL_SOP = 'sops/new-tool-request.yaml';

/** Our own identity and settings, so that no user or system git configuration changes the outcome. */
const GIT = ['-c', 'user.name=x', '-c', 'user.email=y', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false'];

interface Repo {
  root: string;
  edit(path: string, from: string, to: string): void;
  write(path: string, text: string): void;
  remove(path: string): void;
  move(from: string, to: string): void;
  /** Commits everything on the branch `change`. */
  commit(): void;
}

/** A repository whose `main` holds the files (under `sub`), with `change` checked out from it. */
function repository(files: Record<string, string>, sub = ''): Repo {
  const top = tempPlaybook(Object.fromEntries(Object.entries(files).map(([p, t]) => [sub ? `${sub}/${p}` : p, t])));
  const root = sub ? join(top, sub) : top;
  const abs = (path: string) => join(root, ...path.split('/'));
  const git = (...args: string[]) => execFileSync('git', [...GIT, ...args], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'change');
  const repo: Repo = {
    root,
    edit(path, from, to) {
      const text = readFileSync(abs(path), 'utf8');
      assert.ok(text.includes(from), `${path} holds ${from}`);
      writeFileSync(abs(path), text.replace(from, to));
    },
    write(path, text) {
      mkdirSync(dirname(abs(path)), { recursive: true });
      writeFileSync(abs(path), text);
    },
    remove: (path) => rmSync(abs(path)),
    move(from, to) {
      mkdirSync(dirname(abs(to)), { recursive: true });
      renameSync(abs(from), abs(to));
    },
    commit() {
      git('add', '-A');
      git('commit', '-q', '-m', 'change');
    },
  };
  return repo;
}

function edited(files: Record<string, string>, path: string, from: string, to: string): void {
  assert.ok(files[path].includes(from), `${path} holds ${from}`);
  files[path] = files[path].replace(from, to);
}

/**
 * The reference playbook with three problems on the base: black friday's hero link in upper case
 * (utm/case), the state-of-ops brief that does not parse (an unclosed flow sequence on its title, line 5),
 * and the new-tool-request SOP reviewed every 120 days (2026-07-01 + 120 = 2026-10-29: overdue).
 */
function messyReference(): Record<string, string> {
  const files = readTree(REFERENCE);
  edited(files, FRIDAY, 'utm_content=hero-early-access', 'utm_content=Hero-early-access');
  edited(files, STATE_OF_OPS, 'title: State of Marketing Ops report 2027', 'title: [State of Marketing Ops report 2027');
  edited(files, TOOL_SOP, 'review_every_days: 365', 'review_every_days: 120');
  return files;
}

describe('mops report diff', () => {
  afterEach(cleanup);

  it('reports what a pull request does to the operation, figures by hand', async () => {
    const repo = repository(messyReference());
    // A stage move with its approval, and a budget change, in a renamed file.
    repo.move(WEBINAR, 'campaigns/emea/winter-webinar.yaml');
    repo.edit('campaigns/emea/winter-webinar.yaml', 'stage: creative\n', 'stage: review\n');
    repo.edit('campaigns/emea/winter-webinar.yaml', '    date: 2026-11-12\nhistory:', '    date: 2026-11-12\n  - gate: creative\n    approver: tom.becker\n    status: approved\n    date: 2026-11-19\nhistory:');
    repo.edit('campaigns/emea/winter-webinar.yaml', '    entered: 2026-11-12\n', '    entered: 2026-11-12\n  - stage: review\n    entered: 2026-11-19\n');
    repo.edit('campaigns/emea/winter-webinar.yaml', 'planned: 9000', 'planned: 11000');
    repo.edit('campaigns/emea/winter-webinar.yaml', 'planned: 7000', 'planned: 9000');
    // A tool retired; a renewal brought forward into the warning: 2027-01-15 − 60 days = 2026-11-16.
    repo.edit('martech/register.yaml', 'status: active', 'status: retired');
    repo.edit('martech/hubspot.yaml', 'renewal: 2027-06-30', 'renewal: 2027-01-15');
    // A fixed finding and a new one; the brief that did not parse now does; a deletion; an SOP renamed with its finding.
    repo.edit(FRIDAY, 'utm_content=Hero-early-access', 'utm_content=hero-early-access');
    repo.edit(FRIDAY, 'utm_content=footer-early-access', 'utm_content=Footer-early-access');
    repo.edit(STATE_OF_OPS, 'title: [State', 'title: State');
    repo.remove(SCHOOL);
    repo.move(TOOL_SOP, 'sops/martech/new-tool-request.yaml');
    repo.commit();

    const run = await runCli(['report', 'diff', repo.root, '--base', 'main']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      [
        '## Playbook changes compared with main',
        '',
        'As of 2026-11-20, computed by mops from the playbook files.',
        '',
        // The new utm/case error fails CI; the other new finding is a warning; two findings are fixed.
        '- **Verdict:** 🔴 adds 1 error, 1 warning, fixes 2 findings; CI fails',
        '- **Briefs:** 1 parses now, 1 moved, 1 removed',
        '- **Brief fields changed:** 1',
        '- **Gates approved:** 1',
        // demand-gen −13,000 and brand +30,000 (below).
        '- **Planned change (USD):** +17,000',
        '- **Tools:** 1 retired',
        '- **Annual tool cost (USD):** -54,000',
        // hubspot auto-renews and its notice deadline has passed: an error, as in the table below.
        '- **Newly due:** 🔴 1 renewal',
        '- **Findings:** 🔴 2 new (1 error), 2 fixed',
        '',
        '### Briefs',
        '',
        '| Brief | Title | Change | Before | After |',
        '| --- | --- | --- | --- | --- |',
        '| 2027q1-global-content-state-of-ops | State of Marketing Ops report 2027 | parses now | does not parse | draft |',
        // Renamed to campaigns/emea/winter-webinar.yaml: the same brief, moved on.
        '| 2026q4-emea-social-winter-webinar | Winter operations webinar | moved | creative | review |',
        '| 2026q3-na-search-back-to-school | Back to school search push | removed | report (closed) | — |',
        '',
        '### Brief fields',
        '',
        'Launch date, owner, tier, channels, status, planned budget and links of the briefs on both sides.',
        '',
        '| Brief | Field | Before | After |',
        '| --- | --- | --- | --- |',
        '| 2026q4-emea-social-winter-webinar | budget | 9000 USD | 11000 USD |',
        '',
        '### Gates approved',
        '',
        '| Brief | Gate | Approver | Date |',
        '| --- | --- | --- | --- |',
        '| 2026q4-emea-social-winter-webinar | creative | Tom Becker | 2026-11-19 |',
        '',
        '### Budget',
        '',
        'Planned spend of the briefs counted against each allocation (as budget/over-allocation counts it), before and after; unplanned (allocation − planned) and unspent (allocation − actual) after the change.',
        '',
        '| Program | Allocation | Planned before | Planned after | Planned change | Actual before | Actual after | Unplanned | Unspent |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        // Base: back to school 15,000 + black friday 20,000 + webinar 9,000 = 44,000 planned; 14,200 + 18,600 + 0 = 32,800 spent.
        // Head: black friday 20,000 + webinar 11,000 = 31,000; 18,600 spent; 400,000 − 31,000 = 369,000; 400,000 − 18,600 = 381,400.
        '| demand-gen | 400,000 | 44,000 | 31,000 | -13,000 | 32,800 | 18,600 | 369,000 | 381,400 |',
        // State of ops (30,000 planned, 6,000 spent) could not be read on the base: 0, then 30,000;
        // 150,000 − 30,000 = 120,000; 150,000 − 6,000 = 144,000.
        '| brand | 150,000 | 0 | 30,000 | +30,000 | 0 | 6,000 | 120,000 | 144,000 |',
        '',
        '### Tools',
        '',
        '| Tool | Name | Change | Status before | Status after | Annual cost before | Annual cost after |',
        '| --- | --- | --- | --- | --- | ---: | ---: |',
        '| salesforce | Salesforce Sales Cloud | retired | active | retired | 54,000 | 54,000 |',
        '',
        // hubspot 36,000 + salesforce 54,000 + ga4 0 + meta-ads 0 = 90,000; without salesforce 36,000.
        'Annual cost of the tools not retired: 90,000 → 36,000 USD (-54,000).',
        '',
        '### Newly due',
        '',
        'Renewals within 90 days or inside their 30-day notice warning, and overdue reviews, that were not due on the base.',
        '',
        '**Renewals**',
        '',
        '| Tool | Renewal | Notice deadline | Days to notice | Auto-renew | Annual cost |',
        '| --- | --- | --- | ---: | --- | ---: |',
        // Nov 20 → Jan 15 is 10 + 31 + 15 = 56 days (inside 90); the notice deadline passed 4 days ago, and the
        // contract auto-renews: red, as in the martech report.
        '| hubspot | 2027-01-15 | 🔴 2026-11-16 | 🔴 -4 | yes | 36,000 |',
        '',
        '### New findings by cause',
        '',
        "A cause is a rule and the text its findings point at (one unknown person's id across many briefs is one cause). Knock-on: findings in files the change did not touch.",
        '',
        '| Severity | Rule | Points at | Findings | Knock-on | Files | Example |',
        '| --- | --- | --- | ---: | ---: | --- | --- |',
        "| 🔴 error | utm/case | Footer-early-access | 1 | 0 | campaigns/2026q4-na-email-black-friday.yaml | utm\\_content 'Footer-early-access' must be lower case: 'footer-early-access'. |",
        '| 🟡 warning | martech/renewal-due | 2027-01-15 | 1 | 0 | martech/hubspot.yaml | The notice deadline (60 days before the renewal) passed 4 days ago, on 2026-11-16: the contract auto-renews on 2027-01-15; negotiate now. |',
        '',
        '### Findings',
        '',
        'Matched on rule, file and offending text, so a finding that only moved to another line is neither new nor fixed. File: changed when the change touched it, knock-on when the finding arose in a file it did not touch.',
        '',
        '| Change | Severity | Rule | Where | File | Message |',
        '| --- | --- | --- | --- | --- | --- |',
        "| 🔴 new | error | utm/case | campaigns/2026q4-na-email-black-friday.yaml:71 | changed | utm\\_content 'Footer-early-access' must be lower case: 'footer-early-access'. |",
        '| 🟡 new | warning | martech/renewal-due | martech/hubspot.yaml:15 | changed | The notice deadline (60 days before the renewal) passed 4 days ago, on 2026-11-16: the contract auto-renews on 2027-01-15; negotiate now. |',
        "| 🟢 fixed | error | utm/case | campaigns/2026q4-na-email-black-friday.yaml:69 | changed | utm\\_content 'Hero-early-access' must be lower case: 'hero-early-access'. |",
        '| 🟢 fixed | error | yaml/syntax | campaigns/2027q1-global-content-state-of-ops.yaml:5 | changed | Flow sequence in block collection must be sufficiently indented and end with a \\] |',
        // The renamed SOP's overdue review is in neither list: the rename maps it to its base file.
        '',
        '### Notes',
        '',
        '- Did not parse on the base, so their documents count on this side only: campaigns/2027q1-global-content-state-of-ops.yaml.',
        '',
      ].join('\n'),
    );
  });

  it('gives a short, exact report of a one-brief change in a repo of a hundred briefs', async () => {
    const files = readTree(REFERENCE);
    // A hundred copies of black friday (active, at launch since 2026-11-18, planned 20,000 in demand-gen),
    // and a demand-gen allocation of 5,000,000 that funds them.
    for (let i = 0; i < 100; i++) {
      const id = `2026q4-na-email-black-friday-${i}`;
      files[`campaigns/generated/${id}.yaml`] = files[FRIDAY].replaceAll('2026q4-na-email-black-friday', id).replace('title: Black Friday early access', `title: Black Friday early access ${i}`);
    }
    edited(files, 'budget/fy2026.yaml', 'amount: 400000', 'amount: 5000000');
    const repo = repository(files);
    const brief = 'campaigns/generated/2026q4-na-email-black-friday-42.yaml';
    // Brief 42 moves on to optimize and plans 2,000 more design.
    repo.edit(brief, 'stage: launch', 'stage: optimize');
    repo.edit(brief, '    entered: 2026-11-18\n', '    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n');
    repo.edit(brief, 'planned: 20000', 'planned: 22000');
    repo.edit(brief, 'planned: 12000', 'planned: 14000');
    repo.commit();

    const base = await runCli(['check', repo.root, '--format', 'json']);
    assert.equal(base.code, 0, base.stdout);
    const run = await runCli(['report', 'diff', repo.root, '--base', 'main']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      [
        '## Playbook changes compared with main',
        '',
        'As of 2026-11-20, computed by mops from the playbook files.',
        '',
        '- **Verdict:** 🟢 adds no findings; CI passes',
        '- **Briefs:** 1 moved',
        '- **Brief fields changed:** 1',
        '- **Planned change (USD):** +2,000',
        '',
        '### Briefs',
        '',
        '| Brief | Title | Change | Before | After |',
        '| --- | --- | --- | --- | --- |',
        '| 2026q4-na-email-black-friday-42 | Black Friday early access 42 | moved | launch | optimize |',
        '',
        '### Brief fields',
        '',
        'Launch date, owner, tier, channels, status, planned budget and links of the briefs on both sides.',
        '',
        '| Brief | Field | Before | After |',
        '| --- | --- | --- | --- |',
        '| 2026q4-na-email-black-friday-42 | budget | 20000 USD | 22000 USD |',
        '',
        '### Budget',
        '',
        'Planned spend of the briefs counted against each allocation (as budget/over-allocation counts it), before and after; unplanned (allocation − planned) and unspent (allocation − actual) after the change.',
        '',
        '| Program | Allocation | Planned before | Planned after | Planned change | Actual | Unplanned | Unspent |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        // 15,000 + 20,000 + 9,000 (the reference's) + 100 × 20,000 = 2,044,000; then 2,046,000;
        // actual 14,200 + 18,600 + 0 + 100 × 18,600 = 1,892,800 (unchanged);
        // 5,000,000 − 2,046,000 = 2,954,000; 5,000,000 − 1,892,800 = 3,107,200.
        '| demand-gen | 5,000,000 | 2,044,000 | 2,046,000 | +2,000 | 1,892,800 | 2,954,000 | 3,107,200 |',
        '',
      ].join('\n'),
    );
  });

  it('reads a playbook in a folder of the repository, with uncommitted changes, and writes JSON to a file', async () => {
    const repo = repository(readTree(REFERENCE), 'marketing');
    repo.edit('martech/hubspot.yaml', 'annual: 36000', 'annual: 40000');
    const out = join(repo.root, 'out', 'diff.json');
    const run = await runCli(['report', 'diff', '--base', 'main', '--format', 'json', '--out', out], repo.root);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'Wrote the diff report (json) to out/diff.json\n');
    const { data } = JSON.parse(readFileSync(out, 'utf8')) as { data: { tools: unknown[]; cost: unknown; briefs: unknown[] } };
    assert.deepEqual(data.tools, [
      { id: 'hubspot', name: 'HubSpot Marketing Hub', file: 'martech/hubspot.yaml', change: 'cost', statusBefore: 'active', statusAfter: 'active', costBefore: 36000, costAfter: 40000, currency: 'USD' },
    ]);
    // 90,000 + 4,000.
    assert.deepEqual(data.cost, { currency: 'USD', before: 90000, after: 94000, change: 4000 });
    assert.deepEqual(data.briefs, []);
  });

  it('appends the Markdown to $GITHUB_STEP_SUMMARY, and only warns when it cannot', async () => {
    const repo = repository(readTree(REFERENCE));
    repo.remove(SCHOOL);
    repo.commit();
    const summary = join(repo.root, 'summary.md');
    writeFileSync(summary, '## mops check\n\nNo problems.\n\n');
    const run = await runCli(['report', 'diff', repo.root, '--base', 'main', '--format', 'csv'], repo.root, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Area,Id,Change,Before,After,Detail,File\r\nverdict,,CI passes,,,adds no findings; CI passes,\r\nbrief,2026q3-na-search-back-to-school,removed,campaign\/report \(closed\),,/);
    const text = readFileSync(summary, 'utf8');
    assert.ok(text.startsWith('## mops check\n\nNo problems.\n\n## Playbook changes compared with main\n'), text);
    assert.match(text, /^\| 2026q3-na-search-back-to-school \| Back to school search push \| removed \| report \(closed\) \| — \|$/m);

    const blocked = await runCli(['report', 'diff', repo.root, '--base', 'main'], repo.root, { GITHUB_STEP_SUMMARY: join(repo.root, 'no', 'such', 'folder', 'summary.md') });
    assert.equal(blocked.code, 0);
    assert.match(blocked.stdout, /^## Playbook changes compared with main\n/);
    assert.match(blocked.stderr, /^mops: warning: could not append the summary to \$GITHUB_STEP_SUMMARY \(.*summary\.md\): ENOENT/);
  });

  it('exits 2 with a clear message for a bad revision, a folder outside git, or no --base', async () => {
    const repo = repository(readTree(REFERENCE));
    const bad = await runCli(['report', 'diff', repo.root, '--base', 'no-such-branch']);
    assert.equal(bad.code, 2);
    assert.equal(
      bad.stderr,
      `mops: --base 'no-such-branch' is not a commit of the repository at ${repo.root}. In a shallow CI checkout, fetch the history first (actions/checkout with fetch-depth: 0).\n`,
    );
    const plain = tempPlaybook(readTree(REFERENCE));
    const outside = await runCli(['report', 'diff', plain, '--base', 'main']);
    assert.equal(outside.code, 2);
    assert.equal(outside.stderr, `mops: mops report diff reads the base from git, but ${plain} is not inside a git repository.\n`);
    const missing = await runCli(['report', 'diff', repo.root]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'mops: mops report diff compares the playbook with a git revision: name it with --base REV (origin/main, say).\n');
    const misplaced = await runCli(['report', 'pipeline', repo.root, '--base', 'main']);
    assert.equal(misplaced.code, 2);
    assert.equal(misplaced.stderr, 'mops: --base is for mops report diff.\n');
  });
});
