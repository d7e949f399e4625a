// Renders the calendar report as an iCalendar file (RFC 5545) that Google Calendar and Outlook import: all-day events, stable UIDs.

import type { CalendarBrief, CalendarData } from '../data/calendar';
import { blackoutText, clashText } from '../views/calendar';

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** One content line folded after at most 75 octets, never inside a UTF-8 character; continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    // The first line holds 75 octets; a continuation line's leading space is one of its 75.
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `2026-11-18` → `20261118`; the next day for an exclusive DTEND. */
const icsDate = (iso: string) => iso.replace(/-/g, '');
function nextDay(iso: string): string {
  return icsDate(new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
}

/** UIDs name the brief (or the blackout's dates) so that importing the file again updates the same events. */
const uidPart = (id: string) => id.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

function event(lines: string[], uid: string, stamp: string, from: string, to: string, summary: string, description: string, extra: string[] = []): void {
  lines.push('BEGIN:VEVENT', `UID:${icsText(uid)}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${icsDate(from)}`, `DTEND;VALUE=DATE:${nextDay(to)}`, `SUMMARY:${icsText(summary)}`);
  if (description !== '') lines.push(`DESCRIPTION:${icsText(description)}`);
  lines.push(...extra, 'END:VEVENT');
}

function describe(b: CalendarBrief): string {
  return [
    b.title !== '' ? `${b.title} (${b.id})` : b.id,
    `Live ${b.launch} to ${b.end}; status ${b.status}`,
    b.region ? `Region: ${b.region}` : '',
    b.channels.length > 0 ? `Channels: ${b.channels.join(', ')}` : '',
    b.segment ? `Segment: ${b.segment}` : '',
    b.owner ? `Owner: ${b.owner}` : '',
    clashText(b) ? `Clash: ${clashText(b)}` : '',
    blackoutText(b) ? `Blackout: ${blackoutText(b)}` : '',
    `File: ${b.file}`,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

export function renderIcs(data: CalendarData): string {
  const stamp = `${icsDate(data.today)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//mops//campaign calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText('Campaign calendar')}`];
  for (const b of data.briefs) {
    const name = b.title !== '' ? b.title : b.id;
    const categories = b.channels.length > 0 ? [`CATEGORIES:${b.channels.map(icsText).join(',')}`] : [];
    const flagged = b.clashes.length > 0 || b.blackouts.length > 0 ? '⚠ ' : '';
    event(lines, `${uidPart(b.id)}-live@mops`, stamp, b.launch, b.end, `${flagged}${name}`, describe(b), [...categories, 'TRANSP:TRANSPARENT']);
    event(lines, `${uidPart(b.id)}-launch@mops`, stamp, b.launch, b.launch, `Launch: ${name}`, describe(b), [...categories, 'TRANSP:TRANSPARENT']);
  }
  for (const b of data.blackouts) {
    const scope = [b.regions ? `Regions: ${b.regions.join(', ')}` : '', b.channels ? `Channels: ${b.channels.join(', ')}` : '', b.appliesTo === 'launch' ? 'No launches' : 'No campaign live'].filter((s) => s !== '');
    const hit = b.briefs.length > 0 ? [`In it: ${b.briefs.join(', ')}`] : [];
    event(lines, `blackout-${icsDate(b.from)}-${icsDate(b.to)}-${uidPart(b.reason.toLowerCase()).slice(0, 40)}@mops`, stamp, b.from, b.to, `Blackout: ${b.reason}`, [...scope, ...hit].join('\n'), ['TRANSP:TRANSPARENT']);
  }
  lines.push('END:VCALENDAR');
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
