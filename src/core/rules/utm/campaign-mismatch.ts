// utm/campaign-mismatch: a link's utm_campaign is not the id of the brief it belongs to.

import { str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { forEachLink } from './each';

const rule: DocumentRule = {
  id: 'utm/campaign-mismatch',
  severity: 'error',
  description: "A link's utm_campaign differs from the brief's id, so its traffic would be credited to another campaign.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const id = str(ctx.data.id);
    if (id === undefined) return;
    forEachLink(ctx, (check) => {
      const campaign = check.link.params.find((p) => p.name === 'utm_campaign');
      if (!campaign || campaign.value === '' || campaign.value === id) return;
      ctx.report({
        ...check.at(campaign),
        message: `utm_campaign '${campaign.value}' must be this brief's id, '${id}'.`,
        related: [ctx.locationOf(ctx.doc, ['id'], 'the brief id')],
        fixes: check.replaceParam(campaign, encodeURIComponent(id), `Change to '${id}'`),
      });
    });
  },
};

export default rule;
