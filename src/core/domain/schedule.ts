// A brief's plan against the calendar: a launch missed, a close overdue, a launch at risk. One verdict each, for the rules and the reports.

import { currentEntry, slaOverrun, type BriefState } from './brief';
import { briefGateOf } from './records';
import type { Stage } from './workflow';

type Plan = Pick<BriefState, 'active' | 'workflow' | 'stage' | 'history'>;
type Dates = { approved?: number; launch?: number; end?: number };

/** brief_approved ≤ launch ≤ end holds where the dates are given; when it does not, brief/timeline-order reports the date and no verdict here trusts it. */
function inOrder(dates: Dates): boolean {
  const { approved, launch, end } = dates;
  if (approved !== undefined && launch !== undefined && launch < approved) return false;
  const start = launch ?? approved;
  return start === undefined || end === undefined || end >= start;
}

export interface LaunchMissed {
  launch: number;
  /** today − launch: how many days ago the launch date passed (at least 1). */
  days: number;
  /** The stage from which the workflow counts a campaign as launched. */
  launchStage: Stage;
}

/**
 * An active brief whose launch date has passed (today is after it) while it still stands before its workflow's
 * launch stage: brief/launch-missed. On the launch day itself the brief may still launch, so it is not missed.
 */
export function launchMissed(state: Plan, dates: Dates, today: number): LaunchMissed | undefined {
  const { workflow, stage } = state;
  const launchStage = workflow?.launchStage;
  if (!state.active || !stage || !launchStage || dates.launch === undefined || !inOrder(dates)) return undefined;
  if (stage.index >= launchStage.index || today <= dates.launch) return undefined;
  return { launch: dates.launch, days: today - dates.launch, launchStage };
}

export interface CloseOverdue {
  end: number;
  /** today − end. */
  days: number;
  /** The days after end the workflow allows to wrap up: the SLAs of the stages after the one the brief was in at its end. */
  grace: number;
  /** Those stages. */
  after: Stage[];
}

/**
 * The stage an active brief stood at on its end date, by its history (the last entry on or before it); without
 * such an entry, the workflow's launch stage (the campaign runs from its launch to its end).
 */
function stageAtEnd(state: Plan, end: number): Stage | undefined {
  const { workflow } = state;
  if (!workflow) return undefined;
  const entry = [...state.history].reverse().find((h) => h.entered !== undefined && h.entered <= end && workflow.byId.has(h.stage ?? ''));
  return entry ? workflow.byId.get(entry.stage!) : workflow.launchStage;
}

/**
 * An active brief still open after its end date beyond the time its workflow allows to wrap up (brief/close-overdue):
 * the SLAs of the stages after the one it was in at its end (follow-up, report). Not when its launch was missed
 * (brief/launch-missed says it: one mistake, one finding), nor while it is over its stage's SLA (brief/sla-overdue
 * says it), nor at the workflow's last stage when that stage has an SLA: the brief is wrapping up, and
 * brief/sla-overdue says when that takes too long.
 */
export function closeOverdue(state: Plan, dates: Dates, today: number): CloseOverdue | undefined {
  if (!state.active || dates.end === undefined || today <= dates.end || !inOrder(dates) || launchMissed(state, dates, today)) return undefined;
  const stages = state.workflow?.stages ?? [];
  const last = stages[stages.length - 1];
  if ((last && state.stage === last && last.slaDays !== undefined) || slaOverrun(state, today)) return undefined;
  const atEnd = stageAtEnd(state, dates.end);
  const after = atEnd ? stages.slice(atEnd.index + 1) : [];
  const grace = after.reduce((sum, s) => sum + (s.slaDays ?? 0), 0);
  const days = today - dates.end;
  return days > grace ? { end: dates.end, days, grace, after } : undefined;
}

export interface LaunchAtRisk {
  launch: number;
  /** The stages still to pass before the launch stage, the current one first, each with the days it may take. */
  remaining: Array<{ stage: Stage; days: number }>;
  /** The sum of those days: the SLA time still ahead. */
  needed: number;
  /** today + needed: the day the brief would reach the launch stage if each stage took its SLA. */
  earliest: number;
  launchStage: Stage;
}

/**
 * An active brief whose remaining stages, each taking its SLA, reach the launch stage after the launch date:
 * brief/launch-at-risk, and the reports that flag a launch at risk. The current stage counts the days of its SLA
 * still left (none once it is over: brief/sla-overdue reports that); the stages after it count their whole SLA;
 * a stage without `sla_days` counts 0. A launch date already passed is brief/launch-missed, not a risk. Judged
 * once the brief is past its brief gate (domain/records briefGateOf).
 */
export function launchAtRisk(state: Plan, dates: Dates, today: number): LaunchAtRisk | undefined {
  const { workflow, stage } = state;
  const launchStage = workflow?.launchStage;
  if (!state.active || !workflow || !stage || !launchStage || dates.launch === undefined || !inOrder(dates)) return undefined;
  if (stage.index >= launchStage.index || today > dates.launch) return undefined;
  // Until its brief gate is passed a brief is a proposal: its launch date is still negotiated, and
  // brief/tier-lead-time checks it. A new brief from the template is not "at risk" on the day it is written.
  const briefGate = briefGateOf(workflow);
  if (briefGate && stage.index <= briefGate.index) return undefined;
  const entry = currentEntry(state);
  const remaining = workflow.stages.slice(stage.index, launchStage.index).map((s) => {
    const sla = s.slaDays ?? 0;
    const days = s === stage && entry ? Math.max(0, sla - (today - entry.entered)) : sla;
    return { stage: s, days };
  });
  const needed = remaining.reduce((sum, r) => sum + r.days, 0);
  const earliest = today + needed;
  return earliest > dates.launch ? { launch: dates.launch, remaining, needed, earliest, launchStage } : undefined;
}
