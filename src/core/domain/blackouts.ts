// When a brief runs (or launches) in a blackout period that applies to its region and channels.

import type { BlackoutSetting } from '../config/calendar';
import { overlap, type CalendarEntry, type Span } from './calendar';

export interface BlackoutHit {
  blackout: BlackoutSetting;
  /** The days of the brief that fall in the blackout: its launch day for a launch freeze. */
  span: Span;
  /** The brief's channels the blackout names; every channel of the brief when it names none. */
  channels: string[];
}

/** A blackout's regions apply to a brief of one of them; a `global` brief runs in every region. Undefined regions: everywhere. */
export function blackoutApplies(blackout: BlackoutSetting, entry: Pick<CalendarEntry, 'region' | 'channels'>): boolean {
  if (blackout.regions !== undefined) {
    if (entry.region === undefined) return false;
    if (entry.region !== 'global' && !blackout.regions.includes(entry.region)) return false;
  }
  return blackout.channels === undefined || entry.channels.some((c) => blackout.channels!.includes(c));
}

/** The blackouts a brief's live window (or, for a launch freeze, its launch) falls in, in the Config's order. */
export function blackoutHits(entry: CalendarEntry, blackouts: readonly BlackoutSetting[]): BlackoutHit[] {
  const hits: BlackoutHit[] = [];
  for (const blackout of blackouts) {
    if (!blackoutApplies(blackout, entry)) continue;
    const period = { from: blackout.from, to: blackout.to };
    const span = blackout.appliesTo === 'launch' ? overlap({ from: entry.launch, to: entry.launch }, period) : overlap({ from: entry.launch, to: entry.end }, period);
    if (!span) continue;
    hits.push({ blackout, span, channels: blackout.channels === undefined ? entry.channels : entry.channels.filter((c) => blackout.channels!.includes(c)) });
  }
  return hits;
}

/** A rule warns about what can still be changed: an active brief whose clash or blackout is not over by today. */
export function stillAhead(span: Span, today: number): boolean {
  return span.to >= today;
}
