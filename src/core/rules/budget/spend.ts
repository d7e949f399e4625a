// Briefs' planned spend rolled up per Budget allocation, computed once per change to any brief or budget.

import { allocationFor, allocationsOf, type Allocation } from '../../domain/budget';
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

function shareOf(brief: ParsedDocument, allocations: Map<string, Allocation[]>): { allocation: Allocation; contribution: Contribution } | undefined {
  const known = shares.get(brief);
  if (known && known.allocations === allocations) return known.share;
  let share: { allocation: Allocation; contribution: Contribution } | undefined;
  if (brief.clean && isRecord(brief.value) && str(brief.value.status) !== 'cancelled') {
    const budget = rec(brief.value.budget);
    const planned = num(budget.planned);
    const allocation = allocationFor(allocations, brief.value);
    if (planned !== undefined && allocation) share = { allocation, contribution: { brief, planned, currency: str(budget.currency) } };
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
