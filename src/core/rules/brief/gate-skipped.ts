// brief/gate-skipped: the history jumps over a gated stage of the workflow that has no approved approval.

import { skippedGates } from '../../domain/records';
import type { DocumentRule } from '../../engine/rule';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/gate-skipped',
  severity: 'error',
  description: "A brief's history skips a stage of its workflow whose gate has no approved approval.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const { workflow } = state;
    if (!workflow) return;
    for (const { stage, from, to } of skippedGates(state)) {
      ctx.report({
        path: ['history', to.index, 'stage'],
        message: `The history goes from '${from.stage}' to '${to.stage}', skipping '${stage.id}', whose gate has no approved approval. Record the '${stage.id}' approval (${stage.gate?.approverRoles.join(' or ') || 'an approver'}), or the entry for '${stage.id}' the brief went through.`,
        related: [ctx.locationOf(workflow.doc, ['stages', stage.index, 'gate'], `the '${stage.id}' gate`, 'key')],
      });
    }
  },
};

export default rule;
