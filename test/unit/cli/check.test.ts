// `mops check`: exit codes, options, paths and the finding positions it prints.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, EXAMPLE, REFERENCE, runCli, tempPlaybook } from '../../helpers';
import { BRIEF, defectivePlaybook, WEBINAR } from './defects';

interface JsonReport {
  version: number;
  findings: Array<{ rule: string; severity: string; file: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; related: unknown[]; fixes: Array<{ title: string; edits: unknown[] }> }>;
  summary: { files: number; errors: number; warnings: number; infos: number };
}

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const TEAM = 'apiVersion: mops/v1\nkind: Team\nid: t\nmembers:\n  - { id: o, name: O, roles: [ops] }\n';
const SOP = (id: string, extra = '') => `apiVersion: mops/v1\nkind: Sop\nid: ${id}\ntitle: T\narea: a\nowner: o\nsteps: [one]\n${extra}`;

describe('mops check', () => {
  afterEach(cleanup);

  it('passes the reference playbook with no findings and exit 0', async () => {
    const run = await runCli(['check', REFERENCE, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(json(run.stdout).findings, []);
    assert.equal(json(run.stdout).summary.files, 15);
  });

  it('passes the bundled sample playbook', async () => {
    const run = await runCli(['check', EXAMPLE]);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /files checked: no problems\.\n$/);
  });

  it('finds every planted defect on its line, with exit 1', async () => {
    const { dir, expected } = defectivePlaybook();
    const run = await runCli(['check', dir, '--format', 'json']);
    assert.equal(run.code, 1);
    const report = json(run.stdout);
    assert.deepEqual(report.findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}`).sort(), expected);
    assert.deepEqual(report.summary, { files: 15, errors: 6, warnings: 0, infos: 0 });
  });

  it('prints the JSON shape of DESIGN.md', async () => {
    const { dir } = defectivePlaybook();
    const report = json((await runCli(['check', dir, '--format', 'json'])).stdout);
    assert.deepEqual(Object.keys(report), ['version', 'findings', 'summary']);
    assert.equal(report.version, 1);
    const enumFinding = report.findings.find((f) => f.rule === 'schema/enum');
    assert.ok(enumFinding);
    assert.deepEqual(Object.keys(enumFinding), ['rule', 'severity', 'message', 'file', 'range', 'related', 'fixes']);
    assert.equal(enumFinding.file, BRIEF);
    assert.deepEqual(enumFinding.range, { start: { line: 6, character: 8 }, end: { line: 6, character: 13 } });
    assert.deepEqual(enumFinding.fixes, [{ title: "Change to 'active'", edits: [{ range: enumFinding.range, newText: 'active' }] }]);
    const dup = report.findings.find((f) => f.rule === 'mops/duplicate-id');
    assert.deepEqual(dup?.related, [{ file: 'martech/register.yaml', range: { start: { line: 27, character: 4 }, end: { line: 27, character: 7 } }, message: "the first Tool with id 'ga4'" }]);
  });

  it('reports paths relative to the playbook root, even when checking one file from elsewhere', async () => {
    const { dir } = defectivePlaybook();
    const run = await runCli(['check', join(dir, 'martech/register.yaml'), '--format', 'json'], '/');
    const report = json(run.stdout);
    assert.deepEqual(report.findings.map((f) => `${f.file}:${f.rule}`), ['martech/register.yaml:mops/duplicate-id']);
    assert.equal(report.summary.files, 1);
    const folder = await runCli(['check', 'campaigns', '--format', 'json'], dir);
    assert.deepEqual(json(folder.stdout).findings.map((f) => f.file), [WEBINAR, BRIEF, BRIEF]);
  });

  it('honours --today over Config.today', async () => {
    const dir = tempPlaybook({
      'mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\ntoday: 2026-11-20\n',
      'team.yaml': TEAM,
      'a.yaml': SOP('a', 'last_review: 2026-11-01\nreview_every_days: 30\n'),
    });
    assert.deepEqual(json((await runCli(['check', dir, '--format', 'json'])).stdout).findings, []);
    const later = await runCli(['check', dir, '--format', 'json', '--today', '2026-12-05']);
    assert.equal(later.code, 0);
    assert.deepEqual(json(later.stdout).findings.map((f) => `${f.rule}: ${f.message}`), [
      'sop/review-overdue: The review was due on 2026-12-01 (every 30 days since 2026-11-01); it is 4 days overdue.',
    ]);
    assert.equal((await runCli(['check', dir, '--today', '2027-02-30'])).code, 2);
  });

  it('exits 1 over --max-warnings, and --quiet prints errors only', async () => {
    const dir = tempPlaybook({
      'mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\nrules:\n  schema/*: warning\n',
      'team.yaml': TEAM,
      'a.yaml': SOP('a', 'sumary: x\nnots: y\n'),
    });
    assert.equal((await runCli(['check', dir])).code, 0);
    assert.equal((await runCli(['check', dir, '--max-warnings', '2'])).code, 0);
    const over = await runCli(['check', dir, '--max-warnings', '1']);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
    const quiet = await runCli(['check', dir, '--quiet', '--format', 'json']);
    assert.deepEqual(json(quiet.stdout).findings, []);
  });

  it('exits 2 on usage errors, with one clear line', async () => {
    for (const args of [['check', '--format', 'xml'], ['check', 'no/such/path'], ['check', '--max-warnings', 'many'], ['check', '--bogus'], ['frobnicate']]) {
      const run = await runCli(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^mops: /, args.join(' '));
      assert.equal(run.stdout.includes('    at '), false);
    }
  });

  it('exits 2 when the config itself is broken, and shows why', async () => {
    const dir = tempPlaybook({
      'mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\ninclude: ["[broken"]\n',
      'a.yaml': 'apiVersion: mops/v1\nkind: Sop\nid: a\ntitle: T\narea: a\nowner: o\nsteps: [one]\n',
    });
    const run = await runCli(['check', dir]);
    assert.equal(run.code, 2);
    assert.match(run.stdout, /3:\d+\s+error\s+The include pattern '\[broken' is not valid/);
    assert.match(run.stderr, /mops.config.yaml has errors/);
  });

  it('writes --output to a file and nothing to stdout', async () => {
    const { dir } = defectivePlaybook();
    const out = join(dir, 'reports', 'mops.sarif');
    const run = await runCli(['check', dir, '--format', 'sarif', '--output', out]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    const files: Record<string, string> = { 'team.yaml': TEAM };
    for (let i = 0; i < 249; i++) files[`s${i}.yaml`] = SOP(`s${i}`);
    const dir = tempPlaybook(files);
    let stderr = '';
    let stdout = '';
    const { main } = await import('../../../src/cli/main');
    const code = await main({
      argv: ['check', dir, '--format', 'json'],
      cwd: dir,
      env: {},
      stdout: { write: (s: string) => (stdout += s), isTTY: true },
      stderr: { write: (s: string) => (stderr += s), isTTY: true },
    });
    assert.equal(code, 0);
    assert.match(stderr, /Checking \d+\/250 files/);
    assert.doesNotMatch(stdout, /Checking/);
    assert.equal(json(stdout).summary.files, 250);
    const quiet = await runCli(['check', dir, '--format', 'json']);
    assert.equal(quiet.stderr, '');
  });

  it('checks a file named on the command line even when the globs leave it out', async () => {
    const dir = tempPlaybook({
      'mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\ninclude: ["*.yaml"]\n',
      'notes.yml': 'apiVersion: mops/v1\nkind: Sop\nid: n\n',
    });
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: mops/v1\nkind: Sop\nid: a\ntitle: T\narea: a\nowner: o\nsteps: [one]\n');
    const run = await runCli(['check', 'notes.yml', '--format', 'json'], dir);
    const report = json(run.stdout);
    assert.deepEqual(report.findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}`), Array(4).fill('notes.yml:2:schema/required'));
    assert.deepEqual(report.findings.map((f) => f.message.match(/'(\w+)'/)?.[1]), ['title', 'area', 'owner', 'steps']);
  });
});
