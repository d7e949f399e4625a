// budget/over-allocation: the briefs' planned spend in a program exceeds its allocation.

import { allocationsOf } from '../../domain/budget';
import { money } from '../brief/budget-sum';
import { str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { spendByAllocation, type Contribution } from '../../domain/spend';

/**
 * An allocation's briefs that count in a currency, and their total, per list of contributions: the roll-up
 * keeps the lists of allocations a change did not touch, so after a keystroke only one list is added up.
 */
const counted = new WeakMap<readonly Contribution[], Map<string | undefined, { briefs: Contribution[]; total: number }>>();

function inCurrency(contributions: readonly Contribution[], currency: string | undefined): { briefs: Contribution[]; total: number } {
  let byCurrency = counted.get(contributions);
  if (!byCurrency) counted.set(contributions, (byCurrency = new Map()));
  let known = byCurrency.get(currency);
  if (!known) {
    // Spend in another currency is budget/currency-mismatch's finding; it cannot be added up here.
    const briefs = contributions.filter((c) => c.currency === undefined || c.currency === currency);
    known = { briefs, total: briefs.reduce((sum, c) => sum + c.planned, 0) };
    byCurrency.set(currency, known);
  }
  return known;
}

const rule: DocumentRule = {
  id: 'budget/over-allocation',
  severity: 'error',
  description: "The planned spend of a program's briefs exceeds the program's allocation in the Budget.",
  scope: 'document',
  kinds: ['Budget'],
  check(ctx) {
    const spend = spendByAllocation(ctx.index);
    const currency = str(ctx.data.currency);
    for (const allocations of allocationsOf(ctx.index).values()) {
      for (const allocation of allocations) {
        if (allocation.doc !== ctx.doc || allocation.amount === undefined) continue;
        const { briefs, total } = inCurrency(spend.get(allocation) ?? [], currency);
        if (total <= allocation.amount) continue;
        ctx.report({
          path: ['allocations', allocation.index, 'amount'],
          message: `${briefs.length === 1 ? 'The 1 brief' : `The ${briefs.length} briefs`} of program '${allocation.program}' ${briefs.length === 1 ? 'plans' : 'plan'} ${money(total)}${currency ? ` ${currency}` : ''}, ${money(total - allocation.amount)} over its allocation of ${money(allocation.amount)}.`,
          related: briefs.map((c) => ctx.locationOf(c.brief, ['budget', 'planned'], `${c.brief.id ?? 'a brief'} plans ${money(c.planned)}`)),
        });
      }
    }
  },
};

export default rule;
