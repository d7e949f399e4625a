// The tree views as data: one function per view from the playbooks it shows to plain JSON nodes, and the one
// entry point the editor's views and the language server's `mops/tree` call.

import { calendarTree } from './calendar';
import { EXPANDED_LIMIT } from './common';
import { martechTree } from './martech';
import { pipelineTree } from './pipeline';
import { queueTree } from './queue';
import { sopsTree } from './sops';
import { VIEW_IDS, type ViewId, type ViewNode, type ViewOptions, type ViewPlaybook } from './types';

export { VIEW_KINDS, ViewTracker, type ViewChanges } from './changes';
export { annualCost } from './martech';
export { SOP_CONTEXT, sopTitle } from './sops';
export { VIEW_IDS, type EmailAnswer, type Json, type NodeCommand, type NodeOpen, type NodePath, type QueueWho, type ViewId, type ViewNode, type ViewOptions, type ViewPlaybook } from './types';
export { calendarTree, martechTree, pipelineTree, queueTree, sopsTree };

/** Whether a string names a view (a client's request may name anything). */
export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

/**
 * A view's tree over these playbooks: one playbook's nodes at the top, or one group per playbook when there are
 * several. `options.by` is the Calendar's; `person`, `email` and `roots` are My Queue's.
 */
export function viewTree(view: ViewId, playbooks: readonly ViewPlaybook[], options: ViewOptions = {}): ViewNode[] {
  switch (view) {
    case 'pipeline':
      return pipelineTree(playbooks);
    case 'martech':
      return martechTree(playbooks);
    case 'sops':
      return sopsTree(playbooks);
    case 'calendar':
      return calendarTree(playbooks, options.by === 'week' ? 'week' : 'month');
    case 'queue':
      return queueTree(playbooks, options);
  }
}

/**
 * The tree with each long collapsed group left without its children (`collapsed` says it has some): what a client
 * that asks for a group's nodes when it is opened is sent, so that a tree of 10,000 briefs is not sent whole.
 */
export function shortTree(nodes: readonly ViewNode[]): ViewNode[] {
  return nodes.map((node) => {
    if (!node.children) return node;
    const { children, ...rest } = node;
    return node.collapsed === 'collapsed' && children.length > EXPANDED_LIMIT ? rest : { ...rest, children: shortTree(children) };
  });
}

/** A node's own fields, children left out. */
function own(node: ViewNode): Omit<ViewNode, 'children'> {
  const { children: _children, ...rest } = node;
  return rest;
}

/** Whether two JSON values are equal, compared in place (nothing serialised: a tooltip is long). */
function same(u: unknown, v: unknown, skip?: string): boolean {
  if (u === v) return true;
  if (typeof u !== 'object' || typeof v !== 'object' || u === null || v === null || Array.isArray(u) !== Array.isArray(v)) return false;
  const [x, y] = [u as Record<string, unknown>, v as Record<string, unknown>];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((key) => key === skip || (key in y && same(x[key], y[key])));
}

/**
 * The nodes of `next` whose own fields differ from `last`'s (without their children), when both trees have the same
 * shape: the same ids in the same order at every level, and children at the same nodes. Undefined when the shape
 * changed (a node added, removed, moved or regrouped): the client draws the tree again whole. A client redraws
 * just these nodes, so typing in one brief of a stage of 10,000 never sends the other 9,999 again.
 */
export function changedNodes(last: readonly ViewNode[], next: readonly ViewNode[]): ViewNode[] | undefined {
  const changed: ViewNode[] = [];
  const walk = (a: readonly ViewNode[], b: readonly ViewNode[]): boolean => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const [x, y] = [a[i], b[i]];
      if (x === y) continue; // a node kept from the last tree (DocumentNodes)
      if (x.id !== y.id || (x.children === undefined) !== (y.children === undefined)) return false;
      if (!same(x, y, 'children')) changed.push(own(y));
      if (x.children && y.children && !walk(x.children, y.children)) return false;
    }
    return true;
  };
  return walk(last, next) ? changed : undefined;
}
