// team/duplicate-member: a person id listed twice in the Team, so owners and approvals are ambiguous.

import { peopleOf, type Person } from '../../domain/people';
import type { IndexView } from '../../engine/index-view';
import type { ParsedDocument } from '../../model/parse';
import type { DocumentRule } from '../../engine/rule';

/** Team document → its members whose id an earlier member already has, found once for every Team, not per Team. */
function repeatsOf(index: IndexView): Map<ParsedDocument, Person[]> {
  return index.derive('team-repeats', ['Team'], () => {
    const people = peopleOf(index);
    const repeats = new Map<ParsedDocument, Person[]>();
    for (const entry of people.entries) {
      if (people.byId.get(entry.id) === entry) continue;
      const list = repeats.get(entry.doc);
      if (list) list.push(entry);
      else repeats.set(entry.doc, [entry]);
    }
    return repeats;
  });
}

const rule: DocumentRule = {
  id: 'team/duplicate-member',
  severity: 'error',
  description: 'A person id appears more than once among the members of the Team documents.',
  scope: 'document',
  kinds: ['Team'],
  check(ctx) {
    const people = peopleOf(ctx.index);
    for (const entry of repeatsOf(ctx.index).get(ctx.doc) ?? []) {
      const first = people.byId.get(entry.id);
      if (!first) continue;
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
