// utm/invalid-url: a tracked link that is not a web address, or whose parameters cannot be decoded.

import { trackedLinks } from '../../utm/links';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'utm/invalid-url',
  severity: 'error',
  description: 'A tracked link is not a valid http(s) URL, or a parameter has broken percent-encoding.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    for (const { index, url, link } of trackedLinks(ctx.doc)) {
      const path = ['links', index, 'url'];
      if (!link.ok) {
        ctx.report({ message: `'${url.length > 80 ? `${url.slice(0, 77)}…` : url}' is not a valid tracked link: ${link.reason}.`, path });
        continue;
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
