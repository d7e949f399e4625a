// The Pipeline view: every workflow's stages in order with the briefs standing at them, each brief badged
// from the core's findings of its file (SLA overdue, gate missing, errors), so the view agrees with the
// Problems panel; a click opens the brief on its `stage:` value.

import * as vscode from 'vscode';
import { workflowView, rec, str } from '../../core';
import type { ParsedDocument } from '../../core';
import type { Playbook, Playbooks } from '../playbooks';
import { badgesOf, decorate, ERRORS, findingsIn, oneLine, openCommand, plural, type Badge } from './common';
import { ViewProvider } from './provider';

/** In order of importance: the first that applies is the brief's icon. */
export const BRIEF_BADGES: readonly Badge[] = [
  { rule: 'brief/gate-missing', label: 'gate missing', icon: 'lock', color: 'list.errorForeground' },
  ERRORS,
  { rule: 'brief/sla-overdue', label: 'SLA overdue', icon: 'watch', color: 'list.warningForeground' },
];

export interface WorkflowNode {
  type: 'workflow';
  playbook: Playbook;
  /** The workflow's id; for briefs whose workflow does not exist, the id they name (or ''). */
  id: string;
  title?: string;
  known: boolean;
  stages: StageNode[];
}

export interface StageNode {
  type: 'stage';
  playbook: Playbook;
  workflow: string;
  id: string;
  known: boolean;
  slaDays?: number;
  briefs: ParsedDocument[];
}

export interface BriefNode {
  type: 'brief';
  playbook: Playbook;
  stage: StageNode;
  doc: ParsedDocument;
}

export type PipelineNode = WorkflowNode | StageNode | BriefNode;

const STATUS_ICON: Record<string, string> = { closed: 'pass', cancelled: 'circle-slash', 'on-hold': 'debug-pause' };

/** Workflows in file order, then a group for briefs whose workflow is missing; stages in workflow order. */
function pipelineOf(workflows: readonly ParsedDocument[], briefs: readonly ParsedDocument[], playbook: Playbook): WorkflowNode[] {
  const byId = new Map<string, WorkflowNode>();
  for (const doc of workflows) {
    const view = workflowView(doc);
    const id = view.id || doc.id;
    // A duplicate workflow id is mops/duplicate-id's business; the first one is the one briefs follow.
    if (id === undefined || byId.has(id)) continue;
    const stages: StageNode[] = [];
    for (const stage of view.stages) {
      if (stages.some((s) => s.id === stage.id)) continue;
      stages.push({ type: 'stage', playbook, workflow: id, id: stage.id, known: true, slaDays: stage.slaDays, briefs: [] });
    }
    byId.set(id, { type: 'workflow', playbook, id, title: str(rec(doc.value).title), known: true, stages });
  }
  const orphans = new Map<string, WorkflowNode>();
  for (const doc of briefs) {
    const data = rec(doc.value);
    const workflowId = str(data.workflow) ?? '';
    const stageId = str(data.stage) ?? '';
    let workflow = byId.get(workflowId) ?? orphans.get(workflowId);
    if (!workflow) orphans.set(workflowId, (workflow = { type: 'workflow', playbook, id: workflowId, known: false, stages: [] }));
    let stage = workflow.stages.find((s) => s.id === stageId);
    if (!stage) workflow.stages.push((stage = { type: 'stage', playbook, workflow: workflowId, id: stageId, known: false, briefs: [] }));
    stage.briefs.push(doc);
  }
  const order = (a: ParsedDocument, b: ParsedDocument) => (a.id ?? a.path).localeCompare(b.id ?? b.path);
  const all = [...byId.values(), ...orphans.values()];
  for (const workflow of all) for (const stage of workflow.stages) stage.briefs.sort(order);
  return all;
}

function count(workflow: WorkflowNode): number {
  return workflow.stages.reduce((n, s) => n + s.briefs.length, 0);
}

export class PipelineProvider extends ViewProvider<PipelineNode> {
  constructor(playbooks: Playbooks) {
    super(playbooks, ['Brief', 'Workflow']);
  }

  protected rootsOf(playbook: Playbook): PipelineNode[] {
    const own = (kind: string) => this.ownDocuments(playbook, kind);
    return pipelineOf(own('Workflow'), own('Brief'), playbook);
  }

  protected childrenOf(node: PipelineNode): PipelineNode[] {
    if (node.type === 'workflow') return node.stages;
    if (node.type === 'stage') return node.briefs.map((doc) => ({ type: 'brief', playbook: node.playbook, stage: node, doc }));
    return [];
  }

  protected itemOf(node: PipelineNode): vscode.TreeItem {
    const root = node.playbook.root.toString();
    if (node.type === 'workflow') {
      const label = node.known ? oneLine(node.title, node.id) : node.id ? `Unknown workflow '${node.id}'` : 'No workflow';
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${root}|workflow|${node.known ? '' : '?'}${node.id}`;
      item.description = [node.known && node.title ? node.id : '', plural(count(node), 'brief')].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(node.known ? 'type-hierarchy-sub' : 'warning');
      item.contextValue = 'mops.workflow';
      return item;
    }
    if (node.type === 'stage') {
      const name = node.known ? node.id : node.id ? `unknown stage '${node.id}'` : 'no stage';
      const item = new vscode.TreeItem(
        `${name} (${node.briefs.length})`,
        node.briefs.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
      );
      item.id = `${root}|workflow|${node.workflow}|stage|${node.known ? '' : '?'}${node.id}`;
      if (node.slaDays !== undefined) item.description = `SLA ${plural(node.slaDays, 'day')}`;
      item.iconPath = new vscode.ThemeIcon(node.known ? (node.briefs.length > 0 ? 'circle-large-filled' : 'circle-large-outline') : 'warning');
      item.contextValue = 'mops.stage';
      return item;
    }
    return this.briefItem(node, root);
  }

  private briefItem(node: BriefNode, root: string): vscode.TreeItem {
    const { doc, playbook } = node;
    const data = rec(doc.value);
    const title = oneLine(str(data.title), doc.id ?? doc.path);
    const status = str(data.status) ?? 'active';
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    item.id = `${root}|brief|${doc.path}#${doc.index}`;
    item.description = [str(data.owner), status === 'active' ? '' : status].filter(Boolean).join(' · ');
    item.contextValue = 'mops.brief';
    item.command = openCommand(playbook, doc, ['stage'], 'Open the brief at its stage');
    const shown = badgesOf(findingsIn(playbook, doc), BRIEF_BADGES);
    decorate(item, shown, new vscode.ThemeIcon(STATUS_ICON[status] ?? 'megaphone'), title, [
      [doc.id, `owner ${str(data.owner) ?? '?'}`, `stage ${str(data.stage) ?? '?'}`, status].filter(Boolean).join(' · '),
      doc.path,
    ]);
    return item;
  }
}
