// When campaigns clash: one audience segment in two live windows at once, or more launches on a channel than the team allows.

import type { ClashSettings } from '../config/calendar';
import { overlap, type Calendar, type CalendarEntry, type Span } from './calendar';

export type Clash =
  | { kind: 'segment'; segment: string; other: CalendarEntry; span: Span }
  | { kind: 'channel'; channel: string; limit: number; windowDays: number; span: Span; launches: number; others: CalendarEntry[] };

/** The launch limit on one channel, if any. */
export function launchLimit(settings: ClashSettings, channel: string): number | undefined {
  return settings.perChannel.get(channel) ?? settings.maxLaunchesPerChannel;
}

/** The first index in `list` (by launch) whose launch is at or after `day`. */
function firstFrom(list: readonly CalendarEntry[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].launch < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The densest run of `windowDays` consecutive days holding the entry's launch on one channel: the
 * launches in it. Windows start at a launch day, since a densest window can always be slid to start on one.
 */
function densest(list: readonly CalendarEntry[], launch: number, windowDays: number): CalendarEntry[] {
  let best: CalendarEntry[] = [];
  for (let i = firstFrom(list, launch - windowDays + 1); i < list.length && list[i].launch <= launch; i++) {
    const start = list[i].launch;
    const inside: CalendarEntry[] = [];
    for (let j = i; j < list.length && list[j].launch <= start + windowDays - 1; j++) inside.push(list[j]);
    if (inside.length > best.length) best = inside;
  }
  return best;
}

/** Every clash of one brief with the rest of the calendar, segment clashes first (by the other's launch), then channels in the brief's order. */
export function clashesOf(entry: CalendarEntry, calendar: Calendar, settings: ClashSettings): Clash[] {
  const out: Clash[] = [];
  const window = { from: entry.launch, to: entry.end };
  if (settings.sameSegment && entry.segment !== undefined) {
    for (const other of calendar.bySegment.get(entry.segment) ?? []) {
      if (other === entry) continue;
      const span = overlap(window, { from: other.launch, to: other.end });
      if (span) out.push({ kind: 'segment', segment: entry.segment, other, span });
    }
  }
  for (const channel of entry.channels) {
    const limit = launchLimit(settings, channel);
    if (limit === undefined) continue;
    const run = densest(calendar.byChannel.get(channel) ?? [], entry.launch, settings.windowDays);
    if (run.length <= limit) continue;
    out.push({
      kind: 'channel',
      channel,
      limit,
      windowDays: settings.windowDays,
      span: { from: run[0].launch, to: run[run.length - 1].launch },
      launches: run.length,
      others: run.filter((e) => e !== entry),
    });
  }
  return out;
}
