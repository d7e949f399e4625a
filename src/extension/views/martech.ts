// The Martech Register view: the tool register by category, each tool with its owner and annual cost and
// badged from the core's martech/* findings (renewal due, review overdue, overlap, low utilisation).

import * as vscode from 'vscode';
import { num, rec, str } from '../../core';
import type { ParsedDocument } from '../../core';
import type { Playbook, Playbooks } from '../playbooks';
import { badgesOf, decorate, ERRORS, findingsIn, oneLine, openCommand, plural, type Badge, groupBy } from './common';
import { ViewProvider } from './provider';

/** In order of importance: the first that applies is the tool's icon. */
export const TOOL_BADGES: readonly Badge[] = [
  ERRORS,
  { rule: 'martech/renewal-due', label: 'renewal due', icon: 'calendar', color: 'list.warningForeground' },
  { rule: 'martech/review-overdue', label: 'review overdue', icon: 'history', color: 'list.warningForeground' },
  { rule: 'martech/overlap', label: 'overlap', icon: 'copy', color: 'list.warningForeground' },
  { rule: 'martech/low-utilization', label: 'low utilisation', icon: 'graph', color: 'list.warningForeground' },
];

export interface CategoryNode {
  type: 'category';
  playbook: Playbook;
  /** The category; '' for tools without one. */
  name: string;
  tools: ParsedDocument[];
}

export interface ToolNode {
  type: 'tool';
  playbook: Playbook;
  doc: ParsedDocument;
}

export type MartechNode = CategoryNode | ToolNode;

const STATUS_ICON: Record<string, string> = { evaluating: 'beaker', sunsetting: 'arrow-down', retired: 'archive' };

/** `USD 36,000/yr`: the amount as written, with its currency spelt out (a symbol would hide CAD from USD). */
export function annualCost(cost: unknown): string | undefined {
  const amount = num(rec(cost).annual);
  if (amount === undefined) return undefined;
  const currency = str(rec(cost).currency);
  return `${currency ? `${currency} ` : ''}${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}/yr`;
}

function nameOf(doc: ParsedDocument): string {
  return oneLine(str(rec(doc.value).name), doc.id ?? doc.path);
}

export class MartechProvider extends ViewProvider<MartechNode> {
  constructor(playbooks: Playbooks) {
    super(playbooks, ['Tool']);
  }

  protected rootsOf(playbook: Playbook): MartechNode[] {
    return groupBy(this.ownDocuments(playbook, 'Tool'), 'category', nameOf).map(([name, tools]) => ({ type: 'category', playbook, name, tools }));
  }

  protected childrenOf(node: MartechNode): MartechNode[] {
    return node.type === 'category' ? node.tools.map((doc) => ({ type: 'tool', playbook: node.playbook, doc })) : [];
  }

  protected itemOf(node: MartechNode): vscode.TreeItem {
    const root = node.playbook.root.toString();
    if (node.type === 'category') {
      const item = new vscode.TreeItem(node.name || 'No category', vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${root}|category|${node.name}`;
      item.description = plural(node.tools.length, 'tool');
      item.iconPath = new vscode.ThemeIcon('tag');
      item.contextValue = 'mops.category';
      return item;
    }
    const { doc, playbook } = node;
    const data = rec(doc.value);
    const name = nameOf(doc);
    const status = str(data.status) ?? 'active';
    const cost = annualCost(data.cost);
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.None);
    item.id = `${root}|tool|${doc.path}#${doc.index}`;
    item.description = [str(data.owner), cost, status === 'active' ? '' : status].filter(Boolean).join(' · ');
    item.contextValue = 'mops.tool';
    item.command = openCommand(playbook, doc, ['id'], 'Open the tool');
    const seats = rec(data.seats);
    const licensed = num(seats.licensed);
    decorate(item, badgesOf(findingsIn(playbook, doc), TOOL_BADGES), new vscode.ThemeIcon(STATUS_ICON[status] ?? 'plug'), name, [
      [doc.id, `owner ${str(data.owner) ?? '?'}`, status].filter(Boolean).join(' · '),
      [cost, licensed !== undefined ? `${num(seats.active) ?? '?'} of ${plural(licensed, 'seat')} in use` : '', str(rec(data.contract).renewal) && `renews ${str(rec(data.contract).renewal)}`]
        .filter(Boolean)
        .join(' · '),
      doc.path,
    ].filter(Boolean));
    return item;
  }
}
