// team/away-order: an away period that ends before it starts, so it covers no day and its delegate never acts.

import { peopleOf } from '../../domain/people';
import type { DocumentRule } from '../../engine/rule';
import { formatDay } from '../../text/dates';

const rule: DocumentRule = {
  id: 'team/away-order',
  severity: 'error',
  description: "A Team member's away period ends (to) before it starts (from).",
  scope: 'document',
  kinds: ['Team'],
  check(ctx) {
    for (const person of peopleOf(ctx.index).entries) {
      if (person.doc !== ctx.doc) continue;
      for (const period of person.away) {
        if (period.from === undefined || period.to === undefined || period.from <= period.to) continue;
        ctx.report({
          path: [...person.path, 'away', period.index, 'to'],
          message: `${person.id}'s away period ends on ${formatDay(period.to)}, before it starts on ${formatDay(period.from)}: it covers no day, so ${period.delegate ?? 'the delegate'} can never act for ${person.id}. Swap the dates or correct the one mistyped.`,
        });
      }
    }
  },
};

export default rule;
