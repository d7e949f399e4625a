// ref/unknown-person: an owner, requester, approver or delegate who is not a member of the Team.

import { didYouMeanPeople, peopleOf, suggestPeople } from '../../domain/people';
import type { DataPath } from '../../model/locate';
import { rec, records, str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { reportUnknown } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-person',
  severity: 'error',
  description: 'An owner, requester, approver or away delegate is not a member of any Team.',
  scope: 'document',
  kinds: ['Brief', 'Tool', 'Sop', 'Budget', 'Team'],
  check(ctx) {
    const { data } = ctx;
    const refs: Array<[DataPath, unknown]> = [];
    if (ctx.doc.kind === 'Budget') {
      for (const [allocation, i] of records(data.allocations)) refs.push([['allocations', i, 'owner'], allocation.owner]);
    } else if (ctx.doc.kind === 'Team') {
      for (const [member, i] of records(data.members)) for (const [period, j] of records(member.away)) refs.push([['members', i, 'away', j, 'delegate'], period.delegate]);
    } else {
      refs.push([['owner'], data.owner]);
    }
    if (ctx.doc.kind === 'Brief') {
      refs.push([['requester'], data.requester]);
      for (const [approval, i] of records(data.approvals)) refs.push([['approvals', i, 'approver'], approval.approver]);
    }
    const people = peopleOf(ctx.index);
    const team = people.teams[0];
    for (const [path, raw] of refs) {
      const id = str(raw);
      if (id === undefined || people.byId.has(id)) continue;
      reportUnknown(ctx, {
        path,
        value: id,
        what: team ? 'a member of the Team' : 'a member of a Team (this playbook has no Team document)',
        candidates: people.byId.keys(),
        suggest: (value) => suggestPeople(value, people),
        didYouMean: didYouMeanPeople,
        related: team ? ctx.locationOf(team, rec(team.value).members ? ['members'] : [], 'the Team', 'key') : undefined,
      });
    }
  },
};

export default rule;
