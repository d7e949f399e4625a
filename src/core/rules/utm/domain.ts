// utm/domain: a tracked link lands on a domain that is not on the UTM standard's list.

import type { DocumentRule } from '../../engine/rule';
import { forEachLink, standardAt } from './each';

const rule: DocumentRule = {
  id: 'utm/domain',
  severity: 'error',
  description: "A tracked link's landing domain is not on the UTM standard's list of allowed domains.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      const domains = check.utm.domains;
      if (!domains || domains.length === 0 || domains.includes(check.link.host)) return;
      const [start, end] = check.link.hostSpan;
      ctx.report({
        range: ctx.textRange(check.path, start, end),
        message: `The link lands on '${check.link.host}', which is not an allowed domain (${domains.join(', ')}).`,
        related: [standardAt(check, 'domains', 'the allowed domains')],
      });
    });
  },
};

export default rule;
