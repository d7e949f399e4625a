// workflow/duplicate-stage: a workflow lists the same stage id (or tier) twice.

import { num, records, str } from '../access';
import type { DocumentRule } from '../types';

const rule: DocumentRule = {
  id: 'workflow/duplicate-stage',
  severity: 'error',
  description: 'A workflow lists the same stage id, or the same tier, twice.',
  scope: 'document',
  kinds: ['Workflow'],
  check(ctx) {
    const seen = new Map<string, number>();
    for (const [stage, i] of records(ctx.data.stages)) {
      const id = str(stage.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else ctx.report({ path: ['stages', i, 'id'], message: `The stage '${id}' is already stage ${first + 1} of this workflow.`, related: [ctx.locationOf(ctx.doc, ['stages', first, 'id'], `the first '${id}'`)] });
    }
    const tiers = new Map<number, number>();
    for (const [tier, i] of records(ctx.data.tiers)) {
      const n = num(tier.tier);
      if (n === undefined) continue;
      const first = tiers.get(n);
      if (first === undefined) tiers.set(n, i);
      else ctx.report({ path: ['tiers', i, 'tier'], message: `Tier ${n} is already defined above.`, related: [ctx.locationOf(ctx.doc, ['tiers', first, 'tier'], `the first tier ${n}`)] });
    }
  },
};

export default rule;
