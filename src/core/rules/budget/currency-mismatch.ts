// budget/currency-mismatch: a brief's budget is in another currency than the Budget its program draws on.

import { allocationFor, allocationsOf } from '../../domain/budget';
import { rec, str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'budget/currency-mismatch',
  severity: 'error',
  description: "A brief's budget currency differs from the currency of the Budget its program draws on.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const currency = str(rec(ctx.data.budget).currency);
    const allocation = allocationFor(allocationsOf(ctx.index), ctx.data);
    // A currency in the wrong case (`usd`) is one mistake, reported once: by its schema pattern, with the fix.
    if (currency === undefined || !allocation?.currency || currency.toUpperCase() === allocation.currency.toUpperCase()) return;
    // No fix: writing the Budget's currency over the brief's would leave its amounts in the old currency.
    ctx.report({
      path: ['budget', 'currency'],
      message: `The brief budgets in ${currency}, but the '${allocation.program}' allocation of Budget '${allocation.doc.id ?? ''}' is in ${allocation.currency}; convert the amounts to ${allocation.currency} and change the currency.`,
      related: [ctx.locationOf(allocation.doc, ['currency'], 'the Budget currency')],
    });
  },
};

export default rule;
