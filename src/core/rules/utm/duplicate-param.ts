// utm/duplicate-param: a UTM parameter given twice in one link; analytics tools keep one of the values.

import type { QueryParam } from '../../utm/link';
import type { DocumentRule } from '../../engine/rule';
import { forEachParsedLink } from './each';

const rule: DocumentRule = {
  id: 'utm/duplicate-param',
  severity: 'error',
  description: 'A UTM parameter appears more than once in a tracked link, and analytics tools would keep only one of its values.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachParsedLink(ctx, (check) => {
      const first = new Map<string, QueryParam>();
      for (const param of check.link.params) {
        if (!param.name.startsWith('utm_')) continue;
        const earlier = first.get(param.name);
        if (!earlier) {
          first.set(param.name, param);
          continue;
        }
        // Nothing is lost when the values are the same or one is empty: the fix drops the redundant one.
        const redundant = earlier.value === param.value || param.value === '' ? param : earlier.value === '' ? earlier : undefined;
        const values = `'${earlier.value}', then '${param.value}'`;
        ctx.report({
          ...check.pieceAt(param),
          message: `${param.name} appears more than once in this link (${values}); analytics tools keep only one of them. Keep one.`,
          fixes: redundant ? check.removeParams([redundant], redundant === param ? `Remove the second ${param.name}` : `Remove the empty ${param.name}`) : [],
        });
      }
    });
  },
};

export default rule;
