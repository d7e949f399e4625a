// brief/tier-lead-time: the time from brief approval to launch is shorter than the tier allows.

import type { DocumentRule } from '../../engine/rule';
import { briefState, timeline } from './state';

const rule: DocumentRule = {
  id: 'brief/tier-lead-time',
  severity: 'warning',
  description: "An active brief's lead time (brief_approved to launch) is shorter than its tier's min_lead_days.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const tier = typeof ctx.data.tier === 'number' ? state.workflow?.tiers.get(ctx.data.tier) : undefined;
    const { approved, launch } = timeline(ctx.data);
    if (!state.active || !tier || tier.minLeadDays === undefined || approved === undefined || launch === undefined) return;
    const lead = launch - approved;
    if (lead >= tier.minLeadDays || lead < 0) return;
    ctx.report({
      path: ['timeline', 'launch'],
      message: `Tier ${tier.tier} needs at least ${tier.minLeadDays} days from brief approval to launch; this brief has ${lead}.`,
      related: [ctx.locationOf(state.workflow!.doc, ['tiers'], 'the tier rules', 'key')],
    });
  },
};

export default rule;
