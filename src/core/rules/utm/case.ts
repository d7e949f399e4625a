// utm/case: a UTM value that is not lower case (analytics tools count "Email" and "email" as two sources),
// or a UTM parameter name that is not (analytics tools read `utm_source` only, never `UTM_SOURCE`).

import type { DocumentRule } from '../../engine/rule';
import { forEachLink } from './each';

const rule: DocumentRule = {
  id: 'utm/case',
  severity: 'error',
  description: 'A UTM value is not all lower case, so analytics would count it apart from its lower-case twin; or a UTM parameter name is not, so analytics would ignore it.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      for (const param of check.link.params) {
        // Whatever the standard's `case`: GA4 and the ad platforms read UTM names in lower case only.
        if (param.name.startsWith('utm_') && param.written !== param.name) {
          const fix = ctx.textFix(check.path, param.nameStart, param.nameStart + param.rawName.length, param.name, `Rename to '${param.name}'`);
          ctx.report({
            range: ctx.textRange(check.path, param.nameStart, param.nameStart + param.rawName.length),
            message: `The parameter name '${param.written}' must be lower case: analytics tools read only '${param.name}', so this value would be lost.`,
            fixes: fix ? [fix] : [],
          });
        }
      }
      for (const value of check.values().values()) {
        if (!value.notLower) continue;
        ctx.report({
          ...check.at(value.param),
          message: `${value.param.name} '${value.param.value}' must be lower case: '${value.param.value.toLowerCase()}'.`,
          fixes: check.repairFix(value),
        });
      }
    });
  },
};

export default rule;
