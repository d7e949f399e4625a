// Building a tracked link: parameters set in order, lowercased, replacing ones already there.

import assert from 'node:assert/strict';
import { buildTrackedLink } from '../../../src/core';

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

  it('replaces a parameter the landing URL already carries', () => {
    assert.equal(buildTrackedLink('https://a.example/?utm_source=old&x=1', [['utm_source', 'new']]), 'https://a.example/?x=1&utm_source=new');
  });

  it('refuses what is not a web address, with a message that shows how', () => {
    for (const bad of ['www.acme.example', 'javascript:alert(1)', 'ftp://a.example/', '']) {
      assert.throws(() => buildTrackedLink(bad, []), /is not a web address: write it in full/);
    }
  });
});
