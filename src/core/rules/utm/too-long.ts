// utm/too-long: a tracked link longer than the UTM standard's max_url_length.

import type { DocumentRule } from '../../engine/rule';
import { forEachLink, standardAt } from './each';

const rule: DocumentRule = {
  id: 'utm/too-long',
  severity: 'warning',
  description: "A tracked link is longer than the UTM standard's max_url_length (some browsers and ad platforms cut long URLs).",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      const max = check.utm.maxUrlLength;
      // A link written without its scheme is measured with it, as it will be sent.
      const length = check.link.prefix.length + check.link.url.length;
      if (max === undefined || length <= max) return;
      ctx.report({
        path: check.path,
        message: `The link is ${length} characters long; the UTM standard allows at most ${max}.`,
        related: [standardAt(check, 'max_url_length', 'the maximum length')],
      });
    });
  },
};

export default rule;
