// `$GITHUB_STEP_SUMMARY`: a check appends its Markdown summary to the file the variable names, and only then.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';
import { FRIDAY, playbookRepo, TOOL_SOP } from './git-repo';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown'];

function ghostPlaybook(extra: Record<string, string> = {}): string {
  const files = readTree(REFERENCE);
  files[TOOL_SOP] = files[TOOL_SOP].replace('owner: li.wei', 'owner: ghost');
  files[FRIDAY] = files[FRIDAY].replace('approver: tom.becker', 'approver: ghost');
  return tempPlaybook({ ...files, ...extra });
}

/** `count` SOPs in one file, each owned by someone not in the Team: one error each. */
function manySops(count: number): string {
  return Array.from({ length: count }, (_, i) => `apiVersion: mops/v1\nkind: Sop\nid: sop-${i}\ntitle: T\narea: a\nowner: ghost\nsteps: [one]\n`).join('---\n');
}

describe('GitHub step summary', () => {
  afterEach(cleanup);

  it('appends the Markdown report of the run to the file the variable names, whatever the format', async () => {
    const dir = ghostPlaybook();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# an earlier step\n');
    const run = await runCli(['check', '--format', 'json'], dir, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.equal(JSON.parse(run.stdout).findings.length, 2, 'stdout stays pure JSON');
    const markdown = await runCli(['check', '--format', 'markdown'], dir);
    assert.match(markdown.stdout, /^## mops check\n\n2 errors, 0 warnings, 0 infos in 15 files checked\.\n/);
    assert.equal(readFileSync(summary, 'utf8'), `# an earlier step\n${markdown.stdout}\n`);
    for (const format of FORMATS) await runCli(['check', '--format', format], dir, { GITHUB_STEP_SUMMARY: 'summary.md' });
    assert.equal(readFileSync(summary, 'utf8').split('## mops check\n').length - 1, 1 + FORMATS.length);
  });

  it('writes nothing when the variable is unset or empty', async () => {
    const dir = ghostPlaybook();
    for (const env of [{}, { GITHUB_STEP_SUMMARY: '' }]) {
      const run = await runCli(['check', '--format', 'github'], dir, env);
      assert.equal(run.code, 1);
      assert.equal(run.stderr, '');
    }
    assert.equal(existsSync(join(dir, 'summary.md')), false);
    assert.deepEqual(Object.keys(readTree(dir)).filter((f) => !f.endsWith('.yaml')), []);
  });

  it('warns, and keeps the exit code and the output, when the file cannot be written', async () => {
    const dir = ghostPlaybook();
    const plain = await runCli(['check'], dir);
    const run = await runCli(['check'], dir, { GITHUB_STEP_SUMMARY: join(dir, 'campaigns') });
    assert.equal(run.code, plain.code);
    assert.equal(run.stdout, plain.stdout);
    assert.match(run.stderr, /^mops: warning: could not write the step summary to .*campaigns: EISDIR.*\n$/);
    const clean = await runCli(['check', REFERENCE], '/', { GITHUB_STEP_SUMMARY: join(dir, 'no', 'such', 'folder', 'summary.md') });
    assert.equal(clean.code, 0);
    assert.match(clean.stderr, /could not write the step summary/);
  });

  it('lists at most 100 findings, errors first, and says how many more there are', async () => {
    const dir = tempPlaybook({ ...readTree(REFERENCE), 'sops/many.yaml': manySops(120) });
    const summary = join(dir, 'summary.md');
    const run = await runCli(['check', '--format', 'github', '--today', '2026-11-23'], dir, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(run.code, 1);
    assert.equal(run.stdout.split('\n').length - 1, 122);
    const text = readFileSync(summary, 'utf8');
    assert.match(text, /^## mops check\n\n120 errors, 2 warnings, 0 infos in 16 files checked\.\n/);
    const rows = text.split('\n').filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟡'));
    assert.equal(rows.length, 100);
    assert.ok(rows.every((r) => r.startsWith('| 🔴 error | sops/many.yaml |')));
    assert.match(text, /\n…and 22 more, not listed here: see the annotations or the step's log\.\n\n$/);
  });

  it('says what --changed-since and --baseline left out', async () => {
    const repo = playbookRepo((r) => r.edit(TOOL_SOP, 'owner: li.wei', 'owner: ghost'));
    await runCli(['baseline', 'known.json'], repo.root);
    repo.edit('team.yaml', '  - id: tom.becker\n    name: Tom Becker\n    roles: [brand]\n', '');
    const summary = join(repo.top, 'summary.md');
    const run = await runCli(['check', '--changed-since', 'base', '--baseline', 'known.json', '--format', 'github'], repo.root, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(run.code, 1);
    const commit = repo.git('rev-parse', '--short=7', 'base').trim();
    assert.match(
      readFileSync(summary, 'utf8'),
      new RegExp(
        `^## mops check\\n\\nChanges since \`base\` \\(${commit}\\): 5 files changed or affected\\.\\n\\n` +
          'The baseline absorbed 0 known findings; 0 baseline entries fixed\\.\\n\\n' +
          '4 errors, 0 warnings, 0 infos in 15 files checked, 5 of them changed since base or affected by the change; 4 new since base, 0 unchanged\\.\\n',
      ),
    );
  });
});
