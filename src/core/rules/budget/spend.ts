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

/** Allocation → the briefs whose planned spend counts against it (cancelled briefs spend nothing). */
export function spendByAllocation(index: IndexView): Map<Allocation, Contribution[]> {
  return index.derive('spend', ['Brief', 'Budget'], () => {
    const allocations = allocationsOf(index);
    const spend = new Map<Allocation, Contribution[]>();
    for (const brief of index.all('Brief')) {
      if (!brief.clean || !isRecord(brief.value) || str(brief.value.status) === 'cancelled') continue;
      const budget = rec(brief.value.budget);
      const planned = num(budget.planned);
      const allocation = allocationFor(allocations, brief.value);
      if (planned === undefined || !allocation) continue;
      const list = spend.get(allocation);
      const contribution = { brief, planned, currency: str(budget.currency) };
      if (list) list.push(contribution);
      else spend.set(allocation, [contribution]);
    }
    return spend;
  });
}
