// The naming-template matcher: token values, separators inside dictionary values, formats, and the failure it explains.

import assert from 'node:assert/strict';
import { matchName } from '../../../src/core/naming/match';
import { compileTemplate } from '../../../src/core/naming/template';

const campaign = compileTemplate(
  'campaign',
  '{year}{quarter}-{region}-{channel}-{slug}',
  {
    year: { format: 'year' },
    quarter: { values: ['q1', 'q2', 'q3', 'q4'] },
    region: { values: ['na', 'emea', 'latam', 'na-east'] },
    channel: { values: ['email', 'social', 'paid-social'] },
    slug: { format: 'slug', max_length: 12 },
  },
  60,
);

describe('naming templates', () => {
  it('splits a matching name into its tokens, with separators inside dictionary values', () => {
    assert.deepEqual(matchName(campaign, '2026q4-na-east-paid-social-spring-sale'), {
      ok: true,
      tokens: { year: '2026', quarter: 'q4', region: 'na-east', channel: 'paid-social', slug: 'spring-sale' },
    });
  });

  it('names the token that failed, where, and the nearest value as a fix', () => {
    const result = matchName(campaign, '2026q4-na-emial-spring');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.token, 'channel');
    assert.equal(result.offset, 10);
    assert.equal(result.fixed, '2026q4-na-email-spring');
    assert.match(result.message, /\{channel\} at position 11: 'emial' is not one of email, social, paid-social \(did you mean 'email'\?\)/);
  });

  it('explains formats, lower case and over-long words', () => {
    const year = matchName(campaign, '26q4-na-email-x');
    assert.ok(!year.ok && /\{year\} at position 1: '26' is not a four-digit year/.test(year.message));
    const upper = matchName(campaign, '2026Q4-NA-email-spring');
    assert.ok(!upper.ok && upper.fixed === '2026q4-na-email-spring' && /lower case/.test(upper.message));
    const long = matchName(campaign, '2026q4-na-email-a-very-long-slug');
    assert.ok(!long.ok && long.message === "{slug} 'a-very-long-slug' is 16 characters long; at most 12 are allowed");
    const dashes = matchName(campaign, '2026q4-na-email-spring--sale');
    assert.ok(!dashes.ok);
  });

  it('reports a broken template instead of matching against it', () => {
    const broken = compileTemplate('asset', '{format}-{slug', { format: { values: ['hero'] } });
    const result = matchName(broken, 'hero-x');
    assert.ok(!result.ok && /template is broken/.test(result.message));
  });

  it('matches in time linear in the name, whatever the name', () => {
    // Words that could end anywhere, followed by a separator that never comes: a backtracking regex explodes here.
    const many = compileTemplate('t', '{a}-{b}-{c}-x', { a: { format: 'slug' }, b: { format: 'slug' }, c: { format: 'slug' } });
    const result = matchName(many, `${'a-'.repeat(400)}a`);
    assert.equal(result.ok, false);
  });
});
