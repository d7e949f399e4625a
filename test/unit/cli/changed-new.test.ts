// `mops check --changed-since REV`: each finding reported is new or was already there at REV, in every format; --only-new.

import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { cleanup, runCli } from '../../helpers';
import { FRIDAY, playbookRepo, report, TOOL_SOP, type Repo } from './git-repo';

/** The base already has an error in the SOP: an owner who is not in the Team (line 6). */
const ghostOwner = (repo: Repo) => repo.edit(TOOL_SOP, 'owner: li.wei', 'owner: ghost');

/** The change touches the SOP and adds a problem of its own: its review, every 100 days from 2026-07-01, was due on 2026-10-09 (on last_review, line 7). */
function touchSop(repo: Repo): void {
  repo.edit(TOOL_SOP, 'review_every_days: 365', 'review_every_days: 100');
}

const run = (repo: Repo, ...args: string[]) => runCli(['check', '--changed-since', 'base', ...args], repo.root);
const states = (stdout: string) => (report(stdout).findings as Array<{ rule: string; baselineState?: string }>).map((f) => `${f.rule} ${f.baselineState}`);

describe('mops check --changed-since: new and unchanged findings', () => {
  afterEach(cleanup);

  it('marks the old finding of a touched file unchanged and the change\'s own new, in JSON, with honest counts', async () => {
    const repo = playbookRepo(ghostOwner);
    touchSop(repo);
    const json = await run(repo, '--format', 'json');
    // The old error still fails the check: it is reported, marked as the base had it.
    assert.equal(json.code, 1);
    assert.deepEqual(states(json.stdout), ['ref/unknown-person unchanged', 'sop/review-overdue new']);
    // All 15 files were checked (at both revisions); one changed.
    assert.deepEqual(report(json.stdout).summary, { files: 15, errors: 1, warnings: 1, infos: 0, changedFiles: 1, new: 1, unchanged: 1 });
  });

  it('--only-new reports, counts and fails on the new findings only', async () => {
    const repo = playbookRepo(ghostOwner);
    touchSop(repo);
    const json = await run(repo, '--only-new', '--format', 'json');
    // The new finding is a warning: exit 0, although the file still holds the old error.
    assert.equal(json.code, 0, json.stdout);
    assert.deepEqual(states(json.stdout), ['sop/review-overdue new']);
    assert.deepEqual(report(json.stdout).summary, { files: 15, errors: 0, warnings: 1, infos: 0, changedFiles: 1, new: 1, unchanged: 1 });
    const stylish = await run(repo, '--only-new');
    assert.match(stylish.stdout, /⚠ 1 problem \(0 errors, 1 warning, 0 infos\) in 1 file of 15 checked, 1 of them changed since base or affected by the change\.\n {2}1 new since base; 1 unchanged not reported \(--only-new\)\.\n$/);
    // A new error fails the check.
    repo.edit(FRIDAY, 'owner: priya.shah', 'owner: nobody');
    const failing = await run(repo, '--only-new', '--format', 'json');
    assert.equal(failing.code, 1);
    assert.deepEqual(states(failing.stdout), ['ref/unknown-person new', 'sop/review-overdue new']);
  });

  it('with --only-new and nothing new, says the old problems were left out', async () => {
    const repo = playbookRepo(ghostOwner);
    repo.edit(TOOL_SOP, 'title: Requesting a new marketing tool', 'title: Requesting a new martech tool');
    const plain = await run(repo);
    assert.equal(plain.code, 1);
    const only = await run(repo, '--only-new');
    assert.equal(only.code, 0);
    assert.equal(only.stdout, '15 files checked, 1 of them changed since base or affected by the change: no new problems (1 unchanged problem not reported: --only-new).\n');
  });

  it('marks every format: stylish and Markdown visibly, GitHub in the title, JUnit as a property', async () => {
    const repo = playbookRepo(ghostOwner);
    touchSop(repo);
    const stylish = await run(repo);
    assert.match(stylish.stdout, /^ {2}6:8 {3}error {4}unchanged {2}'ghost' is not a member of the Team/m);
    assert.match(stylish.stdout, /^ {2}7:14 {2}warning {2}new {8}The review was due on 2026-10-09/m);
    assert.match(stylish.stdout, /\n {2}1 new since base, 1 unchanged\.\n$/);
    const md = await run(repo, '--format', 'markdown');
    assert.match(md.stdout, /^1 error, 1 warning, 0 infos in 15 files checked, 1 of them changed since base or affected by the change; 1 new since base, 1 unchanged\.$/m);
    assert.match(md.stdout, /^\| Severity \| File \| Line \| Problem \| Rule \| Since base \|$/m);
    assert.match(md.stdout, /^\| 🔴 error \| sops\/new-tool-request\.yaml \| 6 \| .* \| unchanged \|$/m);
    assert.match(md.stdout, /^\| 🟡 warning \| sops\/new-tool-request\.yaml \| 7 \| .* \| 🆕 new \|$/m);
    const github = await run(repo, '--format', 'github');
    assert.match(github.stdout, /^::error file=sops\/new-tool-request\.yaml,line=6,.*title=ref\/unknown-person \(unchanged since base\)::/m);
    assert.match(github.stdout, /^::warning file=sops\/new-tool-request\.yaml,line=7,.*title=sop\/review-overdue \(new since base\)::/m);
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) }).parse((await run(repo, '--format', 'junit')).stdout);
    const cases = junit.testsuites.testsuite[0].testcase as Array<{ name: string; properties: { property: Array<{ name: string; value: string }> } }>;
    assert.deepEqual(
      cases.map((c) => [c.name, c.properties.property.find((p) => p.name === 'baselineState')?.value]),
      [
        ['ref/unknown-person at 6:8', 'unchanged'],
        ['sop/review-overdue at 7:14', 'new'],
      ],
    );
  });

  it('matches a finding as a baseline does: lines moving, or only its numbers changing, do not make it new', async () => {
    const repo = playbookRepo((r) => {
      ghostOwner(r);
      r.edit(TOOL_SOP, 'review_every_days: 365', 'review_every_days: 100');
    });
    // Two lines above everything, and a review due 10 days later: "due on 2026-10-19 … 32 days overdue" instead of 2026-10-09 and 42.
    repo.write(TOOL_SOP, `# Owned by martech ops.\n# Reviewed yearly.\n${repo.read(TOOL_SOP).replace('review_every_days: 100', 'review_every_days: 110')}`);
    const json = await run(repo, '--format', 'json');
    assert.deepEqual(states(json.stdout), ['ref/unknown-person unchanged', 'sop/review-overdue unchanged']);
    assert.deepEqual(report(json.stdout).findings.map((f) => f.range.start.line + 1), [8, 9]);
  });

  it('--only-new without --changed-since is a usage error', async () => {
    const repo = playbookRepo();
    const bad = await runCli(['check', '--only-new'], repo.root);
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, '');
    assert.equal(bad.stderr, 'mops: --only-new reports the findings a change adds: name the revision to compare with, --changed-since REV.\n');
  });
});
