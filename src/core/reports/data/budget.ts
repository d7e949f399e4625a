// The budget report's data: per program allocation, the briefs' planned and actual spend, variance, briefs over budget.

import { allocationFor, allocationsOf, type Allocation } from '../../domain/budget';
import { num, records, str } from '../../model/readers';
import { spendByAllocation } from '../../domain/spend';
import { formatDay } from '../../text/dates';
import { briefsOf, type BriefFacts, type ReportInput } from '../facts';
import { cents } from '../stats';

export interface BudgetAllocationRow {
  budget: string;
  program: string;
  currency: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  allocation: number | null;
  /** The briefs counted against the allocation (as budget/over-allocation counts them). */
  briefs: string[];
  /** Σ budget.planned of those briefs. */
  planned: number;
  /** Σ of their budget lines' actual amounts (a line without one counts 0). */
  actual: number;
  /** planned − allocation: above 0 the program is over-allocated (budget/over-allocation). */
  plannedVsAllocation: number | null;
  /** actual − planned: below 0 is unspent plan. */
  actualVsPlanned: number;
  /** allocation − actual. */
  remaining: number | null;
}

export interface BudgetBriefRow {
  id: string;
  title: string;
  owner: string | null;
  program: string | null;
  status: string;
  currency: string | null;
  planned: number | null;
  actual: number | null;
  /** actual − planned, when the brief has actual spend. */
  variance: number | null;
  /** Lines whose actual is above their planned amount. */
  overLines: string[];
  /** A line over its plan, or the lines' actual total over the brief's planned (what brief/over-budget reports). */
  overBudget: boolean;
  /** The Budget id whose allocation counts this brief, or null with the reason in `uncounted`. */
  countedIn: string | null;
  uncounted: string | null;
}

export interface BudgetData {
  today: string;
  allocations: BudgetAllocationRow[];
  briefs: BudgetBriefRow[];
  overBudget: BudgetBriefRow[];
  totals: Array<{ currency: string | null; allocation: number; planned: number; actual: number }>;
}

function overLines(brief: BriefFacts): string[] {
  return records((brief.data.budget as Record<string, unknown> | undefined)?.lines).flatMap(([line, i]) => {
    const [planned, actual] = [num(line.planned), num(line.actual)];
    return planned !== undefined && actual !== undefined && actual > planned ? [str(line.item) ?? `line ${i + 1}`] : [];
  });
}

function uncountedReason(brief: BriefFacts, allocation: Allocation | undefined): string | null {
  if (brief.status === 'cancelled') return 'cancelled briefs spend nothing';
  if (brief.planned === undefined) return 'no budget.planned';
  if (!allocation) return brief.program === undefined ? 'no program' : `no allocation of program '${brief.program}' covers its dates`;
  if (brief.currency !== undefined && brief.currency !== allocation.currency) {
    return `budgets in ${brief.currency}, the allocation is in ${allocation.currency ?? 'no currency'}`;
  }
  return null;
}

export function buildBudget(input: ReportInput): BudgetData {
  const allocations = allocationsOf(input.index);
  const spend = spendByAllocation(input.index);
  const briefs = briefsOf(input);
  const byDoc = new Map(briefs.map((b) => [b.doc, b]));
  const ordered = [...allocations.values()]
    .flat()
    .sort((a, b) => (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : a.doc.index - b.doc.index || a.index - b.index));
  const rows: BudgetAllocationRow[] = ordered.map((a) => {
    // Spend in another currency cannot be added up: budget/currency-mismatch reports it.
    const counted = (spend.get(a) ?? []).filter((c) => c.currency === undefined || c.currency === a.currency);
    const planned = cents(counted.reduce((s, c) => s + c.planned, 0));
    const actual = cents(counted.reduce((s, c) => s + (byDoc.get(c.brief)?.actual ?? 0), 0));
    return {
      budget: a.doc.id ?? a.doc.path,
      program: a.program,
      currency: a.currency ?? null,
      periodStart: a.start === undefined ? null : formatDay(a.start),
      periodEnd: a.end === undefined ? null : formatDay(a.end),
      allocation: a.amount ?? null,
      briefs: counted.map((c) => byDoc.get(c.brief)?.id ?? c.brief.id ?? c.brief.path),
      planned,
      actual,
      plannedVsAllocation: a.amount === undefined ? null : cents(planned - a.amount),
      actualVsPlanned: cents(actual - planned),
      remaining: a.amount === undefined ? null : cents(a.amount - actual),
    };
  });
  const briefRows: BudgetBriefRow[] = briefs.map((b) => {
    const allocation = allocationFor(allocations, b.data);
    const lines = overLines(b);
    const uncounted = uncountedReason(b, allocation);
    return {
      id: b.id,
      title: b.title,
      owner: b.ownerName ?? b.owner ?? null,
      program: b.program ?? null,
      status: b.status,
      currency: b.currency ?? null,
      planned: b.planned ?? null,
      actual: b.actual,
      variance: b.actual !== null && b.planned !== undefined ? cents(b.actual - b.planned) : null,
      overLines: lines,
      overBudget: lines.length > 0 || (b.actual !== null && b.planned !== undefined && b.actual > b.planned),
      countedIn: uncounted === null && allocation ? (allocation.doc.id ?? allocation.doc.path) : null,
      uncounted,
    };
  });
  const currencies = [...new Set(rows.map((r) => r.currency))];
  return {
    today: formatDay(input.today),
    allocations: rows,
    briefs: briefRows,
    overBudget: briefRows.filter((b) => b.overBudget),
    totals: currencies.map((currency) => {
      const these = rows.filter((r) => r.currency === currency);
      return {
        currency,
        allocation: cents(these.reduce((s, r) => s + (r.allocation ?? 0), 0)),
        planned: cents(these.reduce((s, r) => s + r.planned, 0)),
        actual: cents(these.reduce((s, r) => s + r.actual, 0)),
      };
    }),
  };
}
