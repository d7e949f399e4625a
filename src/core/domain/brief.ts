// A Brief document read for the gate, stage and timeline logic: its status, workflow, approvals and history.

import type { IndexView } from '../engine/index-view';
import type { Approval as ApprovalFields, Brief, HistoryEntry as HistoryFields, Timeline } from '../generated';
import { fieldRecords, fields, str, strings, type Data, type Fields } from '../model/readers';
import { parseDay } from '../text/dates';
import { workflowOf, type Stage, type WorkflowView } from './workflow';

export interface Approval {
  index: number;
  gate?: string;
  approver?: string;
  status?: string;
  checklist: string[];
  data: Data;
}

export interface HistoryEntry {
  index: number;
  stage?: string;
  entered?: number;
}

export interface BriefState {
  status: string;
  /** Active briefs are held to gates, SLAs and planning rules; closed, cancelled and on-hold ones are not. */
  active: boolean;
  workflow?: WorkflowView;
  stage?: Stage;
  approvals: Approval[];
  history: HistoryEntry[];
}

export function readBrief(data: Fields<Brief>, index: IndexView): BriefState {
  const status = str(data.status) ?? 'active';
  const workflow = workflowOf(index, str(data.workflow));
  const stageId = str(data.stage);
  return {
    status,
    active: status === 'active',
    workflow,
    stage: stageId === undefined ? undefined : workflow?.byId.get(stageId),
    approvals: fieldRecords<ApprovalFields>(data.approvals).map(([a, i]) => ({
      index: i,
      gate: str(a.gate),
      approver: str(a.approver),
      status: str(a.status),
      checklist: strings(a.checklist).map(([c]) => c),
      data: a as Data,
    })),
    history: fieldRecords<HistoryFields>(data.history).map(([h, i]) => ({ index: i, stage: str(h.stage), entered: parseDay(h.entered) })),
  };
}

export function timeline(data: Fields<Brief>): { approved?: number; launch?: number; end?: number } {
  const t = fields<Timeline>(data.timeline);
  return { approved: parseDay(t.brief_approved), launch: parseDay(t.launch), end: parseDay(t.end) };
}

/** Approved approvals of one gate. */
export function approvalsOf(state: BriefState, gate: string): Approval[] {
  return state.approvals.filter((a) => a.gate === gate && a.status === 'approved');
}
