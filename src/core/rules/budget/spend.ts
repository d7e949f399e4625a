// Briefs' planned spend rolled up per Budget allocation, computed once per change to any brief or budget.

import { allocationAt, allocationsOf, spendDay, type Allocation } from '../../domain/budget';
import { factOf, type Fact } from '../../engine/facts';
import type { IndexView } from '../../engine/index-view';
import type { ParsedDocument } from '../../model/parse';
import { isRecord, num, rec, str } from '../access';

export interface Contribution {
  brief: ParsedDocument;
  planned: number;
  currency?: string;
}

/**
 * Each brief's share, remembered per parsed brief and per set of allocations: after a keystroke in one
 * brief, the roll-up reads the others' shares instead of working them out again.
 */
const shares = new WeakMap<ParsedDocument, { allocations: Map<string, Allocation[]>; share?: { allocation: Allocation; contribution: Contribution } }>();

/** What a brief's share needs of its value: whether it spends, how much, and the program and day it counts against. */
interface Spending {
  spends: boolean;
  planned?: number;
  currency?: string;
  program?: string;
  day?: number;
}

const SPENDING: Fact<Spending> = {
  name: 'budget/spending',
  of(brief) {
    if (!brief.clean || !isRecord(brief.value) || str(brief.value.status) === 'cancelled') return { spends: false };
    const budget = rec(brief.value.budget);
    const planned = num(budget.planned);
    if (planned === undefined) return { spends: false };
    return { spends: true, planned, currency: str(budget.currency), program: str(brief.value.program), day: spendDay(brief.value) };
  },
};

function shareOf(brief: ParsedDocument, allocations: Map<string, Allocation[]>): { allocation: Allocation; contribution: Contribution } | undefined {
  const known = shares.get(brief);
  if (known && known.allocations === allocations) return known.share;
  let share: { allocation: Allocation; contribution: Contribution } | undefined;
  const spending = factOf(brief, SPENDING);
  if (spending.spends && spending.planned !== undefined) {
    const allocation = allocationAt(allocations, spending.program, spending.day);
    if (allocation) share = { allocation, contribution: { brief, planned: spending.planned, currency: spending.currency } };
  }
  shares.set(brief, { allocations, share });
  return share;
}

/** Allocation → the briefs whose planned spend counts against it (cancelled briefs spend nothing). */
export function spendByAllocation(index: IndexView): Map<Allocation, Contribution[]> {
  return index.derive('spend', ['Brief', 'Budget'], () => {
    const allocations = allocationsOf(index);
    const spend = new Map<Allocation, Contribution[]>();
    for (const brief of index.all('Brief')) {
      const share = shareOf(brief, allocations);
      if (!share) continue;
      const list = spend.get(share.allocation);
      if (list) list.push(share.contribution);
      else spend.set(share.allocation, [share.contribution]);
    }
    return spend;
  });
}
