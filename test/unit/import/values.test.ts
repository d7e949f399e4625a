// Each normalisation the import applies to a cell, on the values spreadsheets hold.

import assert from 'node:assert/strict';
import { columnOrder, readDate, settle } from '../../../src/core/import/dates';
import { guessValue } from '../../../src/core/import/dictionaries';
import { personMatcher } from '../../../src/core/import/people';
import { slugify } from '../../../src/core/import/text';
import { readBoolean, readCurrency, readInteger, readMoney, readNumber, readShare } from '../../../src/core/import/values';

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }) => (r.ok ? r.value : r.reason);

describe('import: normalising cells', () => {
  it('reads amounts as either convention writes them, with the currency of the sign or code', () => {
    assert.deepEqual(value(readMoney('$12,000')), { amount: 12000, currency: 'USD' });
    assert.deepEqual(value(readMoney('12.000,00 €')), { amount: 12000, currency: 'EUR' });
    assert.deepEqual(value(readMoney('£1,080 / yr')), { amount: 1080, currency: 'GBP' });
    assert.deepEqual(value(readMoney('USD 5,000')), { amount: 5000, currency: 'USD' });
    assert.deepEqual(value(readMoney('$36,000.00')), { amount: 36000, currency: 'USD' });
    assert.deepEqual(value(readMoney('12k')), { amount: 12000, currency: undefined });
    assert.deepEqual(value(readMoney(7500)), { amount: 7500 });
    assert.equal(value(readMoney('call Finance')), '"call Finance" is not an amount');
    assert.equal(readNumber('1.234.567'), 1234567);
    assert.equal(readNumber('1,5'), 1.5);
    assert.equal(readNumber("1'200"), 1200);
    assert.equal(readNumber('12,00,0'), undefined);
    assert.equal(value(readCurrency('eur')), 'EUR');
    assert.equal(value(readCurrency('€')), 'EUR');
  });

  it('reads whole numbers, shares and yes/no', () => {
    assert.equal(value(readInteger('Tier 2')), 2);
    assert.equal(value(readInteger('2.0')), 2);
    assert.equal(value(readInteger('1,200')), 1200);
    assert.equal(value(readInteger('2.5')), '"2.5" is not a whole number');
    assert.equal(value(readShare('60%')), 0.6);
    assert.equal(value(readShare(0.75)), 0.75);
    assert.deepEqual(readShare('60'), { ok: true, value: 0.6, why: 'read as a percentage' });
    for (const yes of ['TRUE', 'yes', 'Y', '✓', '1', true]) assert.equal(value(readBoolean(yes)), true, String(yes));
    for (const no of ['FALSE', 'no', 'N', '0', false]) assert.equal(value(readBoolean(no)), false, String(no));
    assert.equal(value(readBoolean('maybe')), '"maybe" is neither yes nor no');
  });

  it('reads dates: workbook dates, ISO, Excel serials, month names, two-digit years', () => {
    assert.deepEqual(readDate(new Date(Date.UTC(2027, 1, 3))), { ok: true, day: '2027-02-03' });
    assert.deepEqual(readDate('2027-02-03'), { ok: true, day: '2027-02-03', why: undefined });
    assert.deepEqual(readDate('2027-02-03T09:30:00Z'), { ok: true, day: '2027-02-03', why: 'time of day left out' });
    assert.deepEqual(readDate(46568), { ok: true, day: '2027-06-30', why: 'Excel serial date 46568' });
    assert.deepEqual(readDate('46568'), { ok: true, day: '2027-06-30', why: 'Excel serial date 46568' });
    assert.deepEqual(readDate('15 Jan 2027'), { ok: true, day: '2027-01-15', why: undefined });
    assert.deepEqual(readDate('Jan 15, 2027'), { ok: true, day: '2027-01-15', why: undefined });
    assert.deepEqual(readDate('Friday, January 15, 2027'), { ok: true, day: '2027-01-15', why: undefined });
    assert.deepEqual(readDate('15-Jan-27'), { ok: true, day: '2027-01-15', why: 'two-digit year' });
    assert.deepEqual(readDate('2027/02/03'), { ok: true, day: '2027-02-03', why: 'year first' });
    assert.equal(readDate('03/02/2027').ok, 'ambiguous');
    assert.equal(readDate('soon').ok, false);
  });

  it('settles day and month order only from a column that says it', () => {
    const dayFirst = columnOrder('Launch', ['03/02/2027', '28/02/2027'].map(readDate));
    assert.equal(dayFirst.order, 'dmy');
    assert.equal(dayFirst.evidence, '28/02/2027');
    assert.equal(columnOrder('Launch', ['03/02/2027', '02/28/2027'].map(readDate)).order, 'mdy');
    const silent = columnOrder('Launch', ['03/02/2027', '04/05/2027'].map(readDate));
    assert.equal(silent.order, undefined);
    assert.deepEqual(silent.examples, ['03/02/2027', '04/05/2027']);
    assert.deepEqual(columnOrder('Launch', ['28/02/2027', '02/28/2027'].map(readDate)).mixed, ['28/02/2027', '02/28/2027']);
    const read = readDate('03/02/2027');
    assert.ok(read.ok === 'ambiguous');
    assert.deepEqual(settle(read, 'dmy', 'day first'), { ok: true, day: '2027-02-03', why: 'day first' });
    assert.deepEqual(settle(read, 'mdy', 'month first'), { ok: true, day: '2027-03-02', why: 'month first' });
    const invalid = readDate('31/02/2027');
    assert.ok(invalid.ok === 'ambiguous');
    assert.equal(settle(invalid, 'dmy', '').ok, false);
  });

  it('finds the dictionary value a spreadsheet value means, or says none fits', () => {
    const channels = { values: ['email', 'social', 'search', 'events', 'multi'], synonyms: new Map(), open: false };
    assert.deepEqual(guessValue('Email', channels), { value: 'email', why: 'case' });
    assert.deepEqual(guessValue('Paid Social', channels), { value: 'social', why: 'word' });
    assert.deepEqual(guessValue('Event', channels), { value: 'events', why: 'nearest' });
    assert.equal(guessValue('Webinar', channels), undefined);
    const regions = { values: ['na', 'emea', 'uki'], synonyms: new Map(), open: false };
    assert.deepEqual(guessValue('North America', regions), { value: 'na', why: 'initials' });
    assert.deepEqual(guessValue('UK&I', regions), { value: 'uki', why: 'spelling' });
    const categories = { values: ['marketing-automation'], synonyms: new Map(), open: true };
    assert.deepEqual(guessValue('Marketing Automation', categories), { value: 'marketing-automation', why: 'case' });
    assert.deepEqual(guessValue('Social Listening', categories), { value: 'social-listening', why: 'new' });
    assert.equal(slugify('Existing customers – NA'), 'existing-customers-na');
    assert.equal(slugify('Customer Stories Webinar Series', 30), 'customer-stories-webinar');
  });

  it('matches people by id, e-mail, name and display name; an ambiguous name matches no one', () => {
    const match = personMatcher([
      { id: 'priya.shah', name: 'Priya Shah', email: 'priya@acme.example' },
      { id: 'jose.muller', name: 'José Müller' },
      { id: 'li.wei', name: 'Li Wei' },
      { id: 'li.chen', name: 'Li Chen' },
    ]);
    assert.deepEqual(match('priya.shah'), { id: 'priya.shah', how: 'id' });
    assert.deepEqual(match('PRIYA@acme.example'), { id: 'priya.shah', how: 'e-mail' });
    assert.deepEqual(match('Priya Shah <priya@acme.example>'), { id: 'priya.shah', how: 'e-mail' });
    assert.deepEqual(match('priya.shah@elsewhere.example'), { id: 'priya.shah', how: 'e-mail' });
    assert.deepEqual(match('Priya S.'), { id: 'priya.shah', how: 'first name and initial' });
    assert.deepEqual(match('Müller, José'), { id: 'jose.muller', how: 'last name, first name' });
    assert.deepEqual(match('Jose Muller'), { id: 'jose.muller', how: 'name' });
    assert.deepEqual(match('Li'), { ambiguous: ['li.chen', 'li.wei'] });
    assert.equal(match('Chris P.'), undefined);
  });
});
