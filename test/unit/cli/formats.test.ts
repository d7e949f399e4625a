// Every output format of `mops check`: SARIF through the official validator, GitHub commands, JUnit, stylish, Markdown.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cleanup, REFERENCE, runCli } from '../../helpers';
import { BRIEF, defectivePlaybook } from './defects';
import { playbookRepo, TOOL_SOP } from './git-repo';
import { MULTITOOL, SARIF_SCHEMA, sarifValidator } from './sarif-validator';

/** The SARIF 2.1.0 JSON schema too: the validator does not report every schema violation (an unknown level, say). */
function sarifSchemaErrors(log: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('output formats', () => {
  afterEach(cleanup);

  describe('sarif', () => {
    it('passes the official SARIF validator and the SARIF 2.1.0 schema, with 1-based regions', async function () {
      this.timeout(60_000);
      assert.ok(existsSync(MULTITOOL), 'npm install provides the SARIF multitool');
      const { dir } = defectivePlaybook();
      const run = await runCli(['check', dir, '--format', 'sarif']);
      assert.equal(run.code, 1);
      const validation = sarifValidator(run.stdout);
      assert.deepEqual(validation.errors, []);
      assert.deepEqual(validation.warnings, []);
      const log = JSON.parse(run.stdout);
      assert.deepEqual(sarifSchemaErrors(log), []);
      const results = log.runs[0].results;
      const enumResult = results.find((r: { ruleId: string }) => r.ruleId === 'schema/enum');
      assert.deepEqual(enumResult.locations[0].physicalLocation, {
        artifactLocation: { uri: BRIEF, uriBaseId: 'PLAYBOOKROOT' },
        region: { startLine: 7, startColumn: 9, endLine: 7, endColumn: 14 },
      });
      assert.equal(enumResult.level, 'error');
      const rule = log.runs[0].tool.driver.rules[enumResult.ruleIndex];
      assert.equal(rule.id, 'schema/enum');
      assert.match(rule.helpUri, /docs\/rules\/schema\/enum\.md$/);
      assert.equal(enumResult.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'active');
    });

    it('passes the validator for a clean playbook too', async function () {
      this.timeout(60_000);
      const run = await runCli(['check', REFERENCE, '--format', 'sarif']);
      assert.equal(run.code, 0);
      assert.deepEqual(sarifValidator(run.stdout).errors, []);
      assert.deepEqual(JSON.parse(run.stdout).runs[0].results, []);
    });

    it('with --changed-since, marks each result new or unchanged (baselineState) and still passes the validator', async function () {
      this.timeout(60_000);
      // The base has an owner who is not in the Team; the change adds an overdue review to the same SOP.
      const repo = playbookRepo((r) => r.edit(TOOL_SOP, 'owner: li.wei', 'owner: ghost'));
      repo.edit(TOOL_SOP, 'review_every_days: 365', 'review_every_days: 100');
      const run = await runCli(['check', '--changed-since', 'base', '--format', 'sarif'], repo.root);
      assert.equal(run.code, 1);
      const validation = sarifValidator(run.stdout);
      assert.deepEqual(validation.errors, []);
      assert.deepEqual(validation.warnings, []);
      const log = JSON.parse(run.stdout);
      assert.deepEqual(sarifSchemaErrors(log), []);
      assert.deepEqual(
        log.runs[0].results.map((r: { ruleId: string; baselineState: string }) => `${r.ruleId} ${r.baselineState}`),
        ['ref/unknown-person unchanged', 'sop/review-overdue new'],
      );
      // The schema knows the values: one SARIF does not define is rejected.
      log.runs[0].results[0].baselineState = 'old';
      assert.ok(sarifSchemaErrors(log).length > 0);
    });

    it('the validation can fail: a broken log is rejected by both checks', async function () {
      this.timeout(60_000);
      const { dir } = defectivePlaybook();
      const log = JSON.parse((await runCli(['check', dir, '--format', 'sarif'])).stdout);
      log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      assert.ok(sarifValidator(JSON.stringify(log, null, 2)).errors.length > 0);
      log.runs[0].results[0].level = 'fatal';
      assert.ok(sarifSchemaErrors(log).length > 0);
    });
  });

  it('github: one escaped workflow command per finding, 1-based', async () => {
    const { dir } = defectivePlaybook();
    const run = await runCli(['check', dir, '--format', 'github']);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 6);
    assert.ok(lines.includes(`::error file=${BRIEF},line=7,col=9,endLine=7,endColumn=14,title=schema/enum::'status' must be one of 'active', 'on-hold', 'closed', 'cancelled', not 'actve'. Did you mean 'active'?`));
    assert.ok(lines.some((l) => l.includes("Unknown property 'tab\there, <xml> & \"quotes\", 100%25'")));
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+$/);
  });

  it('github: escapes %, newlines, commas and colons', async () => {
    const { github } = await import('../../../src/cli/formatters/github');
    const text = github(
      {
        root: '/r',
        files: ['a,b:c.yaml'],
        findings: [{ rule: 'x/y', severity: 'info', message: '100% sure\nsecond line', file: 'a,b:c.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, related: [], fixes: [] }],
        summary: { files: 1, errors: 0, warnings: 0, infos: 1 },
        rules: [],
        version: '0',
      },
      { color: false },
    );
    assert.equal(text, '::notice file=a%2Cb%3Ac.yaml,line=1,col=1,endLine=1,endColumn=2,title=x/y::100%25 sure%0Asecond line\n');
  });

  it('junit: well-formed XML, a suite per file, a failing case per error, text escaped', async () => {
    const { dir } = defectivePlaybook();
    const run = await runCli(['check', dir, '--format', 'junit']);
    assert.equal(XMLValidator.validate(run.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(run.stdout);
    const suites = doc.testsuites.testsuite as Array<{ name: string; failures: string; testcase: unknown }>;
    assert.equal(suites.length, 15);
    assert.equal(doc.testsuites.failures, '6');
    const brief = suites.find((s) => s.name === BRIEF);
    assert.equal(brief?.failures, '2');
    assert.match(run.stdout, /Unknown property &apos;tab\there, &lt;xml&gt; &amp; &quot;quotes&quot;, 100%&apos;/);
  });

  it('junit: a warning is a passing case that says so, not a failure; more warnings than --max-warnings fail once', async () => {
    // On 2027-07-15 the reference playbook has 14 warnings (SLAs, reviews, a notice deadline, two launches missed, and two
    // results missing: black friday's sign-ups and revenue; the two briefs that never launched owe none) and no error: exit 0.
    const run = await runCli(['check', REFERENCE, '--format', 'junit', '--today', '2027-07-15']);
    assert.equal(run.code, 0);
    assert.equal(XMLValidator.validate(run.stdout), true);
    const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) }).parse(xml);
    const doc = parse(run.stdout);
    assert.equal(doc.testsuites.failures, '0');
    assert.ok(doc.testsuites.testsuite.every((s: { failures: string }) => s.failures === '0'));
    const cases = doc.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase) as Array<{ name: string; failure?: unknown; 'system-out'?: string; properties?: { property: Array<{ name: string; value: string }> } }>;
    const warnings = cases.filter((c) => c.properties);
    assert.equal(warnings.length, 14);
    for (const c of warnings) {
      assert.equal(c.failure, undefined, c.name);
      assert.deepEqual(c.properties!.property.find((p) => p.name === 'severity'), { name: 'severity', value: 'warning' });
      assert.match(c['system-out']!, / warning .+ \((brief|martech|sop)\/[a-z-]+\)$/);
    }
    // --max-warnings 5 fails the check: one failing case says why, so the XML fails when mops does.
    const over = await runCli(['check', REFERENCE, '--format', 'junit', '--today', '2027-07-15', '--max-warnings', '5']);
    assert.equal(over.code, 1);
    const limited = parse(over.stdout);
    assert.equal(limited.testsuites.failures, '1');
    const suite = limited.testsuites.testsuite.find((s: { name: string }) => s.name === 'mops check');
    assert.equal(suite.testcase[0].failure.message, '14 warnings, more than --max-warnings 5.');
  });

  it('stylish: grouped by file with 1-based positions and a summary; colour only when asked', async () => {
    const { dir } = defectivePlaybook();
    const plain = await runCli(['check', dir]);
    assert.match(plain.stdout, new RegExp(`^${BRIEF.replace(/\./g, '\\.')}\\n  7:9 +error +'status' must be one of`, 'm'));
    assert.match(plain.stdout, /✖ 6 problems \(6 errors, 0 warnings, 0 infos\) in 4 files of 15 checked\./);
    const ESC = String.fromCharCode(27);
    assert.equal(plain.stdout.includes(ESC), false);
    const colored = await runCli(['check', dir, '--color']);
    assert.ok(colored.stdout.includes(`${ESC}[31merror${ESC}[0m`));
  });

  it('markdown: a table fit for a pull-request comment, with playbook text escaped', async () => {
    const { dir } = defectivePlaybook();
    const run = await runCli(['check', dir, '--format', 'markdown']);
    assert.match(run.stdout, /^## mops check\n\n6 errors, 0 warnings, 0 infos in 15 files checked\./);
    assert.match(run.stdout, /\| 🔴 error \| campaigns\/2026q4-na-email-black-friday\.yaml \| 7 \|/);
    const { mdCell } = await import('../../../src/cli/formatters/markdown');
    assert.equal(mdCell('a | b [x](javascript:1) <img>'), 'a \\| b \\[x\\]\\(javascript:1\\) \\<img\\>');
  });

  it('json output is stable for the same input', async () => {
    const { dir } = defectivePlaybook();
    const a = await runCli(['check', dir, '--format', 'json']);
    const b = await runCli(['check', dir, '--format', 'json']);
    assert.equal(a.stdout, b.stdout);
    rmSync(join(dir, 'team.yaml'));
    writeFileSync(join(dir, 'team.yaml'), readFileSync(join(REFERENCE, 'team.yaml')));
  });
});
