// The diff report's data: what a change does to the operation, from the base and head workspaces as the reports read them.

import type { Workspace } from '../../engine/workspace';
import { formatDay } from '../../text/dates';
import { buildMartech } from '../data/martech';
import { briefChanges, type BriefChange, type GateApproval } from './briefs';
import { briefFieldChanges, type BriefFieldChange } from './brief-fields';
import { findingCauses, verdictOf, type FindingCause, type Verdict } from './causes';
import { findingChanges, type FindingChange } from './findings';
import { budgetChanges, renewalsDue, reviewsDue, toolChanges, type BudgetChange, type CostTotal, type RenewalDue, type ReviewDue, type ToolChange } from './operation';
import { sidesOf, unreadableOnOneSide } from './sides';
import { teamChanges, type TeamChange } from './team';

export interface DiffData {
  today: string;
  /** What the head is compared with (a git revision, say), when the caller named it. */
  base: string | null;
  renewalWindowDays: number;
  renewalWarningDays: number;
  /** The one line the report opens with: what the change adds and whether CI fails on it. */
  verdict: Verdict;
  team: TeamChange[];
  briefs: BriefChange[];
  /** Launch date, owner, tier, channels, status, budget and links of briefs on both sides. */
  fields: BriefFieldChange[];
  approvals: GateApproval[];
  budget: BudgetChange[];
  tools: ToolChange[];
  /** The martech report's annual cost total on each side. */
  cost: CostTotal;
  renewals: RenewalDue[];
  reviews: ReviewDue[];
  findings: FindingChange[];
  /** The new findings grouped by rule and the text they point at (see causes.ts). */
  causes: FindingCause[];
  /** Files (head paths) that parse on one side only: their documents are counted on the other side only. */
  unreadable: { base: string[]; head: string[] };
}

export interface DiffInput {
  base: Workspace;
  head: Workspace;
  today: number;
  /** Head path → the path the file had on the base. */
  renames: ReadonlyMap<string, string>;
  label?: string;
}

export function buildDiff({ base, head, today, renames, label }: DiffInput): DiffData {
  const sides = sidesOf(base, head, today, renames);
  const [martechBefore, martechAfter] = [buildMartech(sides.base.input), buildMartech(sides.head.input)];
  const { briefs, approvals } = briefChanges(sides);
  const { tools, cost } = toolChanges(sides, martechBefore, martechAfter);
  const findings = findingChanges(sides);
  return {
    today: formatDay(today),
    base: label ?? null,
    renewalWindowDays: martechAfter.renewalWindowDays,
    renewalWarningDays: martechAfter.renewalWarningDays,
    verdict: verdictOf(findings),
    team: teamChanges(sides),
    briefs,
    fields: briefFieldChanges(sides),
    approvals,
    budget: budgetChanges(sides),
    tools,
    cost,
    renewals: renewalsDue(martechBefore, martechAfter),
    reviews: reviewsDue(sides, martechBefore, martechAfter),
    findings,
    causes: findingCauses(findings),
    unreadable: unreadableOnOneSide(sides),
  };
}
