// brief/launch-at-risk: an active brief's remaining stages, each taking its SLA, reach the launch stage after the launch date.

import { launchAtRisk } from '../../domain/schedule';
import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { briefState, timeline } from './state';

const rule: DocumentRule = {
  id: 'brief/launch-at-risk',
  severity: 'warning',
  description: "An active brief's remaining stages, each taking its SLA, would reach the launch stage after its launch date.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const risk = launchAtRisk(state, timeline(ctx.data), ctx.today);
    if (!risk || !state.workflow) return;
    const steps = risk.remaining.map((r) => `${r.stage.id} ${r.days}`).join(' + ');
    const late = risk.earliest - risk.launch;
    ctx.report({
      path: ['timeline', 'launch'],
      message: `Launch ${formatDay(risk.launch)} is at risk: the stages before '${risk.launchStage.id}' may take ${risk.needed} days by their SLAs (${steps}), reaching it ${formatDay(risk.earliest)}, ${late} ${late === 1 ? 'day' : 'days'} late.`,
      related: [ctx.locationOf(state.workflow.doc, ['stages'], 'the stages and their SLAs', 'key')],
    });
  },
};

export default rule;
