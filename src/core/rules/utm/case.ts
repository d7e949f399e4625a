// utm/case: a UTM value that is not lower case (analytics tools count "Email" and "email" as two sources).

import { reencode } from '../../utm/link';
import type { DocumentRule } from '../../engine/rule';
import { forEachLink, isUtm } from './each';

const rule: DocumentRule = {
  id: 'utm/case',
  severity: 'error',
  description: 'A UTM value is not all lower case, so analytics would count it apart from its lower-case twin.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      if (!check.utm.lowercase) return;
      for (const param of check.link.params.filter(isUtm)) {
        if (param.value === param.value.toLowerCase()) continue;
        const lower = reencode(param.raw, param.value.toLowerCase());
        ctx.report({
          ...check.at(param),
          message: `${param.name} '${param.value}' must be lower case: '${param.value.toLowerCase()}'.`,
          fixes: check.replaceParam(param, lower, `Change to '${lower}'`),
        });
      }
    });
  },
};

export default rule;
