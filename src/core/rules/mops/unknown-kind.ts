// mops/unknown-kind: `apiVersion: mops/v1` with a kind that does not exist; offers the nearest kind.

import { API_VERSION, isKind, KINDS } from '../../model/kinds';
import { didYouMean, nearest } from '../../text/distance';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'mops/unknown-kind',
  severity: 'error',
  description: 'A mops document has a kind that mops does not know, or no kind at all.',
  scope: 'document',
  check(ctx) {
    const { doc } = ctx;
    if (doc.apiVersion !== API_VERSION || isKind(doc.kind)) return;
    const list = KINDS.join(', ');
    if (doc.kind === undefined) {
      ctx.report({ message: `This document declares apiVersion ${API_VERSION} but no kind. Add one of: ${list}.`, path: [], place: 'object' });
      return;
    }
    const suggestion = nearest(doc.kind, KINDS);
    const fix = suggestion ? ctx.replaceFix(['kind'], suggestion, `Change to '${suggestion}'`) : undefined;
    ctx.report({
      message: `Unknown kind '${doc.kind}'.${didYouMean(suggestion)} The kinds are: ${list}.`,
      path: ['kind'],
      fixes: fix ? [fix] : [],
    });
  },
};

export default rule;
