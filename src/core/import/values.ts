// Reads one cell as the value a field takes: numbers and money as spreadsheets write them, shares,
// yes/no, e-mail addresses. Each reading says what it did, so the import can record it.

import type { Cell } from './types';
import { shown, slugify } from './text';

export type Read<T> = { ok: true; value: T; why?: string } | { ok: false; reason: string };

const ok = <T>(value: T, why?: string): Read<T> => ({ ok: true, value, why });
const no = (reason: string): Read<never> => ({ ok: false, reason });

/** Currency signs and the ISO code each stands for, longest first so that `US$` wins over `$`. */
const SIGNS: Array<[string, string]> = [
  ['US$', 'USD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['NZ$', 'NZD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['Fr.', 'CHF'],
];

/** What spreadsheets add to a yearly price (`$9,600 / yr`, `12.000 € p.a.`). */
const PER_YEAR = /\s*(?:\/\s*(?:yr|year|annum|y)|per\s+(?:year|annum)|p\.?\s*a\.?|a\s+year|annually|yearly)\s*$/i;

/**
 * A number as a person wrote it, in either convention: `12,000.50`, `12.000,50`, `12 000`, `1'200`.
 * Both `.` and `,`: the last one is the decimal mark. One of them once, followed by exactly three digits:
 * thousands (money and counts are rarely written to a thousandth). Otherwise a single mark is decimal.
 */
export function readNumber(text: string): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f']/g, '');
  let sign = 1;
  if (/^\(.*\)$/.test(t)) [t, sign] = [t.slice(1, -1), -1];
  if (t.startsWith('-') || t.startsWith('−')) [t, sign] = [t.slice(1), -sign];
  if (!/^\d[\d.,]*$/.test(t) && !/^[.,]\d+$/.test(t)) return undefined;
  const dots = t.split('.').length - 1;
  const commas = t.split(',').length - 1;
  let decimal: string | undefined;
  if (dots > 0 && commas > 0) decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) decimal = /^\d{1,3}[.,]\d{3}$/.test(t) ? undefined : dots ? '.' : ',';
  else if (dots + commas > 1) decimal = undefined;
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : /[.,]/;
  const [whole, fraction = ''] = decimal ? [t.slice(0, t.lastIndexOf(decimal)), t.slice(t.lastIndexOf(decimal) + 1)] : [t, ''];
  const groups = whole.split(group);
  // Groups of thousands are three digits after the first; anything else is not a number written by hand.
  if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) return undefined;
  if (/[.,]/.test(fraction)) return undefined;
  const n = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(n) ? sign * n : undefined;
}

export interface Money {
  amount: number;
  currency?: string;
}

/** `$12,000`, `12.000,00 €`, `EUR 9,600 / yr`, `12k`: the amount and the currency its sign or code names. */
export function readMoney(cell: Cell): Read<Money> {
  if (typeof cell === 'number') return ok({ amount: cell });
  if (typeof cell !== 'string') return no(`${shown(cell)} is not an amount`);
  let t = cell.trim().replace(PER_YEAR, '');
  let currency: string | undefined;
  const code = /(?:^|[\s\d])([A-Z]{3})(?=$|[\s\d])/.exec(t);
  if (code && !/^\d/.test(code[1])) {
    currency = code[1];
    t = t.replace(code[1], ' ');
  }
  for (const [sign, iso] of SIGNS) {
    if (!t.includes(sign)) continue;
    currency ??= iso;
    t = t.replace(sign, ' ');
    break;
  }
  let factor = 1;
  const suffix = /([\d.,])\s*([kKmM])$/.exec(t);
  if (suffix) {
    factor = /k/i.test(suffix[2]) ? 1000 : 1_000_000;
    t = t.slice(0, -1);
  }
  const amount = readNumber(t.trim());
  if (amount === undefined) return no(`${shown(cell)} is not an amount`);
  const value = Math.round(amount * factor * 100) / 100;
  return ok({ amount: value, currency }, currency ? `in ${currency}` : undefined);
}

