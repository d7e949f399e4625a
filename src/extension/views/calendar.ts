// The Calendar view: the playbook's campaigns by the week or month they launch, each opening its brief on the launch line,
// badged with the calendar rules' findings (a clash, a blackout) as the Problems panel has them.

import * as vscode from 'vscode';
import { calendarOf, formatDay, periodOf, type CalendarBy, type CalendarEntry } from '../../core';
import type { Playbook, Playbooks } from '../playbooks';
import { badgesOf, decorate, ERRORS, findingsIn, oneLine, openCommand, type Badge } from './common';
import { ViewProvider } from './provider';

export const CALENDAR_BADGES: readonly Badge[] = [
  ERRORS,
  { rule: 'calendar/blackout', label: 'blackout', icon: 'circle-slash', color: 'list.warningForeground' },
  { rule: 'calendar/clash', label: 'clash', icon: 'warning', color: 'list.warningForeground' },
];

export interface PeriodNode {
  type: 'period';
  playbook: Playbook;
  key: string;
  label: string;
  /** Whether today falls in it, or after it: past periods start collapsed. */
  current: boolean;
  past: boolean;
  entries: CalendarEntry[];
}

export interface LaunchNode {
  type: 'launch';
  playbook: Playbook;
  entry: CalendarEntry;
}

export type CalendarNode = PeriodNode | LaunchNode;

/** Launches grouped by their week or month, in date order; a brief without a launch date is not on the calendar. */
export function periodsOf(playbook: Playbook, entries: readonly CalendarEntry[], by: CalendarBy): PeriodNode[] {
  const today = playbook.workspace.today;
  const groups = new Map<string, PeriodNode>();
  for (const entry of entries) {
    const period = periodOf(entry.launch, by);
    let node = groups.get(period.key);
    if (!node) {
      node = { type: 'period', playbook, key: period.key, label: period.label, current: period.from <= today && today <= period.to, past: period.to < today, entries: [] };
      groups.set(period.key, node);
    }
    node.entries.push(entry);
  }
  return [...groups.values()];
}

export class CalendarProvider extends ViewProvider<CalendarNode> {
  /** Weeks or months; the view's title button switches. */
  by: CalendarBy = 'month';

  constructor(playbooks: Playbooks) {
    super(playbooks, ['Brief', 'Config', 'NamingConvention']);
  }

  toggle(): void {
    this.by = this.by === 'month' ? 'week' : 'month';
    this.refresh();
  }

  protected rootsOf(playbook: Playbook): CalendarNode[] {
    const own = new Set(this.ownDocuments(playbook, 'Brief'));
    const entries = calendarOf(playbook.workspace.view()).entries.filter((e) => own.has(e.doc));
    return periodsOf(playbook, entries, this.by);
  }

  protected childrenOf(node: CalendarNode): CalendarNode[] {
    return node.type === 'period' ? node.entries.map((entry) => ({ type: 'launch', playbook: node.playbook, entry })) : [];
  }

  protected itemOf(node: CalendarNode): vscode.TreeItem {
    const root = node.playbook.root.toString();
    if (node.type === 'period') {
      const item = new vscode.TreeItem(node.label, node.past ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${root}|${this.by}|${node.key}`;
      item.description = [`${node.entries.length} ${node.entries.length === 1 ? 'launch' : 'launches'}`, node.current ? (this.by === 'week' ? 'this week' : 'this month') : ''].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(node.current ? 'calendar' : 'blank');
      item.contextValue = 'mops.period';
      return item;
    }
    const { entry, playbook } = node;
    const title = oneLine(entry.title, entry.id);
    const when = entry.end === entry.launch ? formatDay(entry.launch) : `${formatDay(entry.launch)} → ${formatDay(entry.end)}`;
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    item.id = `${root}|${this.by}|launch|${entry.file}#${entry.doc.index}`;
    item.description = [when, entry.channels.join(', '), entry.status === 'active' ? '' : entry.status].filter(Boolean).join(' · ');
    item.contextValue = 'mops.launch';
    item.command = openCommand(playbook, entry.doc, ['timeline', 'launch'], 'Open the brief at its launch date');
    decorate(item, badgesOf(findingsIn(playbook, entry.doc), CALENDAR_BADGES), new vscode.ThemeIcon('rocket'), title, [
      [entry.id, when, entry.region && `region ${entry.region}`, entry.segment && `segment ${entry.segment}`, entry.status].filter(Boolean).join(' · '),
      entry.file,
    ]);
    return item;
  }
}
