// The personal-data scanners: what counts as an e-mail address or phone number in a link, and what does not.

import assert from 'node:assert/strict';
import { findEmails, findPhones } from '../../../src/core/utm/pii';

describe('personal data in links', () => {
  it('finds e-mail addresses, and not handles or bare @ signs', () => {
    assert.deepEqual(findEmails('utm_content=jane.doe+promo@acme.example'), ['jane.doe+promo@acme.example']);
    assert.deepEqual(findEmails('x=@acme.example y=team@ z=a@b'), []);
    assert.deepEqual(findEmails('a@b.co,c@d.org'), ['a@b.co', 'c@d.org']);
  });

  it('finds phone numbers in the usual national and international forms', () => {
    for (const phone of ['+44 20 7946 0958', '+14155550123', '(415) 555-0123', '555-123-4567', '555.123.4567', '07700 900123', '07700900123']) {
      assert.deepEqual(findPhones(`utm_term=${phone}`), [phone], phone);
    }
  });

  it('does not take dates, campaign ids, order numbers or short numbers for phone numbers', () => {
    for (const text of ['2026-11-20', '20261120', '2026q4-na-email-black-friday', 'order=123456789012', 'id=4711', 'v=1.2.3', 'ad-2026-11-20-v2']) {
      assert.deepEqual(findPhones(text), [], text);
    }
  });

  it('scans in linear time however the separators repeat', () => {
    const hostile = `1${' '.repeat(200_000)}2${'-'.repeat(200_000)}`;
    assert.deepEqual(findPhones(hostile), []);
    assert.deepEqual(findEmails('@'.repeat(200_000)), []);
  });
});

describe('personal data edge cases', () => {
  it('takes a country code of one digit, and not a date followed by a time', () => {
    assert.deepEqual(findPhones('utm_term=1-555-123-4567'), ['1-555-123-4567']);
    assert.deepEqual(findPhones('utm_content=post-2026-11-20-1030'), []);
  });
});
