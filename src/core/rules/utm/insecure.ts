// utm/insecure: an http link where the UTM standard requires https.

import type { DocumentRule } from '../../engine/rule';
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
      // http's default port written out would be wrong for https: the fix drops it.
      const [, hostEnd] = check.link.hostSpan;
      const port = check.link.port === ':80' ? ctx.textFix(check.path, hostEnd, hostEnd + 3, '', '') : undefined;
      ctx.report({
        range: ctx.textRange(check.path, 0, scheme),
        message: 'The link uses http; the UTM standard requires https.',
        fixes: fix ? [{ title: fix.title, edits: [...fix.edits, ...(port?.edits ?? [])] }] : [],
      });
    });
  },
};

export default rule;