/** `EUR`, `eur`, `€`, `US dollars`: an ISO 4217 code. */
export function readCurrency(cell: Cell): Read<string> {
  const t = String(cell ?? '').trim();
  if (/^[A-Za-z]{3}$/.test(t)) return ok(t.toUpperCase());
  const sign = SIGNS.find(([s]) => s === t);
  if (sign) return ok(sign[1]);
  const words: Array<[RegExp, string]> = [
    [/dollar/i, 'USD'],
    [/euro/i, 'EUR'],
    [/pound|sterling/i, 'GBP'],
    [/yen/i, 'JPY'],
  ];
  const word = words.find(([w]) => w.test(t));
  return word ? ok(word[1]) : no(`${shown(cell)} is not a currency code (such as USD or EUR)`);
}

/** A whole number: `2`, `2.0`, `Tier 2`, `1,200`, `25 seats`. */
export function readInteger(cell: Cell): Read<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) ? ok(cell) : no(`${shown(cell)} is not a whole number`);
  if (typeof cell !== 'string') return no(`${shown(cell)} is not a whole number`);
  const t = cell.trim().replace(/^(?:tier|t)\s*/i, '').replace(/\s*(?:days?|seats?|users?|people|contacts?)$/i, '');
  const n = readNumber(t);
  if (n === undefined || !Number.isInteger(n)) return no(`${shown(cell)} is not a whole number`);
  return ok(n);
}

/** Any number; `2.5%` is 2.5 with the unit `percent`. */
export function readDecimal(cell: Cell): Read<{ n: number; percent: boolean }> {
  if (typeof cell === 'number') return ok({ n: cell, percent: false });
  const t = String(cell ?? '').trim();
  const percent = t.endsWith('%');
  const n = readNumber(percent ? t.slice(0, -1).trim() : t);
  return n === undefined ? no(`${shown(cell)} is not a number`) : ok({ n, percent });
}

/** A share from 0 to 1: `60%`, `0.6`, and `60` (over 1, read as a percentage). */
export function readShare(cell: Cell): Read<number> {
  const d = readDecimal(cell);
  if (!d.ok) return no(`${shown(cell)} is not a percentage`);
  const { n, percent } = d.value;
  if (percent || n > 1) {
    const share = Math.round(n * 100) / 10000;
    return share <= 1 && share >= 0 ? ok(share, percent ? undefined : 'read as a percentage') : no(`${shown(cell)} is over 100%`);
  }
  return n >= 0 ? ok(n) : no(`${shown(cell)} is not a percentage`);
}

const TRUE = new Set(['true', 'yes', 'y', 'x', '✓', '✔', '1', 'on', 'signed', 'ja', 'oui', 'si', 'sí']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off', '-', '–', 'none', 'not signed', 'unsigned', 'nein', 'non']);

/** TRUE, yes, Y, ✓, 1 and their opposites. */
export function readBoolean(cell: Cell): Read<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const t = String(cell ?? '').trim().toLowerCase();
  if (TRUE.has(t)) return ok(true);
  if (FALSE.has(t)) return ok(false);
  return no(`${shown(cell)} is neither yes nor no`);
}

export function readEmail(cell: Cell): Read<string> {
  const t = String(cell ?? '').trim().replace(/^mailto:/i, '');
  const angle = /<([^<>@\s]+@[^<>\s]+)>/.exec(t);
  const address = (angle ? angle[1] : t).toLowerCase();
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) ? ok(address) : no(`${shown(cell)} is not an e-mail address`);
}

export function readSlug(cell: Cell): Read<string> {
  const slug = slugify(String(cell ?? ''));
  return slug ? ok(slug) : no(`${shown(cell)} has no letters or digits`);
}

/** Text: a number or date from a workbook as it reads, line breaks kept. */
export function readText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell ?? '');
}
