// brief/gate-approver-role: a gate approved by someone who does not hold one of the gate's approver roles.

import { approverWithoutRole, gateApprovers } from '../../domain/gates';
import { peopleOf } from '../../domain/people';
import type { DocumentRule } from '../../engine/rule';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/gate-approver-role',
  severity: 'error',
  description: "An active brief's gate was approved by someone who does not hold any of the gate's approver roles.",
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
      ctx.report({
        path: ['approvals', approval.index, 'approver'],
        message: `${person.id} approved the '${approval.gate}' gate without its role (${gate.approverRoles.join(' or ')}); ${person.id} holds ${person.roles.join(', ') || 'no role'}.${holders.length ? ` People who may approve it: ${holders.join(', ')}.` : ''}`,
        related: [ctx.locationOf(person.doc, [...person.path, 'roles'], `the roles of ${person.id}`, 'key')],
      });
    }
  },
};

export default rule;
