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

/**
 * The gates an active brief stands past without an approved approval: the gated stages before its current
 * one. What brief/gate-missing reports and the pipeline report flags, from one reading.
 */
export function missingGates(state: Pick<BriefState, 'active' | 'workflow' | 'stage' | 'approvals'>): Stage[] {
  const { workflow, stage } = state;
  if (!state.active || !workflow || !stage) return [];
  return workflow.stages.slice(0, stage.index).filter((s) => s.gate && !state.approvals.some((a) => a.gate === s.id && a.status === 'approved'));
}

/** The history entry of the brief's current stage: the last one, when it names that stage and a day. */
export function currentEntry(state: Pick<BriefState, 'stage' | 'history'>): (HistoryEntry & { entered: number }) | undefined {
  const last = state.history[state.history.length - 1];
  return last && state.stage && last.stage === state.stage.id && last.entered !== undefined ? (last as HistoryEntry & { entered: number }) : undefined;
}

/** An active brief in its stage longer than the stage's SLA: brief/sla-overdue, and the pipeline report's flag. */
export function slaOverrun(state: Pick<BriefState, 'active' | 'workflow' | 'stage' | 'history'>, today: number): { days: number; sla: number; over: number; entry: HistoryEntry & { entered: number } } | undefined {
  const { stage } = state;
  const entry = currentEntry(state);
  if (!state.active || !state.workflow || !stage || stage.slaDays === undefined || !entry) return undefined;
  const days = today - entry.entered;
  return days > stage.slaDays ? { days, sla: stage.slaDays, over: days - stage.slaDays, entry } : undefined;
}
