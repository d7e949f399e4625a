// The Pipeline view: every workflow's stages in order with the briefs standing at them, each brief badged from
// the findings of its file (SLA overdue, gate missing, errors), so the view agrees with the Problems panel; a
// click opens the brief on its `stage:` value.

import { workflowView } from '../domain/workflow';
import type { ParsedDocument } from '../model/parse';
import { rec, str } from '../model/readers';
import { badgesOf, decorate, DocumentNodes, ERRORS, expansion, findingsIn, joined, oneLine, openOf, ownDocuments, plural, roots, type Badge } from './common';
import type { ViewNode, ViewPlaybook } from './types';

/** In order of importance: the first that applies is the brief's icon. */
export const BRIEF_BADGES: readonly Badge[] = [
  { rule: 'brief/gate-missing', label: 'gate missing', icon: 'lock', color: 'list.errorForeground' },
  ERRORS,
  { rule: 'brief/sla-overdue', label: 'SLA overdue', icon: 'watch', color: 'list.warningForeground' },
];

interface Workflow {
  /** The workflow's id; for briefs whose workflow does not exist, the id they name (or ''). */
  id: string;
  title?: string;
  known: boolean;
  stages: Stage[];
}

interface Stage {
  id: string;
  known: boolean;
  slaDays?: number;
  briefs: ParsedDocument[];
}

const STATUS_ICON: Record<string, string> = { closed: 'pass', cancelled: 'circle-slash', 'on-hold': 'debug-pause' };

/** Workflows in file order, then a group for briefs whose workflow is missing; stages in workflow order. */
function pipelineOf(workflows: readonly ParsedDocument[], briefs: readonly ParsedDocument[]): Workflow[] {
  const byId = new Map<string, Workflow>();
  for (const doc of workflows) {
    const view = workflowView(doc);
    const id = view.id || doc.id;
    // A duplicate workflow id is mops/duplicate-id's business; the first one is the one briefs follow.
    if (id === undefined || byId.has(id)) continue;
    const stages: Stage[] = [];
    for (const stage of view.stages) {
      if (stages.some((s) => s.id === stage.id)) continue;
      stages.push({ id: stage.id, known: true, slaDays: stage.slaDays, briefs: [] });
    }
    byId.set(id, { id, title: str(rec(doc.value).title), known: true, stages });
  }
  const orphans = new Map<string, Workflow>();
  for (const doc of briefs) {
    const data = rec(doc.value);
    const workflowId = str(data.workflow) ?? '';
    const stageId = str(data.stage) ?? '';
    let workflow = byId.get(workflowId) ?? orphans.get(workflowId);
    if (!workflow) orphans.set(workflowId, (workflow = { id: workflowId, known: false, stages: [] }));
    let stage = workflow.stages.find((s) => s.id === stageId);
    if (!stage) workflow.stages.push((stage = { id: stageId, known: false, briefs: [] }));
    stage.briefs.push(doc);
  }
  const order = (a: ParsedDocument, b: ParsedDocument) => (a.id ?? a.path).localeCompare(b.id ?? b.path);
  const all = [...byId.values(), ...orphans.values()];
  for (const workflow of all) for (const stage of workflow.stages) stage.briefs.sort(order);
  return all;
}

function workflowNode(playbook: ViewPlaybook, workflow: Workflow): ViewNode {
  const { id, known, title } = workflow;
  const briefs = workflow.stages.reduce((n, s) => n + s.briefs.length, 0);
  return {
    id: `${playbook.rootUri}|workflow|${known ? '' : '?'}${id}`,
    label: known ? oneLine(title, id) : id ? `Unknown workflow '${id}'` : 'No workflow',
    description: joined([known && title ? id : '', plural(briefs, 'brief')]),
    icon: known ? 'type-hierarchy-sub' : 'warning',
    contextValue: 'mops.workflow',
    collapsed: 'expanded',
    children: workflow.stages.map((stage) => stageNode(playbook, workflow.id, stage)),
  };
}

function stageNode(playbook: ViewPlaybook, workflow: string, stage: Stage): ViewNode {
  const name = stage.known ? stage.id : stage.id ? `unknown stage '${stage.id}'` : 'no stage';
  const count = stage.briefs.length;
  return {
    id: `${playbook.rootUri}|workflow|${workflow}|stage|${stage.known ? '' : '?'}${stage.id}`,
    label: `${name} (${count})`,
    ...(stage.slaDays !== undefined ? { description: `SLA ${plural(stage.slaDays, 'day')}` } : {}),
    icon: stage.known ? (count > 0 ? 'circle-large-filled' : 'circle-large-outline') : 'warning',
    contextValue: 'mops.stage',
    collapsed: expansion(count),
    children: stage.briefs.map((doc) => BRIEF_NODES.node(playbook, doc, doc)),
  };
}

function briefNode(playbook: ViewPlaybook, doc: ParsedDocument): ViewNode {
  const data = rec(doc.value);
  const title = oneLine(str(data.title), doc.id ?? doc.path);
  const status = str(data.status) ?? 'active';
  const node: ViewNode = {
    id: `${playbook.rootUri}|brief|${doc.path}#${doc.index}`,
    label: title,
    description: joined([str(data.owner), status === 'active' ? '' : status]),
    contextValue: 'mops.brief',
    open: openOf(playbook, doc, ['stage'], 'Open the brief at its stage'),
  };
  return decorate(node, badgesOf(findingsIn(playbook, doc), BRIEF_BADGES), STATUS_ICON[status] ?? 'megaphone', title, [
    joined([doc.id, `owner ${str(data.owner) ?? '?'}`, `stage ${str(data.stage) ?? '?'}`, status]) ?? '',
    doc.path,
  ]);
}

const BRIEF_NODES = new DocumentNodes(briefNode);

/** The Pipeline of each playbook: its workflows, their stages, the briefs at each. */
export function pipelineTree(playbooks: readonly ViewPlaybook[]): ViewNode[] {
  return roots(playbooks, (playbook) => {
    const own = (kind: string) => ownDocuments(playbooks, playbook, kind);
    return pipelineOf(own('Workflow'), own('Brief')).map((workflow) => workflowNode(playbook, workflow));
  });
}
