// utm/pii: an e-mail address or phone number in a tracked link, where analytics tools would store it.

import { findPii, PII_PARAM_NAMES } from '../../utm/pii';
import type { DocumentRule } from '../../engine/rule';
import { forEachLink } from './each';

/** Shows enough of the personal data to find it, not enough to leak it into CI logs. */
function mask(text: string): string {
  return text.length <= 4 ? '***' : `${text.slice(0, 2)}***${text.slice(-2)}`;
}

const rule: DocumentRule = {
  id: 'utm/pii',
  severity: 'error',
  description: 'A tracked link carries an e-mail address or phone number, which analytics tools must never receive.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      if (!check.utm.forbidPii) return;
      const places: Array<{ where: string; text: string; param?: (typeof check.link.params)[number] }> = [
        { where: 'its user-info (before the @)', text: check.link.userinfo },
        { where: 'its path', text: check.link.path },
        { where: 'its fragment', text: check.link.fragment },
        ...check.link.params.map((p) => ({ where: `the ${p.name} parameter`, text: `${p.name}=${p.value}`, param: p })),
      ];
      for (const place of places) {
        const hits = findPii(place.text);
        const named = place.param && PII_PARAM_NAMES.includes(place.param.name.toLowerCase()) && place.param.value !== '';
        if (hits.length === 0 && !named) continue;
        const what =
          hits.length > 0
            ? `${/^[aeiou]/.test(hits[0].kind) ? 'an' : 'a'} ${hits[0].kind} (${mask(hits[0].text)})`
            : 'personal data';
        ctx.report({
          ...(place.param ? check.at(place.param) : { path: check.path }),
          message: `The link carries ${what} in ${place.where}; personal data must never be sent to analytics.`,
        });
      }
    });
  },
};

export default rule;
