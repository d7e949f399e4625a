// brief/tier-channels: more channels than the brief's tier allows.

import { strings } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/tier-channels',
  severity: 'warning',
  description: "An active brief uses more channels than its tier's max_channels.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const tier = typeof ctx.data.tier === 'number' ? state.workflow?.tiers.get(ctx.data.tier) : undefined;
    const channels = strings(ctx.data.channels).length;
    if (!state.active || tier?.maxChannels === undefined || channels <= tier.maxChannels) return;
    ctx.report({
      path: ['channels'],
      place: 'key',
      message: `Tier ${tier.tier} allows ${tier.maxChannels} channel${tier.maxChannels === 1 ? '' : 's'}; this brief has ${channels}. Raise the tier or cut channels.`,
      related: [ctx.locationOf(state.workflow!.doc, ['tiers'], 'the tier rules', 'key')],
    });
  },
};

export default rule;
