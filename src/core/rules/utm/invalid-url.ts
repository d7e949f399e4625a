// utm/invalid-url: a tracked link that is not a web address (or lacks its https://), or whose parameters cannot be decoded.

import { trackedLinks } from '../../utm/links';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'utm/invalid-url',
  severity: 'error',
  description: 'A tracked link is not a valid http(s) URL (or lacks its https://), or a parameter has broken percent-encoding.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    for (const { index, url, link } of trackedLinks(ctx.doc)) {
      const path = ['links', index, 'url'];
      if (!link.ok) {
        ctx.report({ message: `'${url.length > 80 ? `${url.slice(0, 77)}…` : url}' is not a valid tracked link: ${link.reason}.`, path });
        continue;
      }
      if (link.prefix !== '') {
        // The other rules check the link as it reads with the scheme, so adding it brings no new finding.
        const fix = ctx.textFix(path, 0, 0, link.prefix, `Add ${link.prefix}`);
        ctx.report({
          message: `The link has no scheme: add ${link.prefix} in front, or browsers and ad platforms will not open it as a web address.`,
          range: ctx.textRange(path, 0, link.hostSpan[1]),
          fixes: fix ? [fix] : [],
        });
      }
      for (const param of link.params.filter((p) => !p.decodable)) {
        ctx.report({
          message: `The value of ${param.name} has broken percent-encoding ('${param.raw}'); write a % only as part of %XX.`,
          range: ctx.textRange(path, param.start, param.start + param.raw.length),
        });
      }
    }
  },
};

export default rule;
