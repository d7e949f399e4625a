// Briefs' planned spend rolled up per Budget allocation, once per change to any brief or budget: after a
// change to a few briefs, by updating the last roll-up (a keystroke in a brief must not walk 10,000 briefs).

import { allocationAt, allocationsOf, spendDay, type Allocation } from './budget';
import { factOf, type Fact } from '../engine/facts';
import { order, type IndexView } from '../engine/index-view';
import type { ParsedDocument } from '../model/parse';
import type { Brief, BriefBudget } from '../generated';
import { fields, isRecord, num, str } from '../model/readers';

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
    if (!brief.clean || !isRecord(brief.value)) return { spends: false };
    const data = fields<Brief>(brief.value);
    if (str(data.status) === 'cancelled') return { spends: false };
    const budget = fields<BriefBudget>(data.budget);
    const planned = num(budget.planned);
    if (planned === undefined) return { spends: false };
    return { spends: true, planned, currency: str(budget.currency), program: str(data.program), day: spendDay(data) };
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

/** A roll-up and what it was made from. */
interface RollUp {
  allocations: Map<string, Allocation[]>;
  briefs: readonly ParsedDocument[];
  spend: Map<Allocation, Contribution[]>;
}

/** More changed briefs than this since the last roll-up: rolled up afresh. */
const UPDATE_MAX = 64;

/** Allocation → the briefs whose planned spend counts against it (cancelled briefs spend nothing), in file order. */
export function spendByAllocation(index: IndexView): Map<Allocation, Contribution[]> {
  return index.derive<RollUp>('spend', ['Brief', 'Budget'], (previous) => {
    const allocations = allocationsOf(index);
    const briefs = index.all('Brief');
    const updated = previous && previous.allocations === allocations ? update(previous, briefs) : undefined;
    return updated ?? { allocations, briefs, spend: rollUp(briefs, allocations) };
  }).spend;
}

function rollUp(briefs: readonly ParsedDocument[], allocations: Map<string, Allocation[]>): Map<Allocation, Contribution[]> {
  const spend = new Map<Allocation, Contribution[]>();
  for (const brief of briefs) {
    const share = shareOf(brief, allocations);
    if (!share) continue;
    const list = spend.get(share.allocation);
    if (list) list.push(share.contribution);
    else spend.set(share.allocation, [share.contribution]);
  }
  return spend;
}

/**
 * The last roll-up with the briefs that went taken out and the ones that came put in, or undefined when
 * too many changed. Both lists are in file order, so one walk comparing references finds the changes; the
 * lists of the allocations they touch are copied, never changed in place (a reader may hold them).
 */
function update(previous: RollUp, briefs: readonly ParsedDocument[]): RollUp | undefined {
  const before = previous.briefs;
  const gone: ParsedDocument[] = [];
  const came: ParsedDocument[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < briefs.length) {
    if (i < before.length && j < briefs.length && before[i] === briefs[j]) {
      i++;
      j++;
      continue;
    }
    const cmp = i >= before.length ? 1 : j >= briefs.length ? -1 : order(before[i], briefs[j]);
    if (cmp <= 0) gone.push(before[i++]);
    if (cmp >= 0) came.push(briefs[j++]);
    if (gone.length + came.length > UPDATE_MAX) return undefined;
  }
  const { allocations } = previous;
  const spend = new Map(previous.spend);
  const copied = new Set<Allocation>();
  const listOf = (allocation: Allocation): Contribution[] => {
    let list = spend.get(allocation) ?? [];
    if (!copied.has(allocation)) {
      list = list.slice();
      copied.add(allocation);
      spend.set(allocation, list);
    }
    return list;
  };
  for (const brief of gone) {
    const share = shareOf(brief, allocations);
    if (!share) continue;
    const list = listOf(share.allocation);
    const at = list.findIndex((c) => c.brief === brief);
    if (at !== -1) list.splice(at, 1);
  }
  for (const brief of came) {
    const share = shareOf(brief, allocations);
    if (!share) continue;
    const list = listOf(share.allocation);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (order(list[mid].brief, brief) < 0) low = mid + 1;
      else high = mid;
    }
    list.splice(low, 0, share.contribution);
  }
  for (const allocation of copied) if (spend.get(allocation)?.length === 0) spend.delete(allocation);
  return { allocations, briefs, spend };
}
