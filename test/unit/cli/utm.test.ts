// `mops utm build`: the link for a brief from the UTM standard, checked by the rules as if it were added to
// the brief's links; exit 0 when it passes, 1 with the problems on stderr, 2 for a brief that is not there
// or a landing page whose UTM parameter it would replace. Click ids of the landing page are dropped.

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

  it('drops click ids from the landing page and says so on stderr', async () => {
    const landing = 'https://shop.acme.example/cyber?fbclid=IwAR0abc&ref=footer&gclid=Cj0KCQ#top';
    const run = await runCli(['utm', 'build', '--campaign', BRIEF, '--source', 'newsletter', '--medium', 'email', '--content', 'banner-cyber', '--landing', landing], REFERENCE);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `https://shop.acme.example/cyber?ref=footer&utm_source=newsletter&utm_medium=email&utm_campaign=${BRIEF}&utm_content=banner-cyber#top\n`);
    assert.equal(
      run.stderr,
      'Dropped fbclid from the landing page: a click identifier belongs to one ad click, not to a link.\n' +
        'Dropped gclid from the landing page: a click identifier belongs to one ad click, not to a link.\n',
    );
  });

  it('refuses, exit 2, to replace a UTM parameter the landing page already carries, naming it', async () => {
    const landing = 'https://shop.acme.example/cyber?UTM_SOURCE=google&utm_medium=email';
    const run = await runCli(['utm', 'build', '--campaign', BRIEF, '--source', 'newsletter', '--medium', 'email', '--landing', landing], REFERENCE);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /The landing page already carries UTM_SOURCE=google, which --source would replace with 'newsletter': mops never replaces a UTM parameter silently\. Remove UTM_SOURCE from --landing, or give --source google\./);
    // The same value is no conflict: the link carries it once.
    const same = await runCli(['utm', 'build', '--campaign', BRIEF, '--source', 'newsletter', '--medium', 'email', '--landing', 'https://shop.acme.example/cyber?utm_medium=email'], REFERENCE);
    assert.equal(same.code, 0, same.stderr);
    assert.equal(same.stdout, `https://shop.acme.example/cyber?utm_source=newsletter&utm_medium=email&utm_campaign=${BRIEF}\n`);
  });

  it('offers the nearest brief id for a mistyped --campaign', async () => {
    const run = await runCli(['utm', 'build', '--campaign', '2026q4-na-email-black-fridya', '--source', 'newsletter', '--medium', 'email', '--landing', 'https://shop.acme.example/'], REFERENCE);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /There is no brief with the id '2026q4-na-email-black-fridya' in this playbook\. Did you mean '2026q4-na-email-black-friday'\?/);
  });
});
