// `mops rules`, `mops explain`, --help and --version.

import assert from 'node:assert/strict';
import { RULES } from '../../../src/core';
import { runCli } from '../../helpers';

describe('other commands', () => {
  it('mops rules lists every rule with its default severity', async () => {
    const run = await runCli(['rules']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trimEnd().split('\n').length, RULES.length);
    assert.match(run.stdout, /^schema\/enum +error +A value is not one of/m);
    const asJson = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout);
    assert.deepEqual(asJson.map((r: { id: string }) => r.id), RULES.map((r) => r.id));
  });

  it('mops explain prints the rule page and suggests the nearest id for a typo', async () => {
    const run = await runCli(['explain', 'yaml/duplicate-key']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^# yaml\/duplicate-key/);
    assert.match(run.stdout, /Online: https:\/\/github\.com\/mops-dev\/mops\/blob\/main\/docs\/rules\/yaml\/duplicate-key\.md/);
    const typo = await runCli(['explain', 'yaml/duplicate-kye']);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /Did you mean 'yaml\/duplicate-key'\?/);
  });

  it('--version and --help', async () => {
    assert.match((await runCli(['--version'])).stdout, /^\d+\.\d+\.\d+\n$/);
    const help = await runCli(['check', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--format NAME/);
    assert.equal((await runCli([])).code, 2);
  });
});
