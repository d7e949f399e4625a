// utm/whitespace: a UTM value with spaces, raw or encoded (%20, +).

import { hasWhitespace, reencode } from '../../utm/link';
import type { DocumentRule } from '../../engine/rule';
import { forEachLink, isUtm } from './each';

const rule: DocumentRule = {
  id: 'utm/whitespace',
  severity: 'error',
  description: 'A UTM value holds spaces, raw or encoded as %20 or +, which reports split and mangle.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      for (const param of check.link.params.filter(isUtm)) {
        if (!hasWhitespace(param)) continue;
        const joined = param.value.trim().split(/\s+/).join('-').replace(/-{2,}/g, '-');
        const dashed = reencode(param.raw.replace(/\+/g, '%20'), joined);
        ctx.report({
          ...check.at(param),
          message: `${param.name} '${param.value}' contains spaces; join words with hyphens: '${dashed}'.`,
          fixes: check.replaceParam(param, dashed, `Change to '${dashed}'`),
        });
      }
    });
  },
};

export default rule;
