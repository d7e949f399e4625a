// workflow/duplicate-stage: a workflow lists the same stage id (or tier) twice.

import type { DataPath } from '../../model/locate';
import { num, records, str, type Data } from '../../model/readers';
import type { DocumentRule, DocumentRuleContext } from '../../engine/rule';

/** Reports every item of a list whose key repeats an earlier item's, with the first as related. */
function reportRepeats(ctx: DocumentRuleContext, list: string, field: string, keyOf: (item: Data) => string | number | undefined, name: (key: string | number, first: number) => string): void {
  const seen = new Map<string | number, number>();
  for (const [item, i] of records(ctx.data[list])) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    const firstPath: DataPath = [list, first, field];
    ctx.report({ path: [list, i, field], message: name(key, first), related: [ctx.locationOf(ctx.doc, firstPath, 'the first one')] });
  }
}

const rule: DocumentRule = {
  id: 'workflow/duplicate-stage',
  severity: 'error',
  description: 'A workflow lists the same stage id, or the same tier, twice.',
  scope: 'document',
  kinds: ['Workflow'],
  check(ctx) {
    reportRepeats(ctx, 'stages', 'id', (s) => str(s.id), (id, first) => `The stage '${id}' is already stage ${first + 1} of this workflow.`);
    reportRepeats(ctx, 'tiers', 'tier', (t) => num(t.tier), (tier) => `Tier ${tier} is already defined above.`);
  },
};

export default rule;
