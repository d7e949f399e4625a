// `mops check --format gitlab`: GitLab's Code Quality report, valid against its documented format, with fingerprints
// that survive lines moving and tell identical findings apart.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { cleanup, FIXTURES, readTree, REFERENCE, ROOT, runCli, tempPlaybook } from '../../helpers';
import { BRIEF, defectivePlaybook } from './defects';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(FIXTURES, 'gitlab', 'code-quality.schema.json'), 'utf8')));

function schemaErrors(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

async function gitlabReport(dir: string): Promise<{ code: number; issues: Issue[]; text: string }> {
  const run = await runCli(['check', dir, '--format', 'gitlab']);
  assert.equal(run.stderr, '');
  return { code: run.code, issues: JSON.parse(run.stdout) as Issue[], text: run.stdout };
}

/** The fingerprint of each finding, keyed by what it is (not where): rule, file and message. */
const byFinding = (issues: Issue[]) => issues.map((i) => `${i.check_name} ${i.location.path} ${i.description} → ${i.fingerprint}`).sort();

describe('the gitlab format (Code Quality)', () => {
  afterEach(cleanup);

  it('is a JSON array that the documented Code Quality format accepts, one issue per finding, 1-based lines', async () => {
    const { dir, expected } = defectivePlaybook();
    const { code, issues, text } = await gitlabReport(dir);
    assert.equal(code, 1);
    assert.ok(!text.startsWith('\uFEFF'), 'GitLab refuses a byte order mark');
    assert.deepEqual(schemaErrors(issues), []);
    assert.deepEqual(issues.map((i) => `${i.location.path}:${i.location.lines.begin}:${i.check_name}`).sort(), expected);
    const status = issues.find((i) => i.check_name === 'schema/enum');
    assert.deepEqual(status, {
      description: status?.description,
      check_name: 'schema/enum',
      fingerprint: status?.fingerprint,
      severity: 'major',
      location: { path: BRIEF, lines: { begin: 7, end: 7 } },
    });
    assert.match(status!.description, /actve/);
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'no two issues share a fingerprint');
  });

  it('is an empty array for a clean playbook, and the schema would refuse what GitLab refuses', async () => {
    const { code, issues } = await gitlabReport(tempPlaybook(readTree(REFERENCE)));
    assert.equal(code, 0);
    assert.deepEqual(issues, []);
    // The schema is no rubber stamp: an unknown severity, a line 0 and a ./ path are each refused.
    const issue = { description: 'd', check_name: 'c', fingerprint: 'f', severity: 'minor', location: { path: 'a.yaml', lines: { begin: 1 } } };
    assert.deepEqual(schemaErrors([issue]), []);
    assert.equal(schemaErrors([{ ...issue, severity: 'warning' }]).length, 1);
    assert.equal(schemaErrors([{ ...issue, location: { path: 'a.yaml', lines: { begin: 0 } } }]).length, 1);
    assert.equal(schemaErrors([{ ...issue, location: { path: './a.yaml', lines: { begin: 1 } } }]).length, 1);
  });

  it('keeps each fingerprint when lines move above its finding, and changes it when the offending text changes', async () => {
    const { dir } = defectivePlaybook();
    const before = await gitlabReport(dir);
    const brief = join(dir, BRIEF);
    const team = join(dir, 'team.yaml');
    writeFileSync(brief, readFileSync(brief, 'utf8').replace('kind: Brief\n', 'kind: Brief\n# moved down\n# by three\n# lines\n'));
    writeFileSync(team, `# a comment on top\n${readFileSync(team, 'utf8')}`);
    const moved = await gitlabReport(dir);
    assert.notDeepEqual(
      moved.issues.map((i) => i.location.lines.begin),
      before.issues.map((i) => i.location.lines.begin),
      'the lines did move',
    );
    assert.deepEqual(byFinding(moved.issues), byFinding(before.issues));

    writeFileSync(brief, readFileSync(brief, 'utf8').replace('status: actve', 'status: activ'));
    const changed = await gitlabReport(dir);
    const print = (issues: Issue[]) => issues.find((i) => i.check_name === 'schema/enum')?.fingerprint;
    assert.notEqual(print(changed.issues), print(before.issues));
    const others = (issues: Issue[]) => issues.filter((i) => i.check_name !== 'schema/enum').map((i) => i.fingerprint).sort();
    assert.deepEqual(others(changed.issues), others(before.issues));
  });

  it('tells identical findings in one file apart, and keeps their fingerprints when lines move', async () => {
    const files = readTree(REFERENCE);
    files[BRIEF] = files[BRIEF].replace('channels: [email]', 'channels: [email, fax, fax]');
    const dir = tempPlaybook(files);
    const before = await gitlabReport(dir);
    const fax = (issues: Issue[]) => issues.filter((i) => i.check_name === 'ref/unknown-channel');
    assert.equal(fax(before.issues).length, 2);
    assert.equal(fax(before.issues)[0].description, fax(before.issues)[1].description);
    assert.notEqual(fax(before.issues)[0].fingerprint, fax(before.issues)[1].fingerprint);
    writeFileSync(join(dir, BRIEF), `# moved\n${files[BRIEF]}`);
    const moved = await gitlabReport(dir);
    assert.equal(fax(moved.issues)[0].location.lines.begin, fax(before.issues)[0].location.lines.begin + 1);
    assert.deepEqual(fax(moved.issues).map((i) => i.fingerprint), fax(before.issues).map((i) => i.fingerprint));
  });

  it("the README's GitLab CI job: its check line writes the report its artifact names, and fails the job with the findings in the log", function () {
    this.timeout(60_000);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### GitLab CI: Code Quality in merge requests'));
    const snippet = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    const job = (parse(snippet) as { mops: { image: string; variables: { MOPS: string }; script: string[]; artifacts: { when: string; reports: { codequality: string } } } }).mops;
    assert.equal(job.artifacts.when, 'always', 'the report is kept when the job fails');
    // The clone and the install need GitHub and the registry; the check line runs here, with $MOPS this checkout.
    assert.match(job.script[0], /^git clone .* "\$MOPS"$/);
    assert.equal(job.script[1], 'node "$MOPS/scripts/install-cli.mjs"');
    const { dir } = defectivePlaybook();
    const run = spawnSync('bash', ['-e', '-c', job.script[2]], { cwd: dir, encoding: 'utf8', env: { ...process.env, MOPS: ROOT, GITHUB_STEP_SUMMARY: '' } });
    assert.equal(run.status, 1);
    assert.match(run.stdout, new RegExp(`^${BRIEF.replace(/\./g, '\\.')}\n\\s+7:9\\s+error`, 'm'), 'the findings, readable, in the job log');
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as Issue[];
    assert.deepEqual(schemaErrors(report), []);
    assert.ok(report.some((i) => i.check_name === 'schema/enum'));
  });
});
