// Near-miss headers are ours and reported; foreign YAML is left alone; a config without its header says so.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, Workspace } from '../../../src/core';
import { cleanup, FIXTURES, readTree, REFERENCE, runCli, tempPlaybook, where } from '../../helpers';

const FOREIGN = join(FIXTURES, 'foreign-yaml');
const SOP = 'id: s\ntitle: T\narea: a\nowner: priya.shah\nlast_review: 2026-10-01\nreview_every_days: 180\nsteps: [one]\n';

/** The reference playbook with extra files, every rule on. */
function withReference(files: Record<string, string>): Workspace {
  const all = { ...readTree(REFERENCE), ...files };
  const ws = new Workspace();
  ws.set('mops.config.yaml', { type: 'text', text: all['mops.config.yaml'] });
  for (const [path, text] of Object.entries(all)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

describe('document headers', () => {
  afterEach(cleanup);

  describe('foreign YAML stays untouched', () => {
    const files = readdirSync(FOREIGN);
    it('the corpus holds at least ten kinds of real-world YAML', () => assert.ok(files.length >= 10, files.join(', ')));
    for (const name of files) {
      it(name, () => {
        const ws = withReference({ [`other/${name}`]: readFileSync(join(FOREIGN, name), 'utf8') });
        assert.deepEqual(ws.findings(`other/${name}`), []);
        assert.equal(ws.parsed(`other/${name}`)?.isMops, false);
        assert.deepEqual(ws.allFindings(), [], 'and the playbook stays clean');
      });
    }
  });

  const nearMisses: Array<[string, string, string]> = [
    ['a mops kind and no apiVersion', `kind: Sop\n${SOP}`, '1:mops/api-version'],
    ['a kind in lower case and no apiVersion', `kind: sop\n${SOP}`, '1:mops/api-version'],
    ['mop/v1', `apiVersion: mop/v1\nkind: Sop\n${SOP}`, '1:mops/api-version'],
    ['Mops/v1', `apiVersion: Mops/v1\nkind: Sop\n${SOP}`, '1:mops/api-version'],
    ['MOPS/v1', `apiVersion: MOPS/v1\nkind: Sop\n${SOP}`, '1:mops/api-version'],
    ['mops/V1', `apiVersion: mops/V1\nkind: Sop\n${SOP}`, '1:mops/api-version'],
    ['mopsv1', `apiVersion: mopsv1\nkind: Sop\n${SOP}`, '1:mops/api-version'],
    ['an apiVersion that is not a string', `apiVersion: 1\nkind: Sop\n${SOP}`, '1:mops/api-version'],
    ['after a comment, indented in a later document', `# one\napiVersion: v1\nkind: ConfigMap\n---\n# a brief\nkind: Sop\n${SOP}`, '6:mops/api-version'],
  ];
  for (const [name, text, expected] of nearMisses) {
    it(`reports a near miss, ${name}, with a fix that makes it a clean mops document`, () => {
      const ws = withReference({ 'sops/near.yaml': text });
      const findings = ws.findings('sops/near.yaml');
      assert.deepEqual(where(findings), [expected]);
      assert.equal(findings[0].fixes.length, 1);
      const fixed = applyFixes(text, [findings[0].fixes[0]]);
      assert.deepEqual(withReference({ 'sops/near.yaml': fixed }).findings('sops/near.yaml'), []);
    });
  }

  it('keeps a near-miss document out of the index (no rule or report counts it)', () => {
    const ws = withReference({ 'sops/near.yaml': `kind: Sop\n${SOP}` });
    assert.equal(ws.documents('Sop').some((d) => d.path === 'sops/near.yaml'), false);
  });

  it('the CLI reports a brief with a mistyped apiVersion instead of passing it, exit 1', async () => {
    const dir = tempPlaybook({ 'mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\n', 'brief.yaml': 'apiVersion: mop/v1\nkind: Brief\nid: x\n' });
    const run = await runCli(['check', dir, '--format', 'json']);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string }> };
    assert.deepEqual(report.findings.map((f) => `${f.file}:${f.rule}`), ['brief.yaml:mops/api-version']);
  });
});

describe('mops.config.yaml without its header', () => {
  afterEach(cleanup);

  const cases: Array<[string, string, RegExp]> = [
    ['empty', '', /is empty/],
    ['only comments', '# settings to come\n', /is empty/],
    ['settings without a header', 'today: 2026-11-20\nrules:\n  brief/sla-overdue: warning\n', /no 'apiVersion: mops\/v1' and 'kind: Config' header/],
    ['unknown top-level keys', 'colour: blue\nteam: growth\n', /no 'apiVersion: mops\/v1' and 'kind: Config' header/],
  ];
  for (const [name, config, message] of cases) {
    it(`${name}: a config/header finding on the file and exit 2`, async () => {
      const dir = tempPlaybook({ 'mops.config.yaml': config, 'sop.yaml': `apiVersion: mops/v1\nkind: Sop\n${SOP.replace('priya.shah', 'o')}` });
      const run = await runCli(['check', dir, '--format', 'json']);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      const findings = (JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string; message: string }> }).findings.filter((f) => f.file === 'mops.config.yaml');
      assert.deepEqual(findings.map((f) => f.rule), ['config/header']);
      assert.match(findings[0].message, message);
      assert.match(run.stderr, /mops\.config\.yaml has errors/);
    });
  }

  it('offers the header as a fix only where it gives a valid Config', () => {
    const fixable = withReference({ 'mops.config.yaml': '# ours\ntoday: 2026-11-20\n' });
    const [finding] = fixable.findings('mops.config.yaml');
    assert.equal(finding.fixes[0].title, "Add the header 'apiVersion: mops/v1, kind: Config'");
    assert.equal(applyFixes('# ours\ntoday: 2026-11-20\n', [finding.fixes[0]]), '# ours\napiVersion: mops/v1\nkind: Config\ntoday: 2026-11-20\n');
    const foreign = withReference({ 'mops.config.yaml': 'colour: blue\n' });
    assert.deepEqual(foreign.findings('mops.config.yaml')[0].fixes, []);
  });

  it('a near-miss Config header is reported once, as mops/api-version', () => {
    const ws = withReference({ 'mops.config.yaml': 'kind: Config\ntoday: 2026-11-20\n' });
    assert.deepEqual(where(ws.findings('mops.config.yaml')), ['1:mops/api-version']);
  });

  it('does not apply the rules of a Config whose apiVersion is not supported', async () => {
    const brief = `apiVersion: mops/v1\nkind: Sop\nid: s\nbogus: 1\n${SOP.slice(SOP.indexOf('\n') + 1).replace('priya.shah', 'o')}`;
    const dir = tempPlaybook({ 'mops.config.yaml': 'apiVersion: mops/v2\nkind: Config\nrules:\n  schema/unknown-property: off\n', 'sop.yaml': brief });
    const run = await runCli(['check', dir, '--format', 'json']);
    assert.equal(run.code, 2, run.stderr);
    const rules = (JSON.parse(run.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule);
    assert.ok(rules.includes('mops/api-version'), rules.join());
    assert.ok(rules.includes('schema/unknown-property'), `the unsupported config's 'off' must not apply: ${rules.join()}`);
  });
});
