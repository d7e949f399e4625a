// utm/unknown-value: a UTM value outside its parameter's dictionary in the UTM standard.

import { nearest } from '../../text/distance';
import type { DocumentRule } from '../../engine/rule';
import { forEachLink, standardAt } from './each';

const rule: DocumentRule = {
  id: 'utm/unknown-value',
  severity: 'error',
  description: "A UTM value is not one of the values the UTM standard allows for its parameter.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      for (const param of check.link.params) {
        const values = check.utm.params.get(param.name)?.values;
        if (!values || param.value === '' || values.includes(param.value)) continue;
        // A value that only differs in case is utm/case's finding, not this one.
        if (values.includes(param.value.toLowerCase())) continue;
        const suggestion = nearest(param.value, values);
        const list = values.length > 10 ? `${values.slice(0, 10).join(', ')}, …` : values.join(', ');
        ctx.report({
          ...check.at(param),
          message: `${param.name} '${param.value}' is not an allowed value (${list}).${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          related: [standardAt(check, 'params', `the allowed values of ${param.name}`)],
          fixes: suggestion ? check.replaceParam(param, suggestion, `Change to '${suggestion}'`) : [],
        });
      }
    });
  },
};

export default rule;
