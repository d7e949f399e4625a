// ref/unknown-tier: a brief's tier that its workflow has no tier rule for.

import { workflowOf } from '../../domain/workflow';
import { str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'ref/unknown-tier',
  severity: 'error',
  description: "A brief's tier is not one its workflow defines, so its lead time and channel limits are unknown.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const workflow = workflowOf(ctx.index, str(ctx.data.workflow));
    const tier = ctx.data.tier;
    if (!workflow || typeof tier !== 'number' || workflow.tiers.size === 0 || workflow.tiers.has(tier)) return;
    ctx.report({
      path: ['tier'],
      message: `The '${workflow.id}' workflow defines tiers ${[...workflow.tiers.keys()].sort((a, b) => a - b).join(', ')}, not ${tier}.`,
      related: [ctx.locationOf(workflow.doc, ['tiers'], 'the tier rules', 'key')],
    });
  },
};

export default rule;
