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
      const pairs = check.utm.sourceMedium;
      const source = check.link.params.find((p) => p.name === 'utm_source');
      const medium = check.link.params.find((p) => p.name === 'utm_medium');
      if (!pairs || !source || !medium || medium.value === '') return;
      // A medium outside its dictionary is utm/unknown-value's finding, with its own fix.
      const mediums = check.utm.params.get('utm_medium')?.values;
      if (mediums && !mediums.includes(medium.value.toLowerCase())) return;
      const allowed = pairs.get(source.value) ?? pairs.get(source.value.toLowerCase());
      if (!allowed || allowed.includes(medium.value) || allowed.includes(medium.value.toLowerCase())) return;
      const only = allowed.length === 1 ? allowed[0] : undefined;
      ctx.report({
        ...check.at(medium),
        message: `utm_source '${source.value}' may only be paired with utm_medium ${allowed.map((m) => `'${m}'`).join(', ') || '(none)'}, not '${medium.value}'.`,
        related: [standardAt(check, 'source_medium', 'the allowed source and medium pairs')],
        fixes: only ? check.replaceParam(medium, only, `Change to '${only}'`) : [],
      });
    });
  },
};

export default rule;
