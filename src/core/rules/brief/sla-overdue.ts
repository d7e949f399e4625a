// brief/sla-overdue: an active brief has been in its stage longer than the stage's sla_days.

import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
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
    const last = state.history[state.history.length - 1];
    if (!state.active || !stage || !workflow || stage.slaDays === undefined || !last || last.stage !== stage.id || last.entered === undefined) return;
    const days = ctx.today - last.entered;
    if (days <= stage.slaDays) return;
    ctx.report({
      path: ['stage'],
      message: `In '${stage.id}' for ${days} days (since ${formatDay(last.entered)}); the stage's SLA is ${stage.slaDays} days, ${days - stage.slaDays} overdue.`,
      related: [
        ctx.locationOf(ctx.doc, ['history', last.index, 'entered'], `entered '${stage.id}'`),
        ctx.locationOf(workflow.doc, ['stages', stage.index, 'sla_days'], 'the SLA'),
      ],
    });
  },
};

export default rule;
