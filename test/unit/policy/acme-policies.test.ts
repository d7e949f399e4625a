// The sample playbook's own policies (examples/acme/policies/) are tested like the built-in rules: laid over the
// sample, test/fixtures/policies/<id>/valid/ checks clean and invalid/ yields exactly its `# expect:` findings.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, FIXTURES, runCli } from '../../helpers';
import { checked, expectations, fixtureFiles, marked, shown, workspaceOver } from './policy-fixtures';

const POLICIES = readdirSync(join(EXAMPLE, 'policies'))
  .filter((f) => f.endsWith('.yaml'))
  .map((file) => ({ file, text: readFileSync(join(EXAMPLE, 'policies', file), 'utf8') }))
  .map(({ file, text }) => ({ file, text, id: /^id: (\S+)$/m.exec(text)?.[1] ?? '' }));

describe('the sample playbook’s policies (examples/acme/policies)', () => {
  it('are 6 to 10 policies, one per file named after its id, each with a title and a description, each with fixtures', () => {
    assert.ok(POLICIES.length >= 6 && POLICIES.length <= 10, `${POLICIES.length} policies`);
    for (const { file, text, id } of POLICIES) {
      assert.equal(file, `${id}.yaml`);
      assert.match(text, /^kind: Policy$/m);
      assert.match(text, /^description: /m, `${id} says why`);
    }
    assert.deepEqual(readdirSync(join(FIXTURES, 'policies')).sort(), POLICIES.map((p) => p.id).sort(), 'one fixture folder per policy, none left over');
  });

  it('leave the sample clean: `mops check examples/acme` exits 0 with no problems', async () => {
    const run = await runCli(['check', EXAMPLE]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /no problems/);
  });

  for (const { id } of POLICIES) {
    describe(`policy/${id}`, () => {
      it('passes the valid fixture', () => {
        const valid = fixtureFiles(join(FIXTURES, 'policies', id, 'valid'));
        assert.ok(valid, `missing test/fixtures/policies/${id}/valid/`);
        assert.deepEqual(checked(workspaceOver(EXAMPLE, valid)).map(shown), []);
      });

      it('reports exactly the marked findings of the invalid fixture', () => {
        const invalid = fixtureFiles(join(FIXTURES, 'policies', id, 'invalid'));
        assert.ok(invalid, `missing test/fixtures/policies/${id}/invalid/`);
        const expected = expectations(invalid);
        assert.ok(expected.length > 0 && expected.every((e) => e.endsWith(`:policy/${id}`)), `the invalid fixture expects policy/${id} only: ${expected.join(', ')}`);
        assert.deepEqual(marked(checked(workspaceOver(EXAMPLE, invalid))), expected);
      });
    });
  }
});
