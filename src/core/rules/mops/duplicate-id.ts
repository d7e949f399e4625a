// mops/duplicate-id: two documents of one kind share an id; reported on the later one, related: the first.

import { KINDS, type Kind } from '../../model/kinds';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'mops/duplicate-id',
  severity: 'error',
  description: 'Two documents of the same kind have the same id, so references to it are ambiguous.',
  scope: 'document',
  kinds: KINDS.filter((k) => k !== 'Config'),
  check(ctx) {
    const { doc } = ctx;
    if (doc.id === undefined) return;
    const same = ctx.index.byId(doc.kind as Kind, doc.id);
    if (same.length < 2 || same[0] === doc) return;
    const first = ctx.locationOf(same[0], ['id'], `the first ${doc.kind} with id '${doc.id}'`);
    ctx.report({
      message: `Another ${doc.kind} already has the id '${doc.id}' (${first.file}:${first.range.start.line + 1}); ids must be unique per kind.`,
      path: ['id'],
      related: [first],
    });
  },
};

export default rule;
