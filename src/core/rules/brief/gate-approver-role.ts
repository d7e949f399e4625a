// brief/gate-approver-role: a gate approved by someone who does not hold one of the gate's approver roles, and did
// not approve it as the delegate of an away holder on a day of the holder's away period.

import { delegationsTo } from '../../domain/delegates';
import { approverWithoutRole, gateApprovers } from '../../domain/gates';
import { peopleOf } from '../../domain/people';
import type { DocumentRule } from '../../engine/rule';
import { str } from '../../model/readers';
import { formatDay } from '../../text/dates';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/gate-approver-role',
  severity: 'error',
  description: "An active brief's gate was approved by someone who does not hold any of the gate's approver roles, nor acted for an away holder as their delegate that day.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    if (!state.workflow || !state.active) return;
    const people = peopleOf(ctx.index);
    for (const approval of state.approvals) {
      const gate = approval.gate === undefined ? undefined : state.workflow.byId.get(approval.gate)?.gate;
      const person = gate && approverWithoutRole(gate, approval, people);
      if (!gate || !person) continue;
      const holders = gateApprovers(gate, people);
      // Named delegate of a holder, but the approval is not dated inside the period: say when they could act.
      const periods = delegationsTo(person.id, gate.approverRoles, people).map(({ for: other, period }) => `for ${other.id} from ${day(period.from)} to ${day(period.to)}`);
      const delegate = periods.length ? ` ${person.id} acts as a delegate ${periods.join(' and ')} only, and this approval is dated ${str(approval.data.date) ?? 'nowhere'}.` : '';
      ctx.report({
        path: ['approvals', approval.index, 'approver'],
        message: `${person.id} approved the '${approval.gate}' gate without its role (${gate.approverRoles.join(' or ')}); ${person.id} holds ${person.roles.join(', ') || 'no role'}.${delegate}${holders.length ? ` People who may approve it: ${holders.join(', ')}.` : ''}`,
        related: [ctx.locationOf(person.doc, [...person.path, 'roles'], `the roles of ${person.id}`, 'key')],
      });
    }
  },
};

const day = (d: number | undefined) => (d === undefined ? '?' : formatDay(d));

export default rule;
