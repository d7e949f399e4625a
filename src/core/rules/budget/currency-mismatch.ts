// budget/currency-mismatch: a brief's budget is in another currency than the Budget its program draws on.

import { allocationFor, allocationsOf } from '../../domain/budget';
import { rec, str } from '../access';
import type { DocumentRule } from '../types';

const rule: DocumentRule = {
  id: 'budget/currency-mismatch',
  severity: 'error',
  description: "A brief's budget currency differs from the currency of the Budget its program draws on.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const currency = str(rec(ctx.data.budget).currency);
    const allocation = allocationFor(allocationsOf(ctx.index), ctx.data);
    if (currency === undefined || !allocation?.currency || currency === allocation.currency) return;
    const fix = ctx.replaceFix(['budget', 'currency'], allocation.currency, `Change to ${allocation.currency}`);
    ctx.report({
      path: ['budget', 'currency'],
      message: `The brief budgets in ${currency}, but the '${allocation.program}' allocation of Budget '${allocation.doc.id ?? ''}' is in ${allocation.currency}; convert the amounts and use ${allocation.currency}.`,
      related: [ctx.locationOf(allocation.doc, ['currency'], 'the Budget currency')],
      fixes: fix ? [fix] : [],
    });
  },
};

export default rule;
