// The budget report's data: per program allocation, the briefs' planned and actual spend, variance, briefs over budget.

import { allocationFigures, allocationFor, allocationsOf, briefVariance, cents, type Allocation, type AllocationFigures } from '../../domain/budget';
import { num, records, str } from '../../model/readers';
import { spendByAllocation } from '../../domain/spend';
import { formatDay } from '../../text/dates';
import { briefsOf, type BriefFacts, type ReportInput } from '../facts';

/** An allocation and its figures (allocation, planned, actual, unplanned, unspent, variance: see domain/budget). */
export interface BudgetAllocationRow extends AllocationFigures {
  budget: string;
  program: string;
  currency: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** The briefs counted against the allocation (as budget/over-allocation counts them). */
  briefs: string[];
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
  /** actual − planned, when the brief has actual spend (domain/budget briefVariance). */
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
  /** Per currency, the figures of all its allocations together. */
  totals: Array<{ currency: string | null } & AllocationFigures>;
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
    const planned = counted.reduce((s, c) => s + c.planned, 0);
    const actual = counted.reduce((s, c) => s + (byDoc.get(c.brief)?.actual ?? 0), 0);
    return {
      budget: a.doc.id ?? a.doc.path,
      program: a.program,
      currency: a.currency ?? null,
      periodStart: a.start === undefined ? null : formatDay(a.start),
      periodEnd: a.end === undefined ? null : formatDay(a.end),
      briefs: counted.map((c) => byDoc.get(c.brief)?.id ?? c.brief.id ?? c.brief.path),
      ...allocationFigures(a.amount, planned, actual),
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
      variance: briefVariance(b.planned, b.actual),
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
      const sum = (figure: (r: BudgetAllocationRow) => number) => cents(these.reduce((s, r) => s + figure(r), 0));
      return { currency, ...allocationFigures(sum((r) => r.allocation ?? 0), sum((r) => r.planned), sum((r) => r.actual)) };
    }),
  };
}
