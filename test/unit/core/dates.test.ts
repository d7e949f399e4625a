// Day numbers of calendar dates: parseDay agrees with the JavaScript Date calendar on every day of every
// month (and the invalid ones around them) over the years a playbook uses, and over the 400-year cycle.

import assert from 'node:assert/strict';
import { formatDay, parseDay } from '../../../src/core';

/** The reference: what Date.UTC says, with impossible dates (31 April, 29 February 2026) refused. */
function reference(year: number, month: number, day: number): number | undefined {
  if (year < 100) return undefined; // Date.UTC reads 0–99 as 1900–1999
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? ms / 86_400_000 : undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseDay', () => {
  it('agrees with Date on every day from 0000 to 2400, months 00–13 and days 00–32, and on a sample up to 9999', () => {
    const years = [...Array.from({ length: 2401 }, (_, y) => y), ...Array.from({ length: 200 }, (_, i) => 2401 + i * 38)];
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          assert.equal(parseDay(text), reference(year, month, day), text);
        }
      }
    }
  });

  it('refuses anything that is not exactly YYYY-MM-DD', () => {
    for (const text of ['2026-1-01', '2026-01-1', ' 2026-01-01', '2026-01-01\n', '２０２６-01-01', '2026/01/01', '+026-01-01', '-026-01-01', '2026-0a-01', '', 'abcd-ef-gh']) {
      assert.equal(parseDay(text), undefined, JSON.stringify(text));
    }
    for (const value of [20260101, null, undefined, new Date(0), ['2026-01-01']]) assert.equal(parseDay(value), undefined);
  });

  it('round-trips through formatDay', () => {
    for (const text of ['1970-01-01', '2000-02-29', '2026-11-29', '0100-03-01', '9999-12-31', '1969-12-31']) assert.equal(formatDay(parseDay(text) as number), text);
  });
});
