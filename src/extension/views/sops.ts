// The SOP Library view: the team's standard operating procedures by area, with their owner; a click opens
// one, and its inline action inserts its steps as a checklist (see insert-checklist.ts).

import * as vscode from 'vscode';
import { rec, str, strings } from '../../core';
import type { ParsedDocument } from '../../core';
import type { Playbook, Playbooks } from '../playbooks';
import { badgesOf, decorate, ERRORS, findingsIn, oneLine, openCommand, plural, type Badge, groupBy } from './common';
import { ViewProvider } from './provider';

export const SOP_BADGES: readonly Badge[] = [
  ERRORS,
  { rule: 'sop/review-overdue', label: 'review overdue', icon: 'history', color: 'list.warningForeground' },
];

/** The context value of an SOP node, which the "Insert as checklist" inline action is bound to. */
export const SOP_CONTEXT = 'mops.sop';

export interface AreaNode {
  type: 'area';
  playbook: Playbook;
  /** The area; '' for SOPs without one. */
  name: string;
  sops: ParsedDocument[];
}

export interface SopNode {
  type: 'sop';
  playbook: Playbook;
  doc: ParsedDocument;
}

export type SopsNode = AreaNode | SopNode;

/** An SOP's steps, in order (the same reading as the SOP completions of the core). */
export function stepsOf(doc: ParsedDocument): string[] {
  return strings(rec(doc.value).steps).map(([step]) => step);
}

export function titleOf(doc: ParsedDocument): string {
  return oneLine(str(rec(doc.value).title), doc.id ?? doc.path);
}

export class SopsProvider extends ViewProvider<SopsNode> {
  constructor(playbooks: Playbooks) {
    super(playbooks, ['Sop']);
  }

  protected rootsOf(playbook: Playbook): SopsNode[] {
    return groupBy(this.ownDocuments(playbook, 'Sop'), 'area', titleOf).map(([name, sops]) => ({ type: 'area', playbook, name, sops }));
  }

  protected childrenOf(node: SopsNode): SopsNode[] {
    return node.type === 'area' ? node.sops.map((doc) => ({ type: 'sop', playbook: node.playbook, doc })) : [];
  }

  protected itemOf(node: SopsNode): vscode.TreeItem {
    const root = node.playbook.root.toString();
    if (node.type === 'area') {
      const item = new vscode.TreeItem(node.name || 'No area', vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${root}|area|${node.name}`;
      item.description = plural(node.sops.length, 'SOP');
      item.iconPath = new vscode.ThemeIcon('library');
      item.contextValue = 'mops.area';
      return item;
    }
    const { doc, playbook } = node;
    const data = rec(doc.value);
    const title = titleOf(doc);
    const steps = stepsOf(doc);
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    item.id = `${root}|sop|${doc.path}#${doc.index}`;
    item.description = str(data.owner) ?? '';
    item.contextValue = SOP_CONTEXT;
    item.command = openCommand(playbook, doc, ['id'], 'Open the SOP');
    decorate(item, badgesOf(findingsIn(playbook, doc), SOP_BADGES), new vscode.ThemeIcon('book'), title, [
      [doc.id, `owner ${str(data.owner) ?? '?'}`, str(data.last_review) && `reviewed ${str(data.last_review)}`].filter(Boolean).join(' · '),
      ...steps.map((step, i) => `${i + 1}. ${oneLine(step, '')}`),
      doc.path,
    ]);
    return item;
  }
}
