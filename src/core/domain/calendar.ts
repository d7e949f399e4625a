// The campaign calendar: each brief's live window, region, channels and segment, read once per change to the briefs.

import { perDocument, type IndexView } from '../engine/index-view';
import type { ParsedDocument } from '../model/parse';
import { isRecord, rec, str, strings, type Data } from '../model/readers';
import { matchName } from '../naming/match';
import { parseDay } from '../text/dates';
import { namingOf } from './naming';
import { isPlaceholder } from './placeholders';

/** Days from `from` to `to`, both included (day numbers, see text/dates). */
export interface Span {
  from: number;
  to: number;
}

export interface CalendarEntry {
  doc: ParsedDocument;
  id: string;
  title: string;
  file: string;
  status: string;
  owner?: string;
  /** The `{region}` token of the brief id under the naming convention's `campaign` target; undefined when it does not read. */
  region?: string;
  channels: string[];
  /** `audience.segment` as written (trimmed): two briefs with the same one target the same people. */
  segment?: string;
  launch: number;
  /** The last day live: `timeline.end`, or the launch day when the brief has no end (or one before its launch). */
  end: number;
  /** Whether `end` was the brief's own `timeline.end`. */
  hasEnd: boolean;
}

/** The days a brief is live: from its launch to its end, both included; undefined without a launch date. */
export function liveWindow(data: Data): Span | undefined {
  const timeline = rec(data.timeline);
  const launch = parseDay(timeline.launch);
  if (launch === undefined) return undefined;
  const end = parseDay(timeline.end);
  return { from: launch, to: end !== undefined && end >= launch ? end : launch };
}

export function overlap(a: Span, b: Span): Span | undefined {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : undefined;
}

/** The region a brief id names, read by the naming convention's `campaign` template. */
export function regionOf(index: IndexView, id: string | undefined): string | undefined {
  const template = namingOf(index)?.targets.get('campaign');
  if (id === undefined || template === undefined) return undefined;
  const match = matchName(template, id);
  return match.ok ? match.tokens.region : undefined;
}

function entryOf(doc: ParsedDocument, index: IndexView): CalendarEntry | undefined {
  if (!doc.clean || !isRecord(doc.value)) return undefined;
  const data = doc.value as Data;
  const status = str(data.status) ?? 'active';
  const window = liveWindow(data);
  // A cancelled campaign takes no place on the calendar; one without a launch date has none yet.
  if (status === 'cancelled' || window === undefined) return undefined;
  const id = str(data.id) ?? doc.path;
  const segment = str(rec(data.audience).segment)?.trim();
  return {
    doc,
    id,
    title: str(data.title) ?? '',
    file: doc.path,
    status,
    owner: str(data.owner),
    region: regionOf(index, str(data.id)),
    channels: [...new Set(strings(data.channels).map(([c]) => c))],
    // A new brief's placeholder segment names nobody yet: it clashes with nothing.
    segment: segment === '' || isPlaceholder(segment) ? undefined : segment,
    launch: window.from,
    end: window.to,
    hasEnd: parseDay(rec(data.timeline).end) === window.to,
  };
}

export interface Calendar {
  /** Every brief on the calendar (not cancelled, with a launch date), by launch day, then id. */
  entries: CalendarEntry[];
  byDoc: Map<ParsedDocument, CalendarEntry>;
  bySegment: Map<string, CalendarEntry[]>;
  /** Channel → its briefs by launch day. */
  byChannel: Map<string, CalendarEntry[]>;
}

/** The playbook's calendar, built once per change to the briefs or the naming convention. */
export function calendarOf(index: IndexView): Calendar {
  return index.derive('calendar', ['Brief', 'NamingConvention'], () => {
    // A brief's entry reads the brief and the naming convention only.
    const entryOfDoc = perDocument(index, 'calendar-entries', ['NamingConvention'], (d) => entryOf(d, index));
    const entries = index
      .all('Brief')
      .map(entryOfDoc)
      .filter((e): e is CalendarEntry => e !== undefined)
      .sort((a, b) => a.launch - b.launch || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const bySegment = new Map<string, CalendarEntry[]>();
    const byChannel = new Map<string, CalendarEntry[]>();
    const push = (map: Map<string, CalendarEntry[]>, key: string, e: CalendarEntry) => {
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    };
    for (const e of entries) {
      if (e.segment !== undefined) push(bySegment, e.segment, e);
      for (const c of e.channels) push(byChannel, c, e);
    }
    return { entries, byDoc: new Map(entries.map((e) => [e.doc, e])), bySegment, byChannel };
  });
}
