// brief/gate-incomplete: an approved gate whose checklist items or required brief fields are missing.

import { requirementsSentence, uncheckedItems, unfilledRequirements } from '../../domain/gates';
import type { DocumentRule } from '../../engine/rule';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/gate-incomplete',
  severity: 'error',
  description: "An active brief's approved gate is missing items of the gate's checklist, or brief fields that the gate requires are empty.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    if (!state.workflow || !state.active) return;
    for (const approval of state.approvals) {
      const stage = approval.gate === undefined ? undefined : state.workflow.byId.get(approval.gate);
      if (!stage?.gate || approval.status !== 'approved') continue;
      const related = [ctx.locationOf(state.workflow.doc, ['stages', stage.index, 'gate'], `the '${stage.id}' gate`, 'key')];
      const unchecked = uncheckedItems(stage.gate, approval);
      if (unchecked.length > 0) {
        const hasList = Array.isArray(approval.data.checklist);
        ctx.report({
          path: ['approvals', approval.index, hasList ? 'checklist' : 'gate'],
          place: hasList ? 'key' : 'value',
          message: `The '${stage.id}' gate is approved without its checklist item${unchecked.length > 1 ? 's' : ''} ${unchecked.join(', ')}.`,
          related,
        });
      }
      const empty = unfilledRequirements(stage.gate, ctx.data);
      if (empty.length > 0) {
        ctx.report({
          path: ['approvals', approval.index, 'gate'],
          message: requirementsSentence(stage.id, empty),
          related,
        });
      }
    }
  },
};

export default rule;
