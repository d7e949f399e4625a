// brief/sla-overdue: an active brief has been in its stage longer than the stage's sla_days.

import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { slaOverrun } from '../../domain/brief';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/sla-overdue',
  severity: 'warning',
  description: "An active brief has been in its current stage longer than the stage's sla_days.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const { stage, workflow } = state;
    const overrun = slaOverrun(state, ctx.today);
    if (!overrun || !stage || !workflow) return;
    const { days, sla, over, entry: last } = overrun;
    ctx.report({
      path: ['stage'],
      message: `In '${stage.id}' for ${days} days (since ${formatDay(last.entered)}); the stage's SLA is ${sla} days, ${over} overdue.`,
      related: [
        ctx.locationOf(ctx.doc, ['history', last.index, 'entered'], `entered '${stage.id}'`),
        ctx.locationOf(workflow.doc, ['stages', stage.index, 'sla_days'], 'the SLA'),
      ],
    });
  },
};

export default rule;
