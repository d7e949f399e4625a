// How serious each risk the reports show is, decided once: every summary card, table, chart and the diff colour a risk by it.

import type { Severity } from '../model/types';

export interface Risk {
  /** What the risk is, for the glossary of docs/reports.md. */
  label: string;
  severity: Severity;
  /** The rule that reports the risk as a finding: the risk's severity is that rule's default (a test holds them equal). */
  rule?: string;
}

export const RISKS = {
  missingGate: { label: 'A gate the brief passed without an approval', severity: 'error', rule: 'brief/gate-missing' },
  overSla: { label: 'An active brief longer in its stage than the SLA', severity: 'warning', rule: 'brief/sla-overdue' },
  overAllocation: { label: 'Briefs planning more than their allocation (unplanned below 0)', severity: 'error', rule: 'budget/over-allocation' },
  overBudget: { label: 'A brief spending more than planned (variance above 0)', severity: 'warning', rule: 'brief/over-budget' },
  /** More spent than the allocation holds: no rule reports it, and it is worse than a plan over the allocation. */
  overspentAllocation: { label: 'More spent than the allocation (unspent below 0)', severity: 'error' },
  lowUtilisation: { label: 'Seat utilisation below the threshold', severity: 'warning', rule: 'martech/low-utilization' },
  reviewOverdue: { label: 'A tool review overdue', severity: 'warning', rule: 'martech/review-overdue' },
  sopReviewOverdue: { label: 'An SOP review overdue', severity: 'warning', rule: 'sop/review-overdue' },
  overlap: { label: 'Several active tools in one category', severity: 'warning', rule: 'martech/overlap' },
  piiWithoutDpa: { label: 'Personal data without a signed DPA', severity: 'error', rule: 'martech/pii-without-dpa' },
  retiredInUse: { label: 'A sunsetting or retired tool in an active brief', severity: 'warning', rule: 'martech/retired-in-use' },
  /** The stage whose median visit most exceeds its SLA: where the whole pipeline waits. */
  bottleneck: { label: 'The bottleneck stage of a workflow', severity: 'error' },
  rework: { label: 'Rework (a stage re-entered)', severity: 'warning' },
  /** A past stage visit longer than the stage's SLA (a brief's count of them; the rate is slaBreachRisk). */
  slaBreach: { label: 'A past stage visit over its SLA', severity: 'warning' },
  /** A campaign that ended with success metrics still without a result. */
  missingResults: { label: 'A campaign ended without its results recorded', severity: 'warning', rule: 'brief/missing-actuals' },
  /** A success metric whose result fell short of its target (domain/results). */
  missedTarget: { label: 'A result short of its target', severity: 'warning' },
  launchMissed: { label: 'A launch date passed before the launch stage', severity: 'warning', rule: 'brief/launch-missed' },
  launchAtRisk: { label: 'A launch the remaining stage SLAs reach too late', severity: 'warning', rule: 'brief/launch-at-risk' },
} as const satisfies Record<string, Risk>;

/** From this share of a stage's visits over its SLA (in %), breaches are the rule rather than the exception. */
export const SLA_BREACH_RATE_ERROR = 50;

/** An SLA breach rate (in %) as a risk: none at 0, a warning below SLA_BREACH_RATE_ERROR, an error from it. */
export function slaBreachRisk(rate: number | null): Severity | undefined {
  if (rate === null || rate <= 0) return undefined;
  return rate >= SLA_BREACH_RATE_ERROR ? 'error' : 'warning';
}

/** The most serious of some severities (undefined for none). */
export function worst(severities: ReadonlyArray<Severity | undefined>): Severity | undefined {
  const order: Severity[] = ['error', 'warning', 'info'];
  return order.find((s) => severities.includes(s));
}
