// utm/whitespace: a UTM value with spaces, raw or encoded (%20, +).

import type { DocumentRule } from '../../engine/rule';
import { forEachLink } from './each';

const rule: DocumentRule = {
  id: 'utm/whitespace',
  severity: 'error',
  description: 'A UTM value holds spaces, raw or encoded as %20 or +, which reports split and mangle.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      for (const value of check.values().values()) {
        if (!value.spaced) continue;
        const joined = value.param.value.trim().split(/\s+/).join('-').replace(/-{2,}/g, '-');
        ctx.report({
          ...check.at(value.param),
          message: `${value.param.name} '${value.param.value}' contains spaces; join words with hyphens: '${joined}'.`,
          fixes: check.repairFix(value),
        });
      }
    });
  },
};

export default rule;
