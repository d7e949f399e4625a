// The calendar rules' shared reading: the brief's calendar entry and the Config document to point related locations at.

import { CONFIG_FILE } from '../../config/config';
import { calendarOf, type Calendar, type CalendarEntry } from '../../domain/calendar';
import type { DocumentRuleContext } from '../../engine/rule';
import type { ParsedDocument } from '../../model/parse';

/** The active brief's calendar entry, and the calendar; undefined when the brief has no launch date or is not active. */
export function activeEntry(ctx: DocumentRuleContext): { entry: CalendarEntry; calendar: Calendar } | undefined {
  const calendar = calendarOf(ctx.index);
  const entry = calendar.byDoc.get(ctx.doc);
  return entry !== undefined && entry.status === 'active' ? { entry, calendar } : undefined;
}

export function configDoc(ctx: DocumentRuleContext): ParsedDocument | undefined {
  return ctx.index.all('Config').find((d) => d.path === CONFIG_FILE);
}

/** At most this many other briefs are named (and linked) in one finding: a crowded segment would grow as its square. */
export const MAX_NAMED = 10;

export function named(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_NAMED).join(', ');
  return ids.length > MAX_NAMED ? `${shown} and ${(ids.length - MAX_NAMED).toLocaleString('en-US')} more` : shown;
}
