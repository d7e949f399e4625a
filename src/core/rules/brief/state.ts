// A brief read for the gate, stage and timeline rules: its status, its workflow and where it stands.

import { workflowOf, type Stage, type WorkflowView } from '../../domain/workflow';
import { parseDay } from '../../text/dates';
import { rec, records, str, strings, type Data } from '../access';
import type { DocumentRuleContext } from '../types';

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

export function briefState(ctx: DocumentRuleContext): BriefState {
  const { data } = ctx;
  const status = str(data.status) ?? 'active';
  const workflow = workflowOf(ctx.index, str(data.workflow));
  const stageId = str(data.stage);
  return {
    status,
    active: status === 'active',
    workflow,
    stage: stageId === undefined ? undefined : workflow?.byId.get(stageId),
    approvals: records(data.approvals).map(([a, index]) => ({
      index,
      gate: str(a.gate),
      approver: str(a.approver),
      status: str(a.status),
      checklist: strings(a.checklist).map(([c]) => c),
      data: a,
    })),
    history: records(data.history).map(([h, index]) => ({ index, stage: str(h.stage), entered: parseDay(h.entered) })),
  };
}

export function timeline(data: Data): { approved?: number; launch?: number; end?: number } {
  const t = rec(data.timeline);
  return { approved: parseDay(t.brief_approved), launch: parseDay(t.launch), end: parseDay(t.end) };
}

/** Approved approvals of one gate. */
export function approvalsOf(state: BriefState, gate: string): Approval[] {
  return state.approvals.filter((a) => a.gate === gate && a.status === 'approved');
}
