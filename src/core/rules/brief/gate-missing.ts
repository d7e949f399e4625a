// brief/gate-missing: an active brief stands at a stage whose earlier gates lack an approved approval.

import type { DocumentRule } from '../../engine/rule';
import { missingGates } from '../../domain/brief';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/gate-missing',
  severity: 'error',
  description: 'An active brief stands at a stage although an earlier gate of its workflow has no approved approval.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const { workflow, stage } = state;
    if (!workflow || !stage) return;
    for (const earlier of missingGates(state)) {
      if (!earlier.gate) continue;
      const pending = state.approvals.find((a) => a.gate === earlier.id);
      const why = pending ? `its approval is ${pending.status ?? 'not approved'}` : 'there is no approval for it';
      // The history entry that moved past the gate, when there is one, is the other place to look.
      const skipped = state.history.find((h) => h.stage !== undefined && (workflow.byId.get(h.stage)?.index ?? -1) > earlier.index);
      ctx.report({
        path: ['stage'],
        message: `The brief is at '${stage.id}', but the '${earlier.id}' gate is not passed: ${why}. It needs an approval by ${earlier.gate.approverRoles.join(' or ') || 'an approver'}.`,
        related: [
          ctx.locationOf(workflow.doc, ['stages', earlier.index, 'gate'], `the '${earlier.id}' gate`, 'key'),
          ...(skipped ? [ctx.locationOf(ctx.doc, ['history', skipped.index, 'stage'], `moved past '${earlier.id}' here`)] : []),
        ],
      });
    }
  },
};

export default rule;
