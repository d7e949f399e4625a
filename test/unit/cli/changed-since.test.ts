// `mops check --changed-since REV` on real git repositories: changed files, files a change affects, renames, deletions.

import assert from 'node:assert/strict';
import { readTree, REFERENCE, cleanup, runCli, tempPlaybook } from '../../helpers';
import { FRIDAY, places, playbookRepo, report, SCHOOL, TOOL_SOP, type Repo } from './git-repo';

const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const STATE_OF_OPS = 'campaigns/2027q1-global-content-state-of-ops.yaml';
const TOM = '  - id: tom.becker\n    name: Tom Becker\n    roles: [brand]\n';

/** The base already has a finding that no change touches: an SOP owned by someone not in the Team. */
const ghostOwner = (repo: Repo) => repo.edit(TOOL_SOP, 'owner: li.wei', 'owner: ghost');

const changedSince = (repo: Repo, ...more: string[]) => runCli(['check', '--changed-since', 'base', '--format', 'json', ...more], repo.root);

describe('mops check --changed-since', () => {
  afterEach(cleanup);

  it('reports the findings of an edited brief, and none of the files the change did not touch', async () => {
    const repo = playbookRepo(ghostOwner);
    repo.edit(FRIDAY, 'owner: priya.shah', 'owner: nobody');
    repo.commit('a new owner');
    const all = await runCli(['check', '--format', 'json'], repo.root);
    assert.deepEqual(places(all.stdout).sort(), [`${FRIDAY}:8:ref/unknown-person`, `${TOOL_SOP}:6:ref/unknown-person`]);
    const run = await changedSince(repo);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(places(run.stdout), [`${FRIDAY}:8:ref/unknown-person`]);
    // The whole playbook (15 files) is checked; the one changed file is reported on, with its one new finding.
    assert.deepEqual(report(run.stdout).summary, { files: 15, errors: 1, warnings: 0, infos: 0, changedFiles: 1, new: 1, unchanged: 0 });
  });

  it('passes when the changed files are clean, whatever the untouched files hold', async () => {
    const repo = playbookRepo(ghostOwner);
    repo.edit(FRIDAY, 'title: Black Friday early access', 'title: Black Friday early access (NA)');
    const run = await changedSince(repo);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(report(run.stdout), { version: 1, findings: [], summary: { files: 15, errors: 0, warnings: 0, infos: 0, changedFiles: 1, new: 0, unchanged: 0 } });
  });

  it('reports the briefs and workflows a person removed from the Team breaks, although they did not change', async () => {
    const repo = playbookRepo(ghostOwner);
    repo.edit('team.yaml', TOM, ''); // not committed: the working tree counts
    const run = await changedSince(repo);
    assert.equal(run.code, 1);
    assert.deepEqual(places(run.stdout), [
      `${SCHOOL}:37:ref/unknown-person`,
      `${FRIDAY}:43:ref/unknown-person`,
      'workflows/campaign.yaml:14:ref/unknown-role',
      'workflows/content.yaml:18:ref/unknown-role',
    ]);
    // team.yaml itself is clean
    assert.deepEqual(report(run.stdout).summary, { files: 15, errors: 4, warnings: 0, infos: 0, changedFiles: 5, new: 4, unchanged: 0 });
    const briefsOnly = await changedSince(repo, 'campaigns');
    assert.deepEqual(places(briefsOnly.stdout), [`${SCHOOL}:37:ref/unknown-person`, `${FRIDAY}:43:ref/unknown-person`]);
  });

  it('speaks every format, with only the reported files and findings', async () => {
    const repo = playbookRepo(ghostOwner);
    repo.edit('team.yaml', TOM, '');
    repo.commit('tom left');
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown']) {
      const run = await runCli(['check', '--changed-since', 'base', '--format', format], repo.root);
      assert.equal(run.code, 1, format);
      assert.match(run.stdout, /workflows\/content\.yaml/, format);
      assert.doesNotMatch(run.stdout, /new-tool-request/, format);
    }
    const stylish = await runCli(['check', '--changed-since', 'base'], repo.root);
    assert.match(stylish.stdout, /4 problems \(4 errors, 0 warnings, 0 infos\) in 4 files of 15 checked, 5 of them changed since base or affected by the change\.\n {2}4 new since base, 0 unchanged\.\n$/);
  });

  it('reports a renamed file under its new path, in a playbook that is a folder of the repository', async () => {
    const repo = playbookRepo(ghostOwner, 'marketing/playbook');
    repo.move(TOOL_SOP, 'sops/martech/new-tool-request.yaml');
    repo.commit('file the SOP under martech');
    assert.match(repo.git('diff', '--name-status', '-M', 'base'), /^R100/);
    const run = await changedSince(repo);
    assert.equal(run.code, 1);
    assert.deepEqual(places(run.stdout), ['sops/martech/new-tool-request.yaml:6:ref/unknown-person']);
  });

  it('reports nothing for a deleted file, and reports the files that referred to it', async () => {
    const repo = playbookRepo(ghostOwner);
    repo.remove(TOOL_SOP);
    repo.commit('retire the SOP');
    const run = await changedSince(repo);
    assert.equal(run.code, 0);
    assert.deepEqual(report(run.stdout), { version: 1, findings: [], summary: { files: 14, errors: 0, warnings: 0, infos: 0, changedFiles: 0, new: 0, unchanged: 0 } });

    repo.remove('martech/hubspot.yaml');
    const tool = await changedSince(repo);
    assert.equal(tool.code, 1);
    assert.deepEqual(places(tool.stdout), [
      `${WEBINAR}:47:ref/unknown-tool`,
      `${FRIDAY}:72:ref/unknown-tool`,
      `${STATE_OF_OPS}:44:ref/unknown-tool`,
      'martech/register.yaml:21:ref/unknown-tool',
      'martech/register.yaml:38:ref/unknown-tool',
    ]);
  });

  it('reports a file that was invalid at the base and is fixed, with its findings gone', async () => {
    const repo = playbookRepo((r) => {
      ghostOwner(r);
      r.edit(FRIDAY, 'status: active', 'status: [active');
    });
    const before = await runCli(['check', '--format', 'json'], repo.root);
    assert.ok(places(before.stdout).some((p) => p.startsWith(`${FRIDAY}:`) && p.endsWith(':yaml/syntax')), before.stdout);
    repo.edit(FRIDAY, 'status: [active', 'status: active');
    repo.commit('fix the brief');
    const run = await changedSince(repo, '--format', 'stylish');
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.stdout, '15 files checked, 1 of them changed since base or affected by the change: no problems.\n');
  });

  it('reports a file whose findings went away because another file was fixed', async () => {
    const repo = playbookRepo((r) => r.edit('team.yaml', TOM, ''));
    repo.edit('team.yaml', '  - id: ana.silva\n', `${TOM}  - id: ana.silva\n`);
    const run = await changedSince(repo, '--format', 'junit');
    assert.equal(run.code, 0);
    const suites = [...run.stdout.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(suites, [SCHOOL, FRIDAY, 'team.yaml', 'workflows/campaign.yaml', 'workflows/content.yaml']);
  });

  it('counts untracked and staged files as changed', async () => {
    const repo = playbookRepo(ghostOwner);
    repo.write('sops/press-release.yaml', repo.read(TOOL_SOP).replace('id: new-tool-request', 'id: press-release'));
    repo.edit(SCHOOL, 'owner: priya.shah', 'owner: someone');
    repo.git('add', '--', SCHOOL);
    assert.match(repo.git('status', '--porcelain'), /\?\? sops\/press-release\.yaml/);
    const run = await changedSince(repo);
    assert.deepEqual(places(run.stdout), [`${SCHOOL}:8:ref/unknown-person`, 'sops/press-release.yaml:6:ref/unknown-person']);
  });

  it('does not report an untouched file whose finding only cites a line that moved elsewhere', async () => {
    const copy = (r: Repo) => r.write('martech/hubspot-copy.yaml', r.read('martech/hubspot.yaml').replace('status: active', 'status: retired'));
    const repo = playbookRepo(copy);
    const before = report((await runCli(['check', '--format', 'json'], repo.root)).stdout).findings;
    // The index answers 'hubspot' with the first Tool of that id, the retired copy.
    assert.deepEqual(before.map((f) => `${f.file}: ${f.message}`), [
      ...[WEBINAR, FRIDAY, STATE_OF_OPS].map((brief) => `${brief}: 'hubspot' is retired; plan this campaign on a tool that stays.`),
      "martech/hubspot.yaml: Another Tool already has the id 'hubspot' (martech/hubspot-copy.yaml:3); ids must be unique per kind.",
    ]);
    repo.write('martech/hubspot-copy.yaml', `# kept for the migration\n\n${repo.read('martech/hubspot-copy.yaml')}`);
    const run = await changedSince(repo);
    assert.equal(run.code, 0);
    const after = await runCli(['check', '--format', 'json'], repo.root);
    assert.match(after.stdout, /\(martech\/hubspot-copy\.yaml:5\)/);
    assert.deepEqual(report(run.stdout).findings, []);
    assert.equal(report(run.stdout).summary.changedFiles, 1);
  });

  it('exits 2 with a clear message for a revision that does not exist', async () => {
    const repo = playbookRepo();
    for (const rev of ['nope', '--all', 'base~5']) {
      const run = await runCli(['check', `--changed-since=${rev}`], repo.root);
      assert.equal(run.code, 2, rev);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^mops: --changed-since: '.*' is not a commit in the repository of .*\n$/, rev);
    }
  });

  it('exits 2 with a clear message outside a git repository', async () => {
    const dir = tempPlaybook(readTree(REFERENCE));
    const run = await runCli(['check', dir, '--changed-since', 'HEAD'], '/');
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `mops: --changed-since needs a git repository, and ${dir} is not inside one.\n`);
  });
});
