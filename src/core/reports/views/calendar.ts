// The campaign calendar as a document: a timeline, a table per week or month, the blackouts, and every brief in the range.

import type { CalendarBrief, CalendarData } from '../data/calendar';
import type { Cell, ReportDocument, Table, Timeline, Tone } from '../model';

/** A clash or a blackout is what calendar/clash and calendar/blackout warn about: the warning colour. */
function toneOf(b: CalendarBrief): Tone | undefined {
  return b.clashes.length > 0 || b.blackouts.length > 0 ? 'warn' : undefined;
}

export function clashText(b: CalendarBrief): string | null {
  if (b.clashes.length === 0) return null;
  return b.clashes
    .map((c) => (c.kind === 'segment' ? `segment ${c.on} with ${c.with.join(', ')} (${c.from} to ${c.to})` : `${c.launches} launches on ${c.on} ${c.from} to ${c.to}, limit ${c.limit}`))
    .join('; ');
}

export function blackoutText(b: CalendarBrief): string | null {
  return b.blackouts.length === 0 ? null : b.blackouts.map((h) => `${h.reason} (${h.from === h.to ? h.from : `${h.from} to ${h.to}`})`).join('; ');
}

const flagged = (text: string | null): Cell => (text === null ? null : { value: text, tone: 'warn' });

/** A week's or a month's briefs: the main table less what the period heading already says. */
function periodTable(briefs: CalendarBrief[], empty: string): Table {
  const full = briefTable(briefs, empty);
  const keep = ['Brief', 'Launch', 'End', 'Region', 'Channels', 'Segment', 'Status', 'Clashes', 'Blackouts'].map((l) => full.columns.findIndex((c) => c.label === l));
  return { columns: keep.map((i) => full.columns[i]), rows: full.rows.map((r) => keep.map((i) => r[i])), empty };
}

function briefTable(briefs: CalendarBrief[], empty: string): Table {
  return {
    columns: [
      { label: 'Brief' },
      { label: 'Title', csvOnly: true },
      { label: 'Launch' },
      { label: 'End' },
      { label: 'Live days', format: 'number' },
      { label: 'Region' },
      { label: 'Channels' },
      { label: 'Segment' },
      { label: 'Status' },
      { label: 'Owner', csvOnly: true },
      { label: 'Clashes' },
      { label: 'Blackouts' },
      { label: 'File', csvOnly: true },
    ],
    rows: briefs.map((b): Cell[] => [
      b.id,
      b.title,
      b.launch,
      b.end,
      b.liveDays,
      b.region,
      b.channels.join(', ') || null,
      b.segment,
      b.status,
      b.owner,
      flagged(clashText(b)),
      flagged(blackoutText(b)),
      b.file,
    ]),
    empty,
  };
}

function timeline(data: CalendarData): Timeline {
  return {
    type: 'timeline',
    title: `Campaigns live ${data.from} to ${data.to}`,
    from: data.from,
    to: data.to,
    today: data.today,
    ticks: data.periods.map((p) => ({ day: p.from, label: data.by === 'week' ? p.key.slice(5) : p.label.slice(0, 3) })),
    bands: data.blackouts.map((b) => ({ from: b.from, to: b.to, label: b.reason })),
    rows: data.briefs.map((b) => ({
      label: b.id,
      title: [`${b.id}: ${b.title}`, `${b.launch} to ${b.end}`, clashText(b) && `Clash: ${clashText(b)}`, blackoutText(b) && `Blackout: ${blackoutText(b)}`].filter(Boolean).join('\n'),
      // Clipped to the range, so that a long campaign does not stretch the axis (ISO dates compare as text).
      from: b.launch < data.from ? data.from : b.launch,
      to: b.end > data.to ? data.to : b.end,
      tone: toneOf(b),
    })),
  };
}

export function calendarDocument(data: CalendarData, notes: string[]): ReportDocument {
  const main = briefTable(data.briefs, 'No campaign is live in this range.');
  const t = data.totals;
  const byId = new Map(data.briefs.map((b) => [b.id, b]));
  const unit = data.by === 'week' ? 'week' : 'month';
  return {
    title: 'Campaign calendar',
    today: data.today,
    summary: [
      { label: 'From', value: data.from },
      { label: 'To', value: data.to },
      { label: 'Campaigns live', value: t.live },
      { label: 'Launches', value: t.launches },
      { label: 'Clashing', value: t.clashing, tone: t.clashing > 0 ? 'warn' : 'good' },
      { label: 'In a blackout', value: t.inBlackout, tone: t.inBlackout > 0 ? 'warn' : 'good' },
    ],
    sections: [
      {
        title: 'Timeline',
        intro: 'Each campaign from its launch to its end (its launch day alone when it has no end); blackouts shaded; campaigns with a clash or in a blackout in yellow.',
        blocks: [timeline(data)],
      },
      ...data.periods.map((p) => ({
        title: p.label,
        intro: `${p.launches.length} launching, ${p.live.length} live${p.blackouts.length > 0 ? `; blackout: ${p.blackouts.join(', ')}` : ''}.`,
        blocks: [{ type: 'table' as const, table: periodTable(p.live.map((id) => byId.get(id)!), `Nothing live this ${unit}.`) }],
      })),
      {
        title: 'Every campaign in the range',
        intro: 'Cancelled briefs and briefs without a launch date are not on the calendar. A clash is one audience segment in two campaigns live at once, or more launches on a channel in the window than calendar.clashes allows.',
        blocks: [{ type: 'table', table: main }],
      },
      {
        title: 'Blackouts',
        intro: data.configured ? 'The blackout periods of mops.config.yaml (calendar.blackouts) in the range, and the campaigns that run (or launch) in them.' : 'mops.config.yaml has no calendar section: no blackout or clash is checked.',
        blocks: [
          {
            type: 'table',
            table: {
              columns: [{ label: 'From' }, { label: 'To' }, { label: 'Reason' }, { label: 'Applies to' }, { label: 'Regions' }, { label: 'Channels' }, { label: 'Campaigns in it' }],
              rows: data.blackouts.map((b): Cell[] => [b.from, b.to, b.reason, b.appliesTo === 'launch' ? 'launches' : 'live campaigns', b.regions?.join(', ') ?? 'all', b.channels?.join(', ') ?? 'all', b.briefs.length > 0 ? { value: b.briefs.join(', '), tone: 'warn' } : null]),
              empty: 'No blackout in this range.',
            },
          },
        ],
      },
    ],
    main,
    notes,
  };
}
