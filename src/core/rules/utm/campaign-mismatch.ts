// utm/campaign-mismatch: a link's utm_campaign is not the id of the brief it belongs to.

import type { DocumentRule } from '../../engine/rule';
import { forEachLink } from './each';

const rule: DocumentRule = {
  id: 'utm/campaign-mismatch',
  severity: 'error',
  description: "A link's utm_campaign differs from the brief's id, so its traffic would be credited to another campaign.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      for (const value of check.values().values()) {
        // Compared once lower-cased and without spaces: a capital alone is utm/case's finding.
        if (value.campaign === undefined) continue;
        ctx.report({
          ...check.at(value.param),
          message: `utm_campaign '${value.param.value}' must be this brief's id, '${value.campaign}'.`,
          related: [ctx.locationOf(ctx.doc, ['id'], 'the brief id')],
          fixes: check.repairFix(value),
        });
      }
    });
  },
};

export default rule;
