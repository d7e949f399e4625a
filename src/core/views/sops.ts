// The SOP Library view: the team's standard operating procedures by area, with their owner; a click opens one, and
// the editor's inline action on it inserts its steps as a checklist. Under each SOP, its steps with the role that
// does each, what shows it is done and its link; a click opens the step's line.

import { md } from '../assist/text';
import { sopSteps, type SopStep } from '../domain/sop';
import type { ParsedDocument } from '../model/parse';
import { rec, str } from '../model/readers';
import { badgesOf, decorate, documentGroup, ERRORS, findingsIn, groupBy, joined, oneLine, openOf, ownDocuments, roots, type Badge, type GroupStyle } from './common';
import type { ViewNode, ViewPlaybook } from './types';

export const SOP_BADGES: readonly Badge[] = [
  ERRORS,
  { rule: 'sop/review-overdue', label: 'review overdue', icon: 'history', color: 'list.warningForeground' },
];

/** The context value of an SOP node, which the editor's "Insert as checklist" action is bound to. */
export const SOP_CONTEXT = 'mops.sop';

/** An SOP's label: its title, else its id or file. */
export function sopTitle(doc: ParsedDocument): string {
  return oneLine(str(rec(doc.value).title), doc.id ?? doc.path);
}

/** A step's role, what shows it is done and its link, one line each (the step node's tooltip). */
function stepDetailLines(step: SopStep): string[] {
  return [
    ...(step.role ? [`Role: ${oneLine(step.role, '')}`] : []),
    ...(step.doneWhen ? [`Done when: ${oneLine(step.doneWhen, '')}`] : []),
    ...(step.link ? [`Link: ${oneLine(step.link, '')}`] : []),
  ];
}

const GROUP: GroupStyle = { key: 'area', unnamed: 'No area', icon: 'library', item: 'SOP' };

function areaNode(playbook: ViewPlaybook, name: string, sops: readonly ParsedDocument[]): ViewNode {
  return documentGroup(playbook, GROUP, name, sops, (doc) => sopNode(playbook, doc));
}

function sopNode(playbook: ViewPlaybook, doc: ParsedDocument): ViewNode {
  const data = rec(doc.value);
  const title = sopTitle(doc);
  const steps = sopSteps(doc.value);
  const node: ViewNode = {
    id: `${playbook.rootUri}|sop|${doc.path}#${doc.index}`,
    label: title,
    description: joined([str(data.owner)]),
    contextValue: SOP_CONTEXT,
    collapsed: steps.length > 0 ? 'collapsed' : 'none',
    open: openOf(playbook, doc, ['id'], 'Open the SOP'),
    children: steps.map((step, i) => stepNode(playbook, doc, step, i + 1)),
  };
  const lastReview = str(data.last_review);
  return decorate(node, badgesOf(findingsIn(playbook, doc), SOP_BADGES), 'book', title, [
    joined([doc.id, `owner ${str(data.owner) ?? '?'}`, lastReview && `reviewed ${lastReview}`]) ?? '',
    ...steps.map((step, i) => `${i + 1}. ${oneLine(step.text, '')}${step.role ? ` (${oneLine(step.role, '')})` : ''}`),
    doc.path,
  ]);
}

/** One step: `3. Test every tracked link`, its role and "done when" as the description, its link in the tooltip. */
function stepNode(playbook: ViewPlaybook, doc: ParsedDocument, step: SopStep, n: number): ViewNode {
  const text = oneLine(step.text, '?');
  const description = joined([step.role && oneLine(step.role, ''), step.doneWhen && `done when: ${oneLine(step.doneWhen, '')}`]);
  return {
    id: `${playbook.rootUri}|step|${doc.path}#${doc.index}|${step.index}`,
    label: `${n}. ${text}`,
    ...(description !== undefined ? { description } : {}),
    tooltip: [`**${md(text)}**`, ...stepDetailLines(step).map(md)].join('  \n'),
    icon: step.link ? 'link' : 'circle-small',
    contextValue: 'mops.sopStep',
    open: openOf(playbook, doc, ['steps', step.index], 'Open the step'),
  };
}

/** The library of each playbook: its areas, the SOPs in each, the steps of each SOP. */
export function sopsTree(playbooks: readonly ViewPlaybook[]): ViewNode[] {
  return roots(playbooks, (playbook) => groupBy(ownDocuments(playbooks, playbook, 'Sop'), 'area', sopTitle).map(([name, sops]) => areaNode(playbook, name, sops)));
}
