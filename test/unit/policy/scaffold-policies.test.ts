// The policies `mops init` writes (src/core/scaffold/templates-policies.ts) are tested like the built-in rules:
// laid over a fresh scaffold, test/fixtures/scaffold-policies/<id>/valid/ checks clean and invalid/ yields
// exactly its `# expect:` findings. The scaffold is made on the fixtures' day, 2026-11-20.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scaffoldPlaybook } from '../../../src/core';
import { parseDay } from '../../../src/core/text/dates';
import { FIXTURES, tempPlaybook } from '../../helpers';
import { checked, expectations, fixtureFiles, marked, shown, workspaceOver } from './policy-fixtures';

const files = scaffoldPlaybook({ today: parseDay('2026-11-20') as number });
const SCAFFOLD = tempPlaybook(Object.fromEntries(files.map((f) => [f.path, f.text])));
const POLICIES = files.filter((f) => f.path.startsWith('policies/')).map((f) => ({ file: f.path, id: /^id: (\S+)$/m.exec(f.text)?.[1] ?? '', text: f.text }));
const DIR = join(FIXTURES, 'scaffold-policies');

describe('the policies mops init writes (policies/)', () => {
  it('are 6 to 10 policies, one per file named after its id, each saying why, each with fixtures', () => {
    assert.ok(POLICIES.length >= 6 && POLICIES.length <= 10, `${POLICIES.length} policies`);
    for (const { file, text, id } of POLICIES) {
      assert.equal(file, `policies/${id}.yaml`);
      assert.match(text, /^kind: Policy$/m);
      assert.match(text, /^description: /m, `${id} says why`);
    }
    assert.deepEqual(readdirSync(DIR).sort(), POLICIES.map((p) => p.id).sort(), 'one fixture folder per policy, none left over');
  });

  it('leave the scaffold clean', () => {
    assert.deepEqual(checked(workspaceOver(SCAFFOLD, {})).map(shown), []);
  });

  for (const { id } of POLICIES) {
    describe(`policy/${id}`, () => {
      it('passes the valid fixture', () => {
        const valid = fixtureFiles(join(DIR, id, 'valid'));
        assert.ok(valid, `missing test/fixtures/scaffold-policies/${id}/valid/`);
        assert.deepEqual(checked(workspaceOver(SCAFFOLD, valid)).map(shown), []);
      });

      it('reports exactly the marked findings of the invalid fixture', () => {
        const invalid = fixtureFiles(join(DIR, id, 'invalid'));
        assert.ok(invalid, `missing test/fixtures/scaffold-policies/${id}/invalid/`);
        const expected = expectations(invalid);
        assert.ok(expected.length > 0 && expected.every((e) => e.endsWith(`:policy/${id}`)), `the invalid fixture expects policy/${id} only: ${expected.join(', ')}`);
        assert.deepEqual(marked(checked(workspaceOver(SCAFFOLD, invalid))), expected);
      });
    });
  }
});
