// Team policies: each policy is the rule policy/<id>, its findings on the exact lines of its `at`, with the
// engine's severities, disable comments and incremental re-checks; broken ones are policy/invalid.

import assert from 'node:assert/strict';
import { Workspace, type Finding } from '../../../src/core';
import { cleanup, cpuMs, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';

const BF = 'campaigns/2026q4-na-email-black-friday.yaml';
const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const reference = readTree(REFERENCE);

function policy(id: string, body: string): string {
  return `apiVersion: mops/v1\nkind: Policy\nid: ${id}\ntitle: The ${id} standard\n${body}`;
}

function workspace(changes: Record<string, string>): Workspace {
  const files = { ...reference, ...changes };
  const ws = new Workspace();
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const where = (findings: Finding[]) => findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}:${f.rule}:${f.severity}`).sort();

const LEGAL = policy(
  'tier2-legal',
  `severity: error
match:
  kind: Brief
  when: self.tier == 2 && self.status == 'active'
assert:
  - expr: self.approvals.exists(a, a.gate == 'legal' && a.status == 'approved')
    at: approvals
    message: Tier-2 campaign {self.id} has no approved legal gate.
`,
);

describe('team policies', () => {
  afterEach(cleanup);

  it('a finding of policy/<id> on the key that `at` names, with the message rendered and the policy as related', () => {
    const ws = workspace({ 'policies/legal.yaml': LEGAL });
    const findings = ws.allFindings().filter((f) => f.rule === 'policy/tier2-legal');
    const bf = findings.find((f) => f.file === BF)!;
    assert.deepEqual(where(findings), [`${WEBINAR}:${lineOf(reference[WEBINAR], 'approvals:')}:1:policy/tier2-legal:error`, `${BF}:${lineOf(reference[BF], 'approvals:')}:1:policy/tier2-legal:error`]);
    assert.equal(findings.find((f) => f.file === BF)?.message, 'Tier-2 campaign 2026q4-na-email-black-friday has no approved legal gate.');
    assert.deepEqual(bf.related.map((r) => [r.file, r.range.start.line + 1, r.message]), [['policies/legal.yaml', 10, 'the policy policy/tier2-legal']]);
  });

  it('a missing field makes an assertion false (on its nearest present parent), and a `when` not match', () => {
    const venue = policy('venue', 'match:\n  kind: Brief\n  when: self.audience.description != ""\nassert:\n  - expr: "false"\n');
    assert.deepEqual(workspace({ 'p.yaml': venue }).allFindings(), []);
    const named = policy('named', 'match:\n  kind: Brief\nassert:\n  - expr: has(self.audience.description) || self.channels.exists(c, c != "events")\n    at: audience.description\n');
    const findings = workspace({ 'p.yaml': named }).allFindings();
    assert.deepEqual(findings, []);
    const strict = policy('strict', 'match:\n  kind: Brief\n  when: self.id == "2026q4-na-email-black-friday"\nassert:\n  - expr: self.audience.description == "x"\n    at: audience.description\n');
    assert.deepEqual(where(workspace({ 'p.yaml': strict }).allFindings()), [`${BF}:${lineOf(reference[BF], 'audience:')}:1:policy/strict:warning`]);
  });

  it('reads a field left out as its default, whether the policies read a few fields or the document whole', () => {
    // The brief leaves out status (default active) and reads its tier: the first policy names fields only, so
    // only those are converted; the second uses self whole ('id' in self), so the whole document is.
    const fields = policy('by-fields', "match:\n  kind: Brief\n  when: self.status == 'active' && self.tier == 2\nassert:\n  - expr: 'false'\n    at: status\n");
    const whole = policy('whole', "match:\n  kind: Brief\n  when: \"'id' in self && self.status == 'active' && self.tier == 2\"\nassert:\n  - expr: 'false'\n    at: status\n");
    const text = reference[BF].replace(/^status: active\n/m, '');
    assert.notEqual(text, reference[BF]);
    for (const [id, text2] of [['by-fields', fields], ['whole', whole]]) {
      const found = workspace({ 'p.yaml': text2, [BF]: text }).allFindings().filter((f) => f.rule === `policy/${id}`);
      assert.ok(found.some((f) => f.file === BF), `${id} matched the brief without status: ${where(found).join(', ')}`);
      const alone = workspace({ 'p.yaml': text2 }).allFindings().filter((f) => f.rule === `policy/${id}`);
      assert.deepEqual(where(found).map((w) => w.split(':')[0]), where(alone).map((w) => w.split(':')[0]), `${id}: the same briefs match with and without the status line`);
    }
  });

  it('with a * in `at`, each item is checked as `it` and each offending one gets its own finding', () => {
    const https = policy('paid-social-content', "match:\n  kind: Brief\nassert:\n  - expr: \"!it.url.contains('utm_medium=paid-social') || it.url.contains('utm_content=ad-')\"\n    at: links.*.url\n    message: 'Paid-social link {it.name} names no ad in utm_content.'\n");
    const text = reference[WEBINAR].replace('utm_content=ad-speaker-lineup', 'utm_content=speaker-lineup');
    const findings = workspace({ 'p.yaml': https, [WEBINAR]: text }).allFindings().filter((f) => f.rule.startsWith('policy/'));
    assert.deepEqual(where(findings), [`${WEBINAR}:${lineOf(text, 'utm_content=speaker-lineup')}:10:policy/paid-social-content:warning`]);
    assert.match(findings[0].message, /^Paid-social link .+ names no ad in utm_content\.$/);
  });

  it('writes timestamps, durations, uints, maps and lists in a message as text, not as objects', () => {
    const message = "'{timestamp(self.timeline.launch + \"T00:00:00Z\")} | {duration(\"90m\")} | {timestamp(self.timeline.launch + \"T00:00:00Z\") - timestamp(\"2026-11-01T00:00:00Z\")} | {3u} | { {\"a\": 1} } | {[self.tier, \"x\"]}'";
    const p = policy('shows', `match:\n  kind: Brief\nassert:\n  - expr: self.id == 'none'\n    message: ${message}\n`);
    const found = workspace({ 'p.yaml': p }).findings(BF).filter((f) => f.rule === 'policy/shows');
    assert.equal(found.length, 1, where(workspace({ 'p.yaml': p }).allFindings()).join('\n'));
    const launch = /launch: (\S+)/.exec(reference[BF])?.[1];
    const days = (Date.parse(`${launch}T00:00:00Z`) - Date.parse('2026-11-01T00:00:00Z')) / 1000;
    assert.equal(found[0].message, `${launch}T00:00:00Z | 5400s | ${days}s | 3 | a: 1 | 2, x`);
  });

  it('honours disable comments, Config severities and off, for one policy and for policy/*', () => {
    const disabled = reference[BF].replace('approvals:\n', '# mops-disable-next-line policy/tier2-legal\napprovals:\n');
    assert.equal(workspace({ 'p.yaml': LEGAL, [BF]: disabled }).findings(BF).filter((f) => f.rule.startsWith('policy/')).length, 0);
    const config = (rules: string) => `${reference['mops.config.yaml']}rules:\n${rules}`;
    const severities = (rules: string) => workspace({ 'p.yaml': LEGAL, 'mops.config.yaml': config(rules) }).allFindings().filter((f) => f.rule.startsWith('policy/')).map((f) => f.severity);
    assert.deepEqual(severities('  policy/tier2-legal: info\n'), ['info', 'info']);
    assert.deepEqual(severities('  policy/*: warning\n'), ['warning', 'warning']);
    assert.deepEqual(severities('  policy/tier2-legal: off\n'), []);
    // A config that names a policy is not naming an unknown rule.
    assert.deepEqual(workspace({ 'p.yaml': LEGAL, 'mops.config.yaml': config('  policy/tier2-legal: info\n') }).findings('mops.config.yaml'), []);
  });

  it('re-checks the briefs a policy reads the Team for when team.yaml changes, as a fresh load would', () => {
    const roles = policy('owner-runs-campaigns', "match:\n  kind: Brief\nassert:\n  - expr: \"'campaign-ops' in playbook.people[self.owner].roles\"\n    at: owner\n");
    const ws = workspace({ 'p.yaml': roles });
    const before = ws.allFindings().filter((f) => f.rule === 'policy/owner-runs-campaigns').map((f) => f.file);
    assert.ok(before.length > 0 && !before.includes(BF), before.join());
    const team = reference['team.yaml'].replace('roles: [campaign-ops]', 'roles: [analytics]');
    ws.set('team.yaml', { type: 'text', text: team });
    const after = ws.allFindings().filter((f) => f.rule === 'policy/owner-runs-campaigns').map((f) => f.file);
    assert.ok(after.includes(BF), after.join());
    assert.deepEqual(ws.allFindings(), workspace({ 'p.yaml': roles, 'team.yaml': team }).allFindings());
  });

  it('an evaluation error is policy/invalid on the document; a non-boolean value too; the rest still runs', () => {
    const typed = policy('typed', "match:\n  kind: Brief\nassert:\n  - expr: self.tier + 'x' == 'y'\n  - expr: self.status == 'active' || self.status != 'active'\n");
    const findings = workspace({ 'p.yaml': typed }).allFindings();
    assert.ok(findings.length > 0 && findings.every((f) => f.rule === 'policy/invalid'), where(findings).join());
    assert.match(findings[0].message, /policy\/typed could not be evaluated on this document: .*overload.* \(its assert 1, at column \d+\)\./);
  });

  it('does not run a policy whose loops would cost more than a bounded multiple of the playbook', () => {
    const briefs: Record<string, string> = {};
    for (let i = 0; i < 600; i++) briefs[`campaigns/gen-${i}.yaml`] = reference[BF].replace('id: 2026q4-na-email-black-friday', `id: 2026q4-na-email-gen-${i}`).replace(/utm_campaign=2026q4-na-email-black-friday/g, `utm_campaign=2026q4-na-email-gen-${i}`);
    const quadratic = policy('owner-load', "match:\n  kind: Brief\nassert:\n  - expr: playbook.briefs.filter(id, playbook.briefs[id].owner == self.owner).size() < 1000\n");
    const started = cpuMs();
    const ws = workspace({ ...briefs, 'p.yaml': quadratic });
    const findings = ws.findings('p.yaml');
    assert.deepEqual(findings.map((f) => f.rule), ['policy/invalid']);
    assert.match(findings[0].message, /would take about [\d,]+ steps .* more than the 5,000 mops allows/);
    ws.allFindings();
    assert.ok(cpuMs() - started < 30_000, 'the check did not run the quadratic policy');
    const owned = policy('owner-load', "match:\n  kind: Brief\nassert:\n  - expr: playbook.people[self.owner].briefs.size() < 1000\n");
    assert.deepEqual(workspace({ ...briefs, 'p.yaml': owned }).allFindings().filter((f) => f.rule.startsWith('policy/')), []);
  });

  it('is safe on hostile expressions: RE2 regexes, prototype names, a 1 MB expression', () => {
    const hostile = policy(
      'hostile',
      `match:\n  kind: Brief\nassert:\n  - expr: "!('${'a'.repeat(40)}!'.matches('(a+)+$'))"\n  - expr: "!has(self.constructor) && !has(self.__proto__)"\n  - expr: "self['__proto__'] == null || true"\n`,
    );
    const started = cpuMs();
    assert.deepEqual(workspace({ 'p.yaml': hostile }).allFindings().filter((f) => f.rule.startsWith('policy/')), []);
    assert.ok(cpuMs() - started < 10_000);
    const huge = policy('huge', `match:\n  kind: Brief\nassert:\n  - expr: "${'true && '.repeat(130_000)}true"\n`);
    const findings = workspace({ 'p.yaml': huge }).findings('p.yaml');
    assert.deepEqual(findings.map((f) => f.rule), ['schema/length']);
  });

  it("reads a team's own x- fields, which no schema reports, while other unknown properties still are", () => {
    const text = reference[BF].replace('tier: 2\n', 'tier: 2\nx-jira: MKT-123\nx-labels: [q1-push]\nnotes_: 1\n').replace('  - item: design\n', '  - item: design\n      x-po: PO-7\n');
    const jira = policy('jira', "match:\n  kind: Brief\nassert:\n  - expr: \"'x-jira' in self && self['x-jira'].startsWith('MKT-') && 'q1-push' in self['x-labels']\"\n");
    const ws = workspace({ [BF]: text, 'p.yaml': jira });
    assert.deepEqual(where(ws.findings(BF)), [`${BF}:${lineOf(text, 'notes_: 1')}:1:schema/unknown-property:error`]);
    assert.deepEqual(where(ws.findings(WEBINAR)).filter((w) => w.includes('policy/')), [`${WEBINAR}:3:5:policy/jira:warning`]);
    const misuse = policy('has-x', "match:\n  kind: Brief\nassert:\n  - expr: has(self['x-jira'])\n");
    assert.match(workspace({ 'p.yaml': misuse }).findings('p.yaml')[0].message, /has\(\) tests a field/);
  });

  it('runs through the real CLI, in JSON with the rule id and exact range', async () => {
    const dir = tempPlaybook({ ...reference, 'policies/legal.yaml': LEGAL });
    const run = await runCli(['check', dir, '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string; range: { start: { line: number } } }> };
    assert.deepEqual(report.findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}`).sort(), [`${WEBINAR}:${lineOf(reference[WEBINAR], 'approvals:')}:policy/tier2-legal`, `${BF}:${lineOf(reference[BF], 'approvals:')}:policy/tier2-legal`]);
  });
});
