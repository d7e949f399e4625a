// utm/insecure: an http link where the UTM standard requires https.

import type { DocumentRule } from '../types';
import { forEachLink } from './each';

const rule: DocumentRule = {
  id: 'utm/insecure',
  severity: 'error',
  description: 'A tracked link uses http where the UTM standard requires https.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      if (!check.utm.requireHttps || check.link.protocol !== 'http') return;
      const scheme = check.link.url.indexOf(':');
      const fix = ctx.textFix(check.path, 0, scheme, 'https', 'Change to https');
      ctx.report({
        range: ctx.textRange(check.path, 0, scheme),
        message: 'The link uses http; the UTM standard requires https.',
        fixes: fix ? [fix] : [],
      });
    });
  },
};

export default rule;
