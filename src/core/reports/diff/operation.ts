// The diff report's figures from the budget and martech reports: planned spend per allocation, tools and their cost, what fell due.

import type { Severity } from '../../model/types';
import { isRecord, num, str } from '../../model/readers';
import { reviewOverdue } from '../../domain/review';
import { formatDay, parseDay } from '../../text/dates';
import { buildBudget, type BudgetAllocationRow } from '../data/budget';
import type { MartechData, MartechTool } from '../data/martech';
import { personName, readable, type ReportInput } from '../facts';
import { cents } from '../stats';
import { pairById, type Presence, type Sides } from './sides';

export interface BudgetChange {
  budget: string;
  program: string;
  currency: string | null;
  /** null: the allocation is not on that side. */
  allocationBefore: number | null;
  allocationAfter: number | null;
  plannedBefore: number | null;
  plannedAfter: number | null;
  /** plannedAfter − plannedBefore, a missing side counting 0. */
  plannedChange: number;
  actualBefore: number | null;
  actualAfter: number | null;
  /** On the head, as the budget report has it (domain/budget allocationFigures); null for an allocation gone or without an amount. */
  unplanned: number | null;
  unspent: number | null;
}

export interface ToolChange {
  id: string;
  name: string;
  file: string;
  /** `status`: active → sunsetting or retired, say (cost may change too); `cost`: the annual cost alone. */
  change: Exclude<Presence, 'both'> | 'status' | 'cost';
  statusBefore: string | null;
  statusAfter: string | null;
  costBefore: number | null;
  costAfter: number | null;
  currency: string | null;
}

export interface CostTotal {
  currency: string | null;
  /** Annual cost of the tools that are not retired, in the currency most tools use (the martech report's total). */
  before: number;
  after: number;
  change: number;
}

export interface RenewalDue {
  tool: string;
  name: string;
  renewal: string;
  noticeDeadline: string;
  daysToNotice: number;
  noticeDue: boolean;
  /** As the martech report has it: an error once the deadline of an auto-renewing contract is missed. */
  severity: Severity | null;
  autoRenew: boolean | null;
  annualCost: number | null;
}

export interface ReviewDue {
  kind: 'Tool' | 'Sop';
  id: string;
  owner: string | null;
  due: string;
  daysOverdue: number;
}

const allocationKey = (row: BudgetAllocationRow, seen: Map<string, number>) => {
  const base = `${row.budget}\u0000${row.program}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return `${base}\u0000${n}`;
};

export function budgetChanges(sides: Sides): BudgetChange[] {
  const keyed = (input: ReportInput) => {
    const seen = new Map<string, number>();
    return new Map(buildBudget(input).allocations.map((row) => [allocationKey(row, seen), row]));
  };
  const [before, after] = [keyed(sides.base.input), keyed(sides.head.input)];
  const keys = [...after.keys(), ...[...before.keys()].filter((k) => !after.has(k))];
  return keys.flatMap((key): BudgetChange[] => {
    const [b, a] = [before.get(key), after.get(key)];
    const row = (a ?? b)!;
    if (b && a && b.planned === a.planned && b.actual === a.actual && b.allocation === a.allocation && b.currency === a.currency) return [];
    return [
      {
        budget: row.budget,
        program: row.program,
        currency: row.currency,
        allocationBefore: b ? b.allocation : null,
        allocationAfter: a ? a.allocation : null,
        plannedBefore: b ? b.planned : null,
        plannedAfter: a ? a.planned : null,
        plannedChange: cents((a?.planned ?? 0) - (b?.planned ?? 0)),
        actualBefore: b ? b.actual : null,
        actualAfter: a ? a.actual : null,
        unplanned: a ? a.unplanned : null,
        unspent: a ? a.unspent : null,
      },
    ];
  });
}

export function toolChanges(sides: Sides, base: MartechData, head: MartechData): { tools: ToolChange[]; cost: CostTotal } {
  const keyed = (tools: MartechTool[]) => tools.map((t) => ({ ...t, key: t.id }));
  const tools = pairById(sides, keyed(base.tools), keyed(head.tools)).flatMap(({ presence, base: b, head: a }): ToolChange[] => {
    const tool = (a ?? b)!;
    let change: ToolChange['change'] | undefined = presence === 'both' ? undefined : presence;
    if (b && a) change = b.status !== a.status ? 'status' : b.annualCost !== a.annualCost || b.currency !== a.currency ? 'cost' : undefined;
    if (!change) return [];
    return [
      {
        id: tool.id,
        name: tool.name,
        file: tool.file,
        change,
        statusBefore: b?.status ?? null,
        statusAfter: a?.status ?? null,
        costBefore: b?.annualCost ?? null,
        costAfter: a?.annualCost ?? null,
        currency: tool.currency,
      },
    ];
  });
  return {
    tools,
    cost: { currency: head.currency ?? base.currency, before: base.totalAnnualCost, after: head.totalAnnualCost, change: cents(head.totalAnnualCost - base.totalAnnualCost) },
  };
}

/**
 * Renewals in the martech report's list (its window, or inside the notice warning) on the head but not on the
 * base, newly inside the warning, or newly an error (the contract now auto-renews past its missed deadline).
 */
export function renewalsDue(base: MartechData, head: MartechData): RenewalDue[] {
  const before = new Map(base.renewals.map((r) => [r.tool, r]));
  return head.renewals
    .filter((r) => {
      const was = before.get(r.tool);
      return !was || (r.noticeDue && !was.noticeDue) || (r.severity === 'error' && was.severity !== 'error');
    })
    .map((r) => ({
      tool: r.tool,
      name: r.name,
      renewal: r.renewal,
      noticeDeadline: r.noticeDeadline,
      daysToNotice: r.daysToNotice,
      noticeDue: r.noticeDue,
      severity: r.severity,
      autoRenew: r.autoRenew,
      annualCost: r.annualCost,
    }));
}

/** Overdue SOP reviews, as sop/review-overdue counts them (the martech report counts the tools'). */
function sopReviews(input: ReportInput): ReviewDue[] {
  return readable(input.workspace, 'Sop').flatMap((doc): ReviewDue[] => {
    const data = doc.value;
    if (!isRecord(data)) return [];
    const overdue = reviewOverdue(parseDay(data.last_review), num(data.review_every_days), input.today);
    const owner = str(data.owner);
    return overdue ? [{ kind: 'Sop', id: str(data.id) ?? doc.path, owner: personName(input.index, owner) ?? owner ?? null, due: formatDay(overdue.due), daysOverdue: overdue.days }] : [];
  });
}

function reviews(input: ReportInput, martech: MartechData): ReviewDue[] {
  const tools = martech.overdueReviews.map((r): ReviewDue => ({ kind: 'Tool', id: r.tool, owner: r.owner, due: r.due, daysOverdue: r.daysOverdue }));
  return [...tools, ...sopReviews(input)];
}

/** Tool and SOP reviews overdue on the head that were not on the base, most overdue first. */
export function reviewsDue(sides: Sides, base: MartechData, head: MartechData): ReviewDue[] {
  const before = new Set(reviews(sides.base.input, base).map((r) => `${r.kind}\u0000${r.id}`));
  return reviews(sides.head.input, head)
    .filter((r) => !before.has(`${r.kind}\u0000${r.id}`))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.id.localeCompare(b.id));
}
