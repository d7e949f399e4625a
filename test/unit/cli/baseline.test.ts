// `mops baseline FILE` and `mops check --baseline FILE`: known findings absorbed across line shifts, new ones fail.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';
import { FRIDAY, places, playbookRepo, report, TOOL_SOP } from './git-repo';

/** Three findings: two identical ones in a brief (lines 43 and 47) and one in an SOP (line 6). */
function messyPlaybook(): string {
  const files = readTree(REFERENCE);
  files[FRIDAY] = files[FRIDAY].replace('approver: tom.becker', 'approver: ghost').replace('approver: ana.silva', 'approver: ghost');
  files[TOOL_SOP] = files[TOOL_SOP].replace('owner: li.wei', 'owner: ghost');
  return tempPlaybook(files);
}

const GHOST = "'ghost' is not a member of the Team.";
const edit = (dir: string, path: string, from: string, to: string) => {
  const text = readFileSync(join(dir, path), 'utf8');
  assert.ok(text.includes(from), `${path} holds ${from}`);
  writeFileSync(join(dir, path), text.replace(from, to));
};
const withBaseline = (dir: string, ...more: string[]) => runCli(['check', '--baseline', 'known.json', ...more], dir);

describe('baselines', () => {
  afterEach(cleanup);

  it('writes every finding with its rule, file, line, offending text and message, one a line', async () => {
    const dir = messyPlaybook();
    const run = await runCli(['baseline', 'known.json'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'Wrote a baseline of 3 findings in 2 files to known.json.\n');
    const text = readFileSync(join(dir, 'known.json'), 'utf8');
    const data = JSON.parse(text);
    assert.equal(data.version, 1);
    assert.deepEqual(data.findings, [
      { rule: 'ref/unknown-person', file: FRIDAY, line: 43, text: 'ghost', message: GHOST },
      { rule: 'ref/unknown-person', file: FRIDAY, line: 47, text: 'ghost', message: GHOST },
      { rule: 'ref/unknown-person', file: TOOL_SOP, line: 6, text: 'ghost', message: GHOST },
    ]);
    assert.equal(text.split('\n').filter((l) => l.includes('"rule"')).length, 3);
  });

  it('absorbs the findings it holds: exit 0, and the count on stderr', async () => {
    const dir = messyPlaybook();
    await runCli(['baseline', 'known.json'], dir);
    const run = await withBaseline(dir);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '15 files checked: no problems.\n');
    assert.equal(run.stderr, 'mops: the baseline known.json absorbed 3 findings.\n');
    const json = await withBaseline(dir, '--format', 'json');
    assert.deepEqual(report(json.stdout).summary, { files: 15, errors: 0, warnings: 0, infos: 0 });
  });

  it('still matches when lines above the findings move', async () => {
    const dir = messyPlaybook();
    await runCli(['baseline', 'known.json'], dir);
    edit(dir, FRIDAY, 'apiVersion: mops/v1\n', '# Black Friday\n# owned by the NA team\n\napiVersion: mops/v1\n');
    edit(dir, TOOL_SOP, 'title: Requesting a new marketing tool\n', 'title: Requesting a new marketing tool\n# reviewed yearly\n');
    const lines = await runCli(['check', '--format', 'json'], dir);
    assert.deepEqual(places(lines.stdout), [`${FRIDAY}:46:ref/unknown-person`, `${FRIDAY}:50:ref/unknown-person`, `${TOOL_SOP}:7:ref/unknown-person`]);
    const run = await withBaseline(dir);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.stderr, 'mops: the baseline known.json absorbed 3 findings.\n');
  });

  it('fails on a finding it does not hold, counting identical findings as many as it holds', async () => {
    const dir = messyPlaybook();
    await runCli(['baseline', 'known.json'], dir);
    edit(dir, FRIDAY, 'approver: priya.shah', 'approver: ghost'); // a third 'ghost' in the same file, line 52
    edit(dir, 'martech/hubspot.yaml', 'owner: priya.shah', 'owner: casper');
    const run = await withBaseline(dir, '--format', 'json');
    assert.equal(run.code, 1);
    assert.deepEqual(places(run.stdout), [`${FRIDAY}:52:ref/unknown-person`, 'martech/hubspot.yaml:6:ref/unknown-person']);
    assert.deepEqual(report(run.stdout).summary, { files: 15, errors: 2, warnings: 0, infos: 0 });
    assert.equal(run.stderr, 'mops: the baseline known.json absorbed 3 findings.\n');
  });

  it('lists the entries that match nothing any more as fixed, until mops baseline rewrites it', async () => {
    const dir = messyPlaybook();
    await runCli(['baseline', 'known.json'], dir);
    edit(dir, TOOL_SOP, 'owner: ghost', 'owner: li.wei');
    edit(dir, FRIDAY, 'approver: ghost', 'approver: tom.becker');
    const run = await withBaseline(dir);
    assert.equal(run.code, 0);
    assert.equal(
      run.stderr,
      'mops: the baseline known.json absorbed 1 finding.\n' +
        'mops: 2 baseline entries fixed (no longer found); run mops baseline known.json to drop them:\n' +
        `  ${FRIDAY}:43 ref/unknown-person ${GHOST}\n` +
        `  ${TOOL_SOP}:6 ref/unknown-person ${GHOST}\n`,
    );
    assert.equal((await runCli(['baseline', 'known.json'], dir)).stdout, 'Wrote a baseline of 1 finding in 1 file to known.json.\n');
    assert.equal((await withBaseline(dir)).stderr, 'mops: the baseline known.json absorbed 1 finding.\n');
  });

  it('absorbs a finding whose message alone changed, such as the days a review is overdue', async () => {
    const dir = tempPlaybook(readTree(REFERENCE));
    edit(dir, TOOL_SOP, 'review_every_days: 365', 'review_every_days: 30');
    await runCli(['baseline', 'known.json', '--today', '2026-11-20'], dir);
    assert.match(readFileSync(join(dir, 'known.json'), 'utf8'), /it is 112 days overdue/);
    const other = await withBaseline(dir, '--today', '2026-11-19', '--max-warnings', '0');
    assert.equal(other.code, 0, other.stdout);
    assert.equal(other.stdout, '15 files checked: no problems.\n');
    assert.equal(other.stderr, 'mops: the baseline known.json absorbed 1 finding.\n');
    edit(dir, TOOL_SOP, 'review_every_days: 30', 'review_every_days: 31');
    const later = await withBaseline(dir, '--today', '2026-11-20', '--format', 'json');
    assert.equal(later.code, 0, later.stdout);
    assert.deepEqual(report(later.stdout).findings, []);
    assert.equal(later.stderr, 'mops: the baseline known.json absorbed 1 finding.\n');
  });

  it('exits 2, never passing silently, when the baseline is missing, not JSON, of another version or damaged', async () => {
    const dir = messyPlaybook();
    const cases: Array<[string | undefined, RegExp]> = [
      [undefined, /^mops: The baseline known\.json does not exist\. Write it with mops baseline known\.json\.\n$/],
      ['{"version": 1, "findings": [', /^mops: The baseline known\.json is not valid JSON \(.+\)\. Write it with/],
      ['[]', /^mops: known\.json is not a mops baseline: it has no "version"\./],
      ['{"version": 2, "findings": []}', /^mops: The baseline known\.json is version 2; this mops reads version 1\./],
      ['{"version": 1}', /^mops: The baseline known\.json has no "findings" list\./],
      ['{"version": 1, "findings": [{"rule": "ref/unknown-person", "file": 3}]}', /^mops: The baseline known\.json is damaged: finding 1 needs rule, file, text and message as strings\./],
    ];
    for (const [content, message] of cases) {
      if (content !== undefined) writeFileSync(join(dir, 'known.json'), content);
      const run = await withBaseline(dir);
      assert.equal(run.code, 2, content);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
    }
    writeFileSync(join(dir, 'known.json'), '{"version": 1, "findings": []}');
    assert.equal((await withBaseline(dir)).code, 1);
  });

  it('refuses to write a baseline of a broken configuration, and needs a file name', async () => {
    const dir = messyPlaybook();
    edit(dir, 'mops.config.yaml', 'today: 2026-11-20', 'today: [2026-11-20');
    const run = await runCli(['baseline', 'known.json'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^mops: mops\.config\.yaml has errors; fix the configuration first .*No baseline was written\.\n$/);
    assert.equal(existsSync(join(dir, 'known.json')), false);
    const bare = await runCli(['baseline'], dir);
    assert.equal(bare.code, 2);
    assert.equal(bare.stderr, 'mops: Name the baseline file: mops baseline FILE [path].\n');
  });

  it('with --changed-since, follows a renamed file and leaves the files outside the change alone', async () => {
    const repo = playbookRepo((r) => {
      r.edit(TOOL_SOP, 'owner: li.wei', 'owner: ghost');
      r.edit(FRIDAY, 'approver: tom.becker', 'approver: ghost');
    });
    await runCli(['baseline', join(repo.top, 'known.json')], repo.root);
    repo.move(TOOL_SOP, 'sops/martech/new-tool-request.yaml');
    repo.commit('file the SOP under martech');
    const moved = 'sops/martech/new-tool-request.yaml';

    const changed = await withBaseline(repo.root, '--changed-since', 'base', '--format', 'json');
    assert.equal(changed.code, 0, changed.stdout);
    assert.deepEqual(report(changed.stdout).summary, { files: 15, errors: 0, warnings: 0, infos: 0, changedFiles: 1, new: 0, unchanged: 0 });
    assert.equal(changed.stderr, 'mops: the baseline known.json absorbed 1 finding.\n');

    // Without git's view of the change, a baseline entry belongs to its path: the moved file's finding is new.
    const plain = await withBaseline(repo.root, '--format', 'json');
    assert.equal(plain.code, 1);
    assert.deepEqual(places(plain.stdout), [`${moved}:6:ref/unknown-person`]);
    assert.match(plain.stderr, new RegExp(`absorbed 1 finding\\.\\n.*1 baseline entry fixed.*\\n  ${TOOL_SOP}:6 ref/unknown-person`));

    repo.edit('team.yaml', '  - id: li.wei\n    name: Li Wei\n    roles: [analytics, campaign-ops]\n', '');
    const both = await withBaseline(repo.root, '--changed-since', 'base', '--format', 'json');
    assert.equal(both.code, 1);
    assert.ok(!places(both.stdout).some((p) => p.startsWith(`${FRIDAY}:`)), 'the brief is outside the change');
    assert.ok(places(both.stdout).includes('campaigns/2026q4-emea-social-winter-webinar.yaml:8:ref/unknown-person'));
    assert.equal(both.stderr, 'mops: the baseline known.json absorbed 1 finding.\n');
  });
});
