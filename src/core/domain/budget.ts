// Budget allocations by program, and which Budget a brief's spend counts against.

import type { IndexView } from '../engine/index-view';
import type { ParsedDocument } from '../model/parse';
import { num, rec, records, str } from '../model/readers';
import { parseDay } from '../text/dates';

export interface Allocation {
  program: string;
  amount?: number;
  doc: ParsedDocument;
  /** Index of the allocation in its Budget's `allocations`. */
  index: number;
  currency?: string;
  start?: number;
  end?: number;
}

/** Program → its allocations across every Budget, in file order. */
export function allocationsOf(index: IndexView): Map<string, Allocation[]> {
  return index.derive('allocations', ['Budget'], () => {
    const byProgram = new Map<string, Allocation[]>();
    for (const doc of index.all('Budget')) {
      const data = rec(doc.value);
      const period = rec(data.period);
      for (const [raw, i] of records(data.allocations)) {
        const program = str(raw.program);
        if (program === undefined) continue;
        const allocation: Allocation = {
          program,
          amount: num(raw.amount),
          doc,
          index: i,
          currency: str(data.currency),
          start: parseDay(period.start),
          end: parseDay(period.end),
        };
        const allocations = byProgram.get(program);
        if (allocations) allocations.push(allocation);
        else byProgram.set(program, [allocation]);
      }
    }
    return byProgram;
  });
}

/** The day a brief's spend is dated by: its launch, else its approval. */
export function spendDay(brief: Record<string, unknown>): number | undefined {
  const timeline = rec(brief.timeline);
  return parseDay(timeline.launch) ?? parseDay(timeline.brief_approved);
}

/**
 * The allocation a brief's planned spend counts against: the one of its program whose Budget period
 * holds the brief's launch date (failing a launch date, its approval date). A brief with neither date
 * counts against its program's allocation when there is only one. A brief dated outside every period
 * of its program has no allocation (ref/unknown-program says so).
 */
export function allocationFor(allocations: Map<string, Allocation[]>, brief: Record<string, unknown>): Allocation | undefined {
  return allocationAt(allocations, str(brief.program), spendDay(brief));
}

/** allocationFor, given the brief's program and the day its spend is dated by. */
export function allocationAt(allocations: Map<string, Allocation[]>, program: string | undefined, day: number | undefined): Allocation | undefined {
  const candidates = program === undefined ? [] : (allocations.get(program) ?? []);
  if (day === undefined) return candidates.length === 1 ? candidates[0] : undefined;
  return candidates.find((a) => a.start === undefined || a.end === undefined || (day >= a.start && day <= a.end));
}

/** Money rounded to cents, so that sums of decimal amounts print cleanly. */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/**
 * An allocation's figures, worked out here once for every report, the diff and every export (their names
 * and definitions are the glossary in docs/reports.md). Amounts are in the allocation's currency.
 */
export interface AllocationFigures {
  /** What the Budget allocates to the program for its period; null when the allocation has no amount. */
  allocation: number | null;
  /** Σ budget.planned of the briefs counted against the allocation. */
  planned: number;
  /** Σ of those briefs' budget lines' actual amounts. */
  actual: number;
  /** allocation − planned: the part no brief plans to spend yet; below 0 the briefs plan more than the allocation. */
  unplanned: number | null;
  /** allocation − actual: the part not spent yet; below 0 more was spent than allocated. */
  unspent: number | null;
  /** actual − planned: below 0 the plan is not spent (yet), above 0 spend ran over the plan. */
  variance: number;
}

export function allocationFigures(allocation: number | null | undefined, planned: number, actual: number): AllocationFigures {
  const amount = allocation ?? null;
  const [p, a] = [cents(planned), cents(actual)];
  return {
    allocation: amount,
    planned: p,
    actual: a,
    unplanned: amount === null ? null : cents(amount - p),
    unspent: amount === null ? null : cents(amount - a),
    variance: cents(a - p),
  };
}

/** A brief's variance (actual − planned, as for an allocation), when it has both. */
export function briefVariance(planned: number | undefined, actual: number | null): number | null {
  return planned === undefined || actual === null ? null : cents(actual - planned);
}
