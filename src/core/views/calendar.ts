// The Calendar view: the playbook's campaigns by the week or month they launch, each opening its brief on the
// launch line, badged with the calendar rules' findings (a clash, a blackout) as the Problems panel has them.

import { calendarOf, type CalendarEntry } from '../domain/calendar';
import { periodOf, type CalendarBy } from '../reports/data/calendar-periods';
import { formatDay } from '../text/dates';
import { badgesOf, decorate, DocumentNodes, ERRORS, expansion, findingsIn, joined, oneLine, openOf, ownDocuments, roots, type Badge } from './common';
import type { ViewNode, ViewPlaybook } from './types';

export const CALENDAR_BADGES: readonly Badge[] = [
  ERRORS,
  { rule: 'calendar/blackout', label: 'blackout', icon: 'circle-slash', color: 'list.warningForeground' },
  { rule: 'calendar/clash', label: 'clash', icon: 'warning', color: 'list.warningForeground' },
];

interface Period {
  key: string;
  label: string;
  /** Whether today falls in it, or after it: past periods start collapsed. */
  current: boolean;
  past: boolean;
  entries: CalendarEntry[];
}

/** Launches grouped by their week or month, in date order; a brief without a launch date is not on the calendar. */
function periodsOf(entries: readonly CalendarEntry[], by: CalendarBy, today: number): Period[] {
  const groups = new Map<string, Period>();
  for (const entry of entries) {
    const period = periodOf(entry.launch, by);
    let group = groups.get(period.key);
    if (!group) {
      group = { key: period.key, label: period.label, current: period.from <= today && today <= period.to, past: period.to < today, entries: [] };
      groups.set(period.key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}

function periodNode(playbook: ViewPlaybook, period: Period, by: CalendarBy): ViewNode {
  const launches = period.entries.length;
  return {
    id: `${playbook.rootUri}|${by}|${period.key}`,
    label: period.label,
    description: joined([`${launches} ${launches === 1 ? 'launch' : 'launches'}`, period.current && (by === 'week' ? 'this week' : 'this month')]),
    icon: period.current ? 'calendar' : 'blank',
    contextValue: 'mops.period',
    collapsed: expansion(launches, !period.past),
    children: period.entries.map((entry) => LAUNCH_NODES.node(playbook, entry, entry.doc, by)),
  };
}

function launchNode(playbook: ViewPlaybook, entry: CalendarEntry, by: string): ViewNode {
  const title = oneLine(entry.title, entry.id);
  const when = entry.end === entry.launch ? formatDay(entry.launch) : `${formatDay(entry.launch)} → ${formatDay(entry.end)}`;
  const node: ViewNode = {
    id: `${playbook.rootUri}|${by}|launch|${entry.file}#${entry.doc.index}`,
    label: title,
    description: joined([when, entry.channels.join(', '), entry.status === 'active' ? '' : entry.status]),
    contextValue: 'mops.launch',
    open: openOf(playbook, entry.doc, ['timeline', 'launch'], 'Open the brief at its launch date'),
  };
  return decorate(node, badgesOf(findingsIn(playbook, entry.doc), CALENDAR_BADGES), 'rocket', title, [
    joined([entry.id, when, entry.region && `region ${entry.region}`, entry.segment && `segment ${entry.segment}`, entry.status]) ?? '',
    entry.file,
  ]);
}

/** Kept per calendar entry: an entry is kept while its brief and the naming convention are the same (calendarOf). */
const LAUNCH_NODES = new DocumentNodes<CalendarEntry>(launchNode);

/** The launches of each playbook's own briefs by week or month; "this week" or "this month" is the workspace's today. */
export function calendarTree(playbooks: readonly ViewPlaybook[], by: CalendarBy = 'month'): ViewNode[] {
  return roots(playbooks, (playbook) => {
    const own = new Set(ownDocuments(playbooks, playbook, 'Brief'));
    const entries = calendarOf(playbook.workspace.view()).entries.filter((e) => own.has(e.doc));
    return periodsOf(entries, by, playbook.workspace.today).map((period) => periodNode(playbook, period, by));
  });
}
