// ref/unknown-program: a brief's program has no allocation in any Budget.

import { allocationsOf } from '../../domain/budget';
import { str } from '../access';
import type { DocumentRule } from '../types';
import { reportUnknown } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-program',
  severity: 'error',
  description: "A brief's program has no allocation in any Budget.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const program = str(ctx.data.program);
    if (program === undefined) return;
    const allocations = allocationsOf(ctx.index);
    if (allocations.has(program)) return;
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
