// Team policies in the CLI: `mops rules` and `mops explain` show them, SARIF carries their metadata (checked
// by the official validator), and every format reports policy/<id> like any rule.

import assert from 'node:assert/strict';
import { cleanup, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';
import { sarifValidator } from '../cli/sarif-validator';

const POLICY = `apiVersion: mops/v1
kind: Policy
id: tier2-legal
title: Tier-2 campaigns need legal approval
description: Legal reviews every tier-2 campaign before it launches. Add the legal gate's approval.
severity: error
match:
  kind: Brief
  when: self.tier == 2
assert:
  - expr: self.approvals.exists(a, a.gate == 'legal')
    at: approvals
`;

describe('team policies in the CLI', () => {
  afterEach(cleanup);
  const playbook = () => tempPlaybook({ ...readTree(REFERENCE), 'policies/legal.yaml': POLICY });

  it('mops rules lists the playbook’s policies after the built-in rules, in text and JSON', async () => {
    const dir = playbook();
    const text = await runCli(['rules', dir]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /\nTeam policies of this playbook .*\npolicy\/tier2-legal {2}error {4}Tier-2 campaigns need legal approval\n$/);
    const json = JSON.parse((await runCli(['rules', dir, '--format', 'json'])).stdout) as Array<{ id: string; policy?: { file: string; line: number } }>;
    assert.deepEqual(json.at(-1), { id: 'policy/tier2-legal', severity: 'error', description: 'Tier-2 campaigns need legal approval', help: 'Legal reviews every tier-2 campaign before it launches. Add the legal gate\'s approval.', policy: { file: 'policies/legal.yaml', line: 2 } });
    const outside = await runCli(['rules'], tempPlaybook({ 'notes.txt': 'x' }));
    assert.doesNotMatch(outside.stdout, /Team policies/);
  });

  it('mops explain prints a policy’s standard, its why and where it is defined', async () => {
    const dir = playbook();
    const run = await runCli(['explain', 'policy/tier2-legal'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '# policy/tier2-legal\n\nTier-2 campaigns need legal approval\n\nA team policy of this playbook · Default severity: **error**\n\nLegal reviews every tier-2 campaign before it launches. Add the legal gate\'s approval.\n\nDefined in policies/legal.yaml, line 3.\n');
    const missing = await runCli(['explain', 'policy/tier2-legl', dir]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no policy 'policy\/tier2-legl'\. Did you mean 'policy\/tier2-legal'\?/);
  });

  it('SARIF names each policy as a rule with its description as help, and passes the official validator', async function () {
    this.timeout(60_000);
    const dir = playbook();
    const run = await runCli(['check', dir, '--format', 'sarif']);
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; help: { text: string } }>;
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'policy/tier2-legal');
    assert.equal(rules[result.ruleIndex].id, 'policy/tier2-legal');
    assert.equal(rules[result.ruleIndex].help.text, "Legal reviews every tier-2 campaign before it launches. Add the legal gate's approval. Defined in policies/legal.yaml, line 3.");
    assert.deepEqual(sarifValidator(run.stdout), { errors: [], warnings: [] });
  });

  it('every format reports the policy finding', async () => {
    const dir = playbook();
    for (const [format, pattern] of [
      ['stylish', /error +Tier-2 campaigns need legal approval +policy\/tier2-legal/],
      ['github', /::error file=campaigns\/2026q4-na-email-black-friday\.yaml,line=37,.*title=policy\/tier2-legal::/],
      ['junit', /policy\/tier2-legal/],
      ['markdown', /policy\/tier2-legal/],
    ] as const) {
      const run = await runCli(['check', dir, '--format', format]);
      assert.equal(run.code, 1, `${format}: ${run.stderr}`);
      assert.match(run.stdout, pattern, format);
    }
  });
});
