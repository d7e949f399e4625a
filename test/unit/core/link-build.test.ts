// Building a tracked link: parameters set in order, lowercased; click ids dropped; a UTM parameter of the
// landing page never replaced without a word.

import assert from 'node:assert/strict';
import { buildTrackedLink, planTrackedLink } from '../../../src/core';

describe('buildTrackedLink', () => {
  it('appends the parameters in order, lowercased and encoded, before the fragment', () => {
    const link = buildTrackedLink(' https://www.acme.example/p?ref=x#top ', [
      ['utm_source', 'Newsletter'],
      ['utm_medium', 'email'],
      ['utm_campaign', 'a b&c'],
      ['utm_content', ''],
    ]);
    assert.equal(link, 'https://www.acme.example/p?ref=x&utm_source=newsletter&utm_medium=email&utm_campaign=a%20b%26c#top');
  });

  it('writes once a UTM parameter the landing URL already carries with the same value (any case)', () => {
    const plan = planTrackedLink('https://a.example/?UTM_SOURCE=Meta&x=1', [['utm_source', 'meta']]);
    assert.deepEqual(plan, { link: 'https://a.example/?x=1&utm_source=meta', dropped: [], conflicts: [] });
  });

  it('reports a UTM parameter the landing URL carries with another value, and keeps both for the rules to see', () => {
    const plan = planTrackedLink('https://a.example/?utm_source=old&x=1', [['utm_source', 'new']]);
    assert.deepEqual(plan.conflicts, [{ name: 'utm_source', landing: 'old', given: 'new' }]);
    assert.equal(plan.link, 'https://a.example/?utm_source=old&x=1&utm_source=new');
  });

  it('keeps a UTM parameter of the landing URL that no option sets', () => {
    assert.equal(buildTrackedLink('https://a.example/?utm_content=hero-x', [['utm_source', 'new'], ['utm_content', undefined]]), 'https://a.example/?utm_content=hero-x&utm_source=new');
  });

  it('drops click identifiers from the landing URL and says which', () => {
    const plan = planTrackedLink('https://a.example/p?fbclid=IwAR1&x=1&GCLID=abc&msclkid=9#top', [['utm_source', 'meta']]);
    assert.deepEqual(plan, { link: 'https://a.example/p?x=1&utm_source=meta#top', dropped: ['fbclid', 'GCLID', 'msclkid'], conflicts: [] });
  });

  it('refuses what is not a web address, with a message that shows how', () => {
    for (const bad of ['www.acme.example', 'javascript:alert(1)', 'ftp://a.example/', '']) {
      assert.throws(() => buildTrackedLink(bad, []), /is not a web address: write it in full/);
    }
  });
});
