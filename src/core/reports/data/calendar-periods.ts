// Weeks (Monday to Sunday, ISO numbered) and months as day spans, for the calendar report's grouping and default range.

import { formatDay } from '../../text/dates';
import type { Span } from '../../domain/calendar';

export type CalendarBy = 'week' | 'month';

export interface Period extends Span {
  /** `2026-W47` or `2026-11`. */
  key: string;
  /** `Week 47, 16–22 Nov 2026` or `November 2026`. */
  label: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ymd = (day: number) => {
  const d = new Date(day * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
};
const dayFrom = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m, d) / 86_400_000);

/** The Monday of the week holding `day` (day 0, 1970-01-01, was a Thursday). */
export function weekStart(day: number): number {
  return day - ((day + 3) % 7 + 7) % 7;
}

export function monthStart(day: number): number {
  const { y, m } = ymd(day);
  return dayFrom(y, m, 1);
}

function isoWeek(monday: number): { year: number; week: number } {
  const thursday = monday + 3;
  const year = ymd(thursday).y;
  return { year, week: Math.floor((thursday - dayFrom(year, 0, 1)) / 7) + 1 };
}

function short(day: number): string {
  const { d, m } = ymd(day);
  return `${d} ${MONTHS[m].slice(0, 3)}`;
}

export function periodOf(day: number, by: CalendarBy): Period {
  if (by === 'month') {
    const from = monthStart(day);
    const { y, m } = ymd(from);
    return { from, to: dayFrom(y, m + 1, 1) - 1, key: formatDay(from).slice(0, 7), label: `${MONTHS[m]} ${y}` };
  }
  const from = weekStart(day);
  const { year, week } = isoWeek(from);
  const to = from + 6;
  return { from, to, key: `${year}-W${String(week).padStart(2, '0')}`, label: `Week ${week}, ${short(from)} – ${short(to)} ${ymd(to).y}` };
}

/** The periods that meet [from, to], in order. */
export function periodsIn(range: Span, by: CalendarBy): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(range.from, by); p.from <= range.to; p = periodOf(p.to + 1, by)) out.push(p);
  return out;
}

/** The default range: the period holding today and the ones after it, 13 weeks or 3 months in all. */
export function defaultRange(today: number, by: CalendarBy): Span {
  const first = periodOf(today, by);
  if (by === 'week') return { from: first.from, to: first.from + 13 * 7 - 1 };
  const { y, m } = ymd(first.from);
  return { from: first.from, to: dayFrom(y, m + 3, 1) - 1 };
}
