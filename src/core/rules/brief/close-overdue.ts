// brief/close-overdue: an active brief is still open after its end date, beyond the time its workflow allows to wrap up.

import { closeOverdue } from '../../domain/schedule';
import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { briefState, timeline } from './state';

const rule: DocumentRule = {
  id: 'brief/close-overdue',
  severity: 'warning',
  description: "An active brief is still open after its end date, longer than its workflow's stages after the campaign allow.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const overdue = closeOverdue(state, timeline(ctx.data), ctx.today);
    if (!overdue) return;
    const { end, days, grace, after } = overdue;
    const steps = after.filter((s) => s.slaDays).map((s) => `${s.id} ${s.slaDays}`);
    const allowed = grace > 0 ? `; its workflow allows ${grace} days after the end (${steps.join(' + ')})` : '';
    const where = state.stage ? ` at '${state.stage.id}'` : '';
    // On the status that should change; on the end date when the brief leaves its status to the default.
    ctx.report({
      path: ctx.data.status === undefined ? ['timeline', 'end'] : ['status'],
      message: `The campaign ended ${formatDay(end)}, ${days} days ago${allowed}, but the brief is still active${where}. Close it (status: closed) once it is reported, or correct the end date.`,
      related: [ctx.locationOf(ctx.doc, ['timeline', 'end'], 'the end date')],
    });
  },
};

export default rule;
