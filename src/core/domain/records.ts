// A brief's records against each other: approvals against the history, history against the workflow's gates, the timeline against the brief gate's approval.

import type { Data } from '../model/readers';
import { parseDay } from '../text/dates';
import { missingGates, type Approval, type BriefState, type HistoryEntry } from './brief';
import type { Stage, WorkflowView } from './workflow';

type Records = Pick<BriefState, 'workflow' | 'history' | 'approvals'>;

/** The day an approval records (its `date`), if it is a real date. */
export function approvalDay(approval: Approval): number | undefined {
  return parseDay((approval.data as Data).date);
}

/** A span of days [from, to] (both included; `to` open when the stay lasts) during which the brief stood before a gate. */
export interface Stay {
  entry: HistoryEntry;
  from: number;
  to?: number;
}

const indexOf = (workflow: WorkflowView, id: string | undefined) => (id === undefined ? undefined : workflow.byId.get(id)?.index);

/**
 * When, by its history, the brief stood where the gate of `stage` is decided: each stay at that stage, and each
 * stay at an earlier stage from which the next entry jumped past it. A stay ends on the day the next entry
 * begins (a gate approved and passed on one day is in order).
 */
export function staysBefore(state: Records, stage: Stage): Stay[] {
  const { workflow, history } = state;
  if (!workflow) return [];
  const stays: Stay[] = [];
  history.forEach((entry, i) => {
    const next = history[i + 1];
    const here = indexOf(workflow, entry.stage);
    if (entry.entered === undefined || here === undefined) return;
    const there = next ? indexOf(workflow, next.stage) : undefined;
    const jumpedPast = here < stage.index && there !== undefined && there > stage.index;
    if (here === stage.index || jumpedPast) stays.push({ entry, from: entry.entered, to: next?.entered });
  });
  return stays;
}

export interface ApprovalOutsideStage {
  approval: Approval;
  day: number;
  stage: Stage;
  /** The brief's stays where the gate is decided, by its history; empty when it never stood there. */
  stays: Stay[];
}

/**
 * Approved decisions dated on a day the brief, by its history, did not stand at the gate's stage (brief/approval-outside-stage).
 * Only where the history can tell: it must have dated entries in the workflow, in order, and not start after the gate's
 * stage (a history begun later, say when the brief was imported, says nothing about earlier gates).
 */
export function approvalsOutsideStage(state: Records): ApprovalOutsideStage[] {
  const { workflow, history } = state;
  const first = history.find((h) => h.entered !== undefined && workflow?.byId.has(h.stage ?? ''));
  // History dated backwards is brief/history-mismatch's finding; no stay can be read from it.
  const backwards = history.some((h, i) => i > 0 && h.entered !== undefined && history[i - 1].entered !== undefined && h.entered < history[i - 1].entered!);
  if (!workflow || !first || backwards) return [];
  const firstIndex = indexOf(workflow, first.stage)!;
  const out: ApprovalOutsideStage[] = [];
  for (const approval of state.approvals) {
    const stage = approval.gate === undefined ? undefined : workflow.byId.get(approval.gate);
    const day = approvalDay(approval);
    if (approval.status !== 'approved' || !stage?.gate || day === undefined || firstIndex > stage.index) continue;
    const stays = staysBefore(state, stage);
    if (!stays.some((s) => day >= s.from && (s.to === undefined || day <= s.to))) out.push({ approval, day, stage, stays });
  }
  return out;
}

export interface SkippedGate {
  /** The gated stage the history jumped over. */
  stage: Stage;
  /** The entry that jumped past it, and the one before it. */
  from: HistoryEntry;
  to: HistoryEntry;
}

/**
 * Gated stages an active brief's history jumped over (one entry to a later one, with the stage between never
 * entered) that have no approved approval: brief/gate-skipped. Gates brief/gate-missing already reports for the current stage
 * are left to it (one mistake, one finding), each skipped gate is reported once.
 */
export function skippedGates(state: Pick<BriefState, 'active' | 'workflow' | 'stage' | 'history' | 'approvals'>): SkippedGate[] {
  const { workflow, history } = state;
  // Closed, cancelled and on-hold briefs are not held to gates, as for brief/gate-missing.
  if (!workflow || !state.active) return [];
  const reported = new Set(missingGates(state).map((s) => s.id));
  const out: SkippedGate[] = [];
  for (let i = 1; i < history.length; i++) {
    const [from, to] = [history[i - 1], history[i]];
    const a = indexOf(workflow, from.stage);
    const b = indexOf(workflow, to.stage);
    if (a === undefined || b === undefined) continue;
    for (const stage of workflow.stages.slice(a + 1, b)) {
      if (!stage.gate || reported.has(stage.id) || state.approvals.some((x) => x.gate === stage.id && x.status === 'approved')) continue;
      reported.add(stage.id);
      out.push({ stage, from, to });
    }
  }
  return out;
}

/** The gate whose approval is the brief's approval: the stage named `brief` when it has a gate, else the workflow's first gated stage. */
export function briefGateOf(workflow: WorkflowView | undefined): Stage | undefined {
  if (!workflow) return undefined;
  const named = workflow.byId.get('brief');
  return named?.gate ? named : workflow.stages.find((s) => s.gate);
}

export interface ApprovedDateMismatch {
  /** timeline.brief_approved. */
  recorded: number;
  gate: Stage;
  /** The dated approved decisions of the brief gate. */
  approvals: Array<{ approval: Approval; day: number }>;
}

/**
 * timeline.brief_approved is none of the days the brief gate's approved decisions record (brief/approved-date-mismatch).
 * A brief_approved still ahead of today is the plan of the day the brief would be approved: recording the approval
 * earlier (the Advance command, a snippet) is not flagged until that day has come.
 */
export function approvedDateMismatch(state: Records, recorded: number | undefined, today: number): ApprovedDateMismatch | undefined {
  const gate = briefGateOf(state.workflow);
  if (!gate || recorded === undefined || recorded > today) return undefined;
  const approvals = state.approvals
    .filter((a) => a.gate === gate.id && a.status === 'approved')
    .map((approval) => ({ approval, day: approvalDay(approval) }))
    .filter((a): a is { approval: Approval; day: number } => a.day !== undefined);
  if (approvals.length === 0 || approvals.some((a) => a.day === recorded)) return undefined;
  return { recorded, gate, approvals };
}
