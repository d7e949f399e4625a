// The fast path's timestamps and durations (see direct.ts): `timestamp()` of a date-time in whole UTC seconds,
// `duration()` of whole hours, minutes or seconds, compared, added and subtracted as CEL does; any other form,
// or a result outside CEL's range, is NOT_SURE and the library's.

/** "Not sure": the library decides. */
export const NOT_SURE: unique symbol = Symbol('not sure');
type Value = unknown;

/** A timestamp and a duration, in milliseconds: compared and subtracted here, never a final answer. */
export class Instant {
  constructor(readonly ms: number) {}
}
export class Span {
  constructor(readonly ms: number) {}
}
/** CEL's timestamps run from year 1 to 9999; this path takes years from 1000 (Date.UTC reads 0–99 as 1900s). */
const FIRST = Date.UTC(1000, 0, 1);
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59);
const instant = (ms: number) => (ms >= FIRST && ms <= LAST ? new Instant(ms) : NOT_SURE);
const span = (ms: number) => (Math.abs(ms) <= LAST - FIRST ? new Span(ms) : NOT_SURE);
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** `timestamp('2026-11-20T00:00:00Z')`: whole seconds in UTC only; any other form is the library's. */
export function timestampOf(text: string): Value {
  const m = RFC3339.exec(text);
  if (!m) return NOT_SURE;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  // A date that does not exist (February 30th, hour 24) is the library's to judge.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return NOT_SURE;
  return instant(Date.UTC(year, month - 1, day, hour, minute, second));
}

/** `duration('336h')`: whole hours, minutes or seconds only. */
export function durationOf(text: string): Value {
  const m = /^(\d{1,9})(h|m|s)$/.exec(text);
  return m ? span(Number(m[1]) * { h: 3_600_000, m: 60_000, s: 1_000 }[m[2] as 'h' | 'm' | 's']) : NOT_SURE;
}

/** Timestamps and durations: `-` and `+` as CEL has them for the pairs it defines. */
export function timeArithmetic(op: string, a: Value, b: Value): Value {
  if (!(a instanceof Instant || a instanceof Span) || !(b instanceof Instant || b instanceof Span)) return NOT_SURE;
  if (op === '_-_') {
    if (a instanceof Instant) return b instanceof Instant ? span(a.ms - b.ms) : instant(a.ms - b.ms);
    return b instanceof Span ? span(a.ms - b.ms) : NOT_SURE;
  }
  if (op !== '_+_') return NOT_SURE;
  if (a instanceof Span && b instanceof Span) return span(a.ms + b.ms);
  return a instanceof Instant && b instanceof Span ? instant(a.ms + b.ms) : a instanceof Span && b instanceof Instant ? instant(a.ms + b.ms) : NOT_SURE;
}

export const sameTime = (a: Value, b: Value) => (a instanceof Instant && b instanceof Instant) || (a instanceof Span && b instanceof Span);
