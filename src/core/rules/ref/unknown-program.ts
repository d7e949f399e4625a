// ref/unknown-program: a brief's program has no allocation in any Budget.

import { allocationFor, allocationsOf, spendDay } from '../../domain/budget';
import { formatDay, parseDay } from '../../text/dates';
import { rec, str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { reportUnknown } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-program',
  severity: 'error',
  description: "A brief's program has no allocation in any Budget, or none whose period holds the brief's launch date.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const program = str(ctx.data.program);
    if (program === undefined) return;
    const allocations = allocationsOf(ctx.index);
    const own = allocations.get(program);
    if (own) {
      const day = spendDay(ctx.data);
      if (day === undefined || allocationFor(allocations, ctx.data)) return;
      const periods = own.map((a) => `${a.doc.id ?? 'a Budget'} ${a.start !== undefined ? formatDay(a.start) : '?'} to ${a.end !== undefined ? formatDay(a.end) : '?'}`);
      ctx.report({
        path: ['program'],
        message: `Program '${program}' has no allocation for ${formatDay(day)}, when this brief ${parseDay(rec(ctx.data.timeline).launch) !== undefined ? 'launches' : 'was approved'}: its Budgets cover ${periods.join('; ')}.`,
        related: own.map((a) => ctx.locationOf(a.doc, ['period'], `the period of ${a.doc.id ?? 'the Budget'}`, 'key')),
      });
      return;
    }
    const budget = ctx.index.all('Budget')[0];
    reportUnknown(ctx, {
      path: ['program'],
      value: program,
      what: budget ? 'a program with an allocation in a Budget' : 'a program with an allocation (this playbook has no Budget document)',
      candidates: allocations.keys(),
      related: budget ? ctx.locationOf(budget, ['allocations'], 'the allocations', 'key') : undefined,
    });
  },
};

export default rule;
