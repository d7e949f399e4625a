// Dates as spreadsheets hold them: workbook dates, Excel serial numbers, and text in any of the usual
// forms. Day and month order is never guessed: a column settles it (a 28 in the first place means day
// first) or the user says it (--date-order); otherwise the import stops and asks.

import { formatDay, parseDay } from '../text/dates';
import type { Cell, DateOrder } from './types';
import { shown } from './text';

export type DateRead =
  | { ok: true; day: string; why?: string }
  | { ok: false; reason: string }
  /** Two numbers that could be day/month or month/day: the column's order decides. */
  | { ok: 'ambiguous'; a: number; b: number; year: number; text: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The 1900 date system's day 0 is 1899-12-30 (Excel counts a 29 February 1900 that never was). */
const EXCEL_EPOCH = -25_569;
/** Serial numbers from 1 January 1990 to 31 December 2100: a bare number in a date column outside them is no date. */
const SERIAL_RANGE: [number, number] = [32_874, 73_415];

function day(year: number, month: number, date: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  return parseDay(text) === undefined ? undefined : text;
}

function fullYear(y: string): { year: number; why?: string } {
  if (y.length === 4) return { year: Number(y) };
  const n = Number(y);
  return { year: n < 70 ? 2000 + n : 1900 + n, why: 'two-digit year' };
}

function fromSerial(serial: number, text: string): DateRead {
  if (serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return { ok: false, reason: `${shown(text)} is not a date` };
  return { ok: true, day: formatDay(Math.floor(serial) + EXCEL_EPOCH), why: `Excel serial date ${Math.floor(serial)}` };
}

/** One cell as a day (`YYYY-MM-DD`), or the two numbers its column's order must settle. */
export function readDate(cell: Cell): DateRead {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'the cell holds an invalid date' };
    return { ok: true, day: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number') return fromSerial(cell, String(cell));
  const text = String(cell ?? '').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    const plain = text.length === 10;
    return d ? { ok: true, day: d, why: plain ? undefined : 'time of day left out' } : { ok: false, reason: `${shown(text)} is not a calendar date` };
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? { ok: true, day: d, why: 'year first' } : { ok: false, reason: `${shown(text)} is not a calendar date` };
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(text);
  if (m) return { ok: 'ambiguous', a: Number(m[1]), b: Number(m[2]), year: fullYear(m[3]).year, text };
  const named = monthNamed(text);
  if (named) return named;
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromSerial(Number(text), text);
  return { ok: false, reason: `${shown(text)} is not a date` };
}

/** `15 Jan 2027`, `15-Jan-27`, `Jan 15, 2027`, `Friday, January 15, 2027`. */
function monthNamed(text: string): DateRead | undefined {
  const t = text.replace(/^[a-z]+,?\s+(?=\d|[a-z]+\s+\d)/i, (w) => (MONTHS.includes(w.slice(0, 3).toLowerCase()) ? w : ''));
  let m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/i.exec(t);
  let date: number, monthWord: string, yearText: string;
  if (m) [date, monthWord, yearText] = [Number(m[1]), m[2], m[3]];
  else {
    m = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4}|\d{2})$/i.exec(t);
    if (!m) return undefined;
    [monthWord, date, yearText] = [m[1], Number(m[2]), m[3]];
  }
  const month = MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || (monthWord.length > 3 && !/^[a-z]+$/i.test(monthWord))) return undefined;
  const { year, why } = fullYear(yearText);
  const d = day(year, month, date);
  return d ? { ok: true, day: d, why } : { ok: false, reason: `${shown(text)} is not a calendar date` };
}

/** What a column's ambiguous dates say of its order: settled by a value, contradicted, or silent. */
export interface ColumnOrder {
  column: string;
  order?: 'dmy' | 'mdy';
  /** The value that settles it (`28/02/2027`), for the note. */
  evidence?: string;
  /** Both a day-first and a month-first value: the column mixes orders. */
  mixed?: [string, string];
  /** Some ambiguous values, for the message that asks. */
  examples: string[];
}

export function columnOrder(column: string, reads: DateRead[]): ColumnOrder {
  const result: ColumnOrder = { column, examples: [] };
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  for (const r of reads) {
    if (r.ok !== 'ambiguous') continue;
    if (result.examples.length < 3 && !result.examples.includes(r.text)) result.examples.push(r.text);
    if (r.a > 12 && r.a <= 31 && r.b <= 12) dayFirst ??= r.text;
    if (r.b > 12 && r.b <= 31 && r.a <= 12) monthFirst ??= r.text;
  }
  if (dayFirst && monthFirst) result.mixed = [dayFirst, monthFirst];
  else if (dayFirst) [result.order, result.evidence] = ['dmy', dayFirst];
  else if (monthFirst) [result.order, result.evidence] = ['mdy', monthFirst];
  return result;
}

/** An ambiguous date read in an order (given, or settled by its column). */
export function settle(read: Extract<DateRead, { ok: 'ambiguous' }>, order: DateOrder, why: string): DateRead {
  const [month, date] = order === 'mdy' ? [read.a, read.b] : [read.b, read.a];
  if (order === 'ymd') return { ok: false, reason: `${shown(read.text)} does not start with a year, as --date-order ymd says dates do` };
  const d = day(read.year, month, date);
  if (!d) return { ok: false, reason: `${shown(read.text)} is not a date when read ${order === 'dmy' ? 'day first' : 'month first'}` };
  return { ok: true, day: d, why };
}

export function orderWords(order: DateOrder): string {
  return order === 'dmy' ? 'day first' : order === 'mdy' ? 'month first' : 'year first';
}
