// The Martech Register view: the tool register by category, each tool with its owner and annual cost and badged
// from the martech/* findings (renewal due, review overdue, overlap, low utilisation).

import type { ParsedDocument } from '../model/parse';
import { num, rec, str } from '../model/readers';
import { badgesOf, decorate, documentGroup, ERRORS, findingsIn, groupBy, joined, oneLine, openOf, ownDocuments, plural, roots, type Badge, type GroupStyle } from './common';
import type { ViewNode, ViewPlaybook } from './types';

/** In order of importance: the first that applies is the tool's icon. */
export const TOOL_BADGES: readonly Badge[] = [
  ERRORS,
  { rule: 'martech/renewal-due', label: 'renewal due', icon: 'calendar', color: 'list.warningForeground' },
  { rule: 'martech/review-overdue', label: 'review overdue', icon: 'history', color: 'list.warningForeground' },
  { rule: 'martech/overlap', label: 'overlap', icon: 'copy', color: 'list.warningForeground' },
  { rule: 'martech/low-utilization', label: 'low utilisation', icon: 'graph', color: 'list.warningForeground' },
];

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

const GROUP: GroupStyle = { key: 'category', unnamed: 'No category', icon: 'tag', item: 'tool' };

function categoryNode(playbook: ViewPlaybook, name: string, tools: readonly ParsedDocument[]): ViewNode {
  return documentGroup(playbook, GROUP, name, tools, (doc) => toolNode(playbook, doc));
}

function toolNode(playbook: ViewPlaybook, doc: ParsedDocument): ViewNode {
  const data = rec(doc.value);
  const name = nameOf(doc);
  const status = str(data.status) ?? 'active';
  const cost = annualCost(data.cost);
  const node: ViewNode = {
    id: `${playbook.rootUri}|tool|${doc.path}#${doc.index}`,
    label: name,
    description: joined([str(data.owner), cost, status === 'active' ? '' : status]),
    contextValue: 'mops.tool',
    open: openOf(playbook, doc, ['id'], 'Open the tool'),
  };
  const seats = rec(data.seats);
  const licensed = num(seats.licensed);
  const renewal = str(rec(data.contract).renewal);
  const details = [
    joined([doc.id, `owner ${str(data.owner) ?? '?'}`, status]),
    joined([cost, licensed !== undefined ? `${num(seats.active) ?? '?'} of ${plural(licensed, 'seat')} in use` : '', renewal && `renews ${renewal}`]),
    doc.path,
  ].filter((line): line is string => Boolean(line));
  return decorate(node, badgesOf(findingsIn(playbook, doc), TOOL_BADGES), STATUS_ICON[status] ?? 'plug', name, details);
}

/** The register of each playbook: its categories, the tools in each. */
export function martechTree(playbooks: readonly ViewPlaybook[]): ViewNode[] {
  return roots(playbooks, (playbook) =>
    groupBy(ownDocuments(playbooks, playbook, 'Tool'), 'category', nameOf).map(([name, tools]) => categoryNode(playbook, name, tools)),
  );
}
