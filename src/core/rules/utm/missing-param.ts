// utm/missing-param: a tracked link lacks a parameter the UTM standard requires.

import type { DocumentRule } from '../../engine/rule';
import { forEachLink, standardAt } from './each';

const rule: DocumentRule = {
  id: 'utm/missing-param',
  severity: 'error',
  description: 'A tracked link lacks a UTM parameter that the UTM standard requires, or leaves it empty.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    forEachLink(ctx, (check) => {
      const missing = check.utm.required.filter((name) => !check.link.params.some((p) => p.name === name && p.value !== ''));
      if (missing.length === 0) return;
      ctx.report({
        message: `The link is missing ${missing.join(', ')}, which the UTM standard requires.`,
        path: check.path,
        related: [standardAt(check, 'required', 'the required parameters')],
      });
    });
  },
};

export default rule;
