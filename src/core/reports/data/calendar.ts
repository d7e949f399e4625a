// The calendar report's data: the briefs live in a range, grouped by week or month, with their clashes and blackout hits.

import type { CalendarSettings } from '../../config/calendar';
import { blackoutHits, type BlackoutHit } from '../../domain/blackouts';
import { calendarOf, overlap, type Calendar, type CalendarEntry, type Span } from '../../domain/calendar';
import { clashesOf } from '../../domain/clashes';
import { rangeIn } from '../../engine/context';
import { formatDay } from '../../text/dates';
import type { ReportInput } from '../facts';
import { defaultRange, periodsIn, type CalendarBy } from './calendar-periods';

export interface CalendarOptions {
  /** Day numbers; default: the week (or month) holding today and 13 weeks (3 months) in all. */
  from?: number;
  to?: number;
  by?: CalendarBy;
}

export interface CalendarClash {
  kind: 'segment' | 'channel';
  /** The segment or the channel. */
  on: string;
  /** The other briefs in it. */
  with: string[];
  from: string;
  to: string;
  /** For a channel: the launches in the window and the limit. */
  launches: number | null;
  limit: number | null;
}

export interface CalendarBrief {
  id: string;
  title: string;
  file: string;
  /** 0-based line of `timeline.launch` in the file, for editors. */
  launchLine: number | null;
  status: string;
  owner: string | null;
  region: string | null;
  channels: string[];
  segment: string | null;
  launch: string;
  end: string;
  /** Days live, launch and end included. */
  liveDays: number;
  clashes: CalendarClash[];
  blackouts: Array<{ reason: string; from: string; to: string }>;
}

export interface CalendarPeriod {
  key: string;
  label: string;
  from: string;
  to: string;
  /** Briefs launching in the period. */
  launches: string[];
  /** Briefs live in the period (launched in it or before), by launch. */
  live: string[];
  /** The blackouts that meet the period, by reason. */
  blackouts: string[];
}

export interface CalendarData {
  today: string;
  from: string;
  to: string;
  by: CalendarBy;
  /** Whether the Config has a `calendar` section: without one, nothing is checked for clashes and blackouts. */
  configured: boolean;
  briefs: CalendarBrief[];
  periods: CalendarPeriod[];
  blackouts: Array<{ from: string; to: string; reason: string; regions: string[] | null; channels: string[] | null; appliesTo: 'live' | 'launch'; briefs: string[] }>;
  totals: { live: number; launches: number; clashing: number; inBlackout: number; blackouts: number };
}

function briefOf(e: CalendarEntry, calendar: Calendar, settings: CalendarSettings | undefined, hits: BlackoutHit[]): CalendarBrief {
  const clashes = settings?.clashes ? clashesOf(e, calendar, settings.clashes) : [];
  return {
    id: e.id,
    title: e.title,
    file: e.file,
    launchLine: rangeIn(e.doc, ['timeline', 'launch'])?.start.line ?? null,
    status: e.status,
    owner: e.owner ?? null,
    region: e.region ?? null,
    channels: e.channels,
    segment: e.segment ?? null,
    launch: formatDay(e.launch),
    end: formatDay(e.end),
    liveDays: e.end - e.launch + 1,
    clashes: clashes.map((c) =>
      c.kind === 'segment'
        ? { kind: 'segment', on: c.segment, with: [c.other.id], from: formatDay(c.span.from), to: formatDay(c.span.to), launches: null, limit: null }
        : { kind: 'channel', on: c.channel, with: c.others.map((o) => o.id), from: formatDay(c.span.from), to: formatDay(c.span.to), launches: c.launches, limit: c.limit },
    ),
    blackouts: hits.map((h) => ({ reason: h.blackout.reason, from: formatDay(h.span.from), to: formatDay(h.span.to) })),
  };
}

export function buildCalendar(input: ReportInput & { calendar?: CalendarOptions }): CalendarData {
  const by = input.calendar?.by ?? 'week';
  const fallback = defaultRange(input.calendar?.from ?? input.today, by);
  const range: Span = { from: input.calendar?.from ?? fallback.from, to: input.calendar?.to ?? fallback.to };
  const settings = input.config.calendar;
  const calendar = calendarOf(input.index);
  const inRange = calendar.entries.filter((e) => overlap({ from: e.launch, to: e.end }, range));
  const hits = inRange.map((e) => blackoutHits(e, settings?.blackouts ?? []));
  const briefs = inRange.map((e, i) => briefOf(e, calendar, settings, hits[i]));
  const blackouts = (settings?.blackouts ?? []).filter((b) => overlap(b, range));
  const periods = periodsIn(range, by).map((p) => {
    const span = overlap(p, range) ?? p;
    return {
      key: p.key,
      label: p.label,
      from: formatDay(span.from),
      to: formatDay(span.to),
      launches: inRange.filter((e) => e.launch >= span.from && e.launch <= span.to).map((e) => e.id),
      live: inRange.filter((e) => overlap({ from: e.launch, to: e.end }, span)).map((e) => e.id),
      blackouts: blackouts.filter((b) => overlap(b, span)).map((b) => b.reason),
    };
  });
  return {
    today: formatDay(input.today),
    from: formatDay(range.from),
    to: formatDay(range.to),
    by,
    configured: settings !== undefined,
    briefs,
    periods,
    blackouts: blackouts.map((b) => ({
      from: formatDay(b.from),
      to: formatDay(b.to),
      reason: b.reason,
      regions: b.regions ?? null,
      channels: b.channels ?? null,
      appliesTo: b.appliesTo,
      briefs: briefs.filter((_, i) => hits[i].some((h) => h.blackout === b)).map((x) => x.id),
    })),
    totals: {
      live: briefs.length,
      launches: inRange.filter((e) => e.launch >= range.from && e.launch <= range.to).length,
      clashing: briefs.filter((b) => b.clashes.length > 0).length,
      inBlackout: briefs.filter((b) => b.blackouts.length > 0).length,
      blackouts: blackouts.length,
    },
  };
}
