// utm/source-medium: a utm_source and utm_medium pair that the UTM standard does not allow.

import type { DocumentRule } from '../../engine/rule';
import { forEachLink, standardAt } from './each';

const rule: DocumentRule = {
  id: 'utm/source-medium',
  severity: 'error',
  description: "A link's utm_source and utm_medium are not a pair the UTM standard allows (google with email, say).",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      for (const value of check.values().values()) {
        // Set on the link's first utm_medium, comparing the values as the standard knows them (lower case,
        // synonyms resolved); a medium outside its dictionary is utm/unknown-value's finding instead.
        const pair = value.pair;
        if (!pair) continue;
        const source = check.link.params.find((p) => p.name === 'utm_source' && p.value !== '');
        const written = source && source.value !== pair.source ? ` ('${source.value}' is written)` : '';
        ctx.report({
          ...check.at(value.param),
          message: `utm_source '${pair.source}'${written} may only be paired with utm_medium ${pair.allowed.map((m) => `'${m}'`).join(', ') || '(none)'}, not '${value.plain}'.`,
          related: [standardAt(check, 'source_medium', 'the allowed source and medium pairs')],
          fixes: check.repairFix(value),
        });
      }
    });
  },
};

export default rule;
