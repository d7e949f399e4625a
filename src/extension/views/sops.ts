// The SOP Library view: the team's standard operating procedures by area, with their owner; a click opens
// one, and its inline action inserts its steps as a checklist (see insert-checklist.ts). Under each SOP, its
// steps with the role that does each, what shows it is done and its link; a click opens the step's line.

import * as vscode from 'vscode';
import { markdownText, rec, sopSteps, str } from '../../core';
import type { ParsedDocument, SopStep } from '../../core';
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

export interface StepNode {
  type: 'step';
  playbook: Playbook;
  doc: ParsedDocument;
  step: SopStep;
  /** 1-based, as the step reads in the list. */
  n: number;
}

export type SopsNode = AreaNode | SopNode | StepNode;

/** An SOP's steps' instructions, in order (the same reading as the SOP completions of the core). */
export function stepsOf(doc: ParsedDocument): string[] {
  return sopSteps(doc.value).map((step) => step.text);
}

/** A step's role, what shows it is done and its link, one line each (the step node's tooltip). */
export function stepDetailLines(step: SopStep): string[] {
  return [
    ...(step.role ? [`Role: ${oneLine(step.role, '')}`] : []),
    ...(step.doneWhen ? [`Done when: ${oneLine(step.doneWhen, '')}`] : []),
    ...(step.link ? [`Link: ${oneLine(step.link, '')}`] : []),
  ];
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
    if (node.type === 'area') return node.sops.map((doc) => ({ type: 'sop', playbook: node.playbook, doc }));
    if (node.type === 'sop') return sopSteps(node.doc.value).map((step, i) => ({ type: 'step', playbook: node.playbook, doc: node.doc, step, n: i + 1 }));
    return [];
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
    if (node.type === 'step') return stepItem(node, root);
    const { doc, playbook } = node;
    const data = rec(doc.value);
    const title = titleOf(doc);
    const steps = sopSteps(doc.value);
    const item = new vscode.TreeItem(title, steps.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `${root}|sop|${doc.path}#${doc.index}`;
    item.description = str(data.owner) ?? '';
    item.contextValue = SOP_CONTEXT;
    item.command = openCommand(playbook, doc, ['id'], 'Open the SOP');
    decorate(item, badgesOf(findingsIn(playbook, doc), SOP_BADGES), new vscode.ThemeIcon('book'), title, [
      [doc.id, `owner ${str(data.owner) ?? '?'}`, str(data.last_review) && `reviewed ${str(data.last_review)}`].filter(Boolean).join(' · '),
      ...steps.map((step, i) => `${i + 1}. ${oneLine(step.text, '')}${step.role ? ` (${oneLine(step.role, '')})` : ''}`),
      doc.path,
    ]);
    return item;
  }
}

/** One step: `3. Test every tracked link`, its role and "done when" as the description, its link in the tooltip. */
function stepItem(node: StepNode, root: string): vscode.TreeItem {
  const { step, doc, playbook } = node;
  const item = new vscode.TreeItem(`${node.n}. ${oneLine(step.text, '?')}`, vscode.TreeItemCollapsibleState.None);
  item.id = `${root}|step|${doc.path}#${doc.index}|${step.index}`;
  item.description = [step.role && oneLine(step.role, ''), step.doneWhen && `done when: ${oneLine(step.doneWhen, '')}`].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon(step.link ? 'link' : 'circle-small');
  item.contextValue = 'mops.sopStep';
  item.command = openCommand(playbook, doc, ['steps', step.index], 'Open the step');
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown([`**${markdownText(oneLine(step.text, '?'))}**`, ...stepDetailLines(step).map(markdownText)].join('  \n'));
  item.tooltip = tooltip;
  return item;
}
