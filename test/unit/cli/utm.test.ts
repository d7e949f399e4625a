// `mops utm build`: the link for a brief from the UTM standard, checked by the rules as if it were added to
// the brief's links; exit 0 when it passes, 1 with the problems on stderr, 2 for a brief that is not there.

import assert from 'node:assert/strict';
import { REFERENCE, runCli } from '../../helpers';

const BRIEF = '2026q4-na-email-black-friday';

describe('mops utm build', () => {
  it('prints a link that passes every rule', async () => {
    const run = await runCli(['utm', 'build', '--campaign', BRIEF, '--source', 'newsletter', '--medium', 'email', '--content', 'banner-cyber', '--landing', 'https://shop.acme.example/cyber#top'], REFERENCE);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `https://shop.acme.example/cyber?utm_source=newsletter&utm_medium=email&utm_campaign=${BRIEF}&utm_content=banner-cyber#top\n`);
    assert.equal(run.stderr, '');
  });

  it('says which rules a link breaks, and exits 1', async () => {
    const run = await runCli(['utm', 'build', '--campaign', BRIEF, '--source', 'newsletter', '--medium', 'cpc', '--content', 'banner-cyber', '--landing', 'http://evil.example/x'], REFERENCE);
    assert.equal(run.code, 1);
    const rules = run.stderr.trim().split('\n').map((line) => line.split('  ').pop());
    assert.deepEqual(rules.sort(), ['utm/domain', 'utm/insecure', 'utm/source-medium']);
  });

  it('writes lower case, and flags an asset name that breaks the naming convention', async () => {
    const run = await runCli(['utm', 'build', '--campaign', BRIEF, '--source', 'Newsletter', '--medium', 'email', '--content', 'hero banner', '--landing', 'https://shop.acme.example/'], REFERENCE);
    assert.match(run.stdout, /utm_source=newsletter&/);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /naming\/convention|utm\/whitespace/);
  });

  it('exits 2 for a brief that is not there and for a missing option', async () => {
    assert.equal((await runCli(['utm', 'build', '--campaign', 'nope', '--source', 'a', '--medium', 'b', '--landing', 'https://x.example'], REFERENCE)).code, 2);
    const missing = await runCli(['utm', 'build', '--campaign', BRIEF], REFERENCE);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /needs --source/);
  });
});
