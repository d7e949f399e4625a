// team/self-delegate: an away period that names the person themselves as delegate, so nobody acts for them.

import { peopleOf } from '../../domain/people';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'team/self-delegate',
  severity: 'error',
  description: "A Team member's away period names the member themselves as delegate.",
  scope: 'document',
  kinds: ['Team'],
  check(ctx) {
    for (const person of peopleOf(ctx.index).entries) {
      if (person.doc !== ctx.doc) continue;
      for (const period of person.away) {
        if (period.delegate !== person.id) continue;
        ctx.report({
          path: [...person.path, 'away', period.index, 'delegate'],
          message: `${person.id} names themselves as delegate while away: nobody can approve in their place. Name another Team member who can act for them.`,
        });
      }
    }
  },
};

export default rule;
