// ref/unknown-role: a workflow gate or an SOP step names a role that no member of the Team holds.

import { peopleOf } from '../../domain/people';
import { sopSteps } from '../../domain/sop';
import { isRecord, records, strings } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { reportUnknown } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-role',
  severity: 'error',
  description: 'A workflow gate names an approver role that no member of the Team holds, so nobody can approve it; or an SOP step names a role nobody holds, so nobody does it.',
  scope: 'document',
  kinds: ['Workflow', 'Sop'],
  check(ctx) {
    const people = peopleOf(ctx.index);
    const team = people.teams[0];
    const related = () => (team ? ctx.locationOf(team, ['members'], 'the Team', 'key') : undefined);
    if (ctx.doc.kind === 'Sop') {
      for (const step of sopSteps(ctx.data)) {
        if (step.role === undefined || people.roles.has(step.role)) continue;
        reportUnknown(ctx, { path: ['steps', step.index, 'role'], value: step.role, what: 'a role that any Team member holds', candidates: people.roles.keys(), related: related() });
      }
      return;
    }
    for (const [stage, i] of records(ctx.data.stages)) {
      if (!isRecord(stage.gate)) continue;
      for (const [role, j] of strings(stage.gate.approver_roles)) {
        if (people.roles.has(role)) continue;
        reportUnknown(ctx, {
          path: ['stages', i, 'gate', 'approver_roles', j],
          value: role,
          what: 'a role that any Team member holds',
          candidates: people.roles.keys(),
          related: related(),
        });
      }
    }
  },
};

export default rule;
