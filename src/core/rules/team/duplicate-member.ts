// team/duplicate-member: a person id listed twice in the Team, so owners and approvals are ambiguous.

import { peopleOf } from '../../domain/people';
import type { DocumentRule } from '../types';

const rule: DocumentRule = {
  id: 'team/duplicate-member',
  severity: 'error',
  description: 'A person id appears more than once among the members of the Team documents.',
  scope: 'document',
  kinds: ['Team'],
  check(ctx) {
    const people = peopleOf(ctx.index);
    for (const entry of people.entries) {
      const first = people.byId.get(entry.id);
      if (entry.doc !== ctx.doc || !first || first === entry) continue;
      const where = ctx.locationOf(first.doc, [...first.path, 'id'], `the first member '${entry.id}'`);
      ctx.report({
        path: [...entry.path, 'id'],
        message: `The person '${entry.id}' is already a member (${where.file}:${where.range.start.line + 1}); give each person one entry.`,
        related: [where],
      });
    }
  },
};

export default rule;
