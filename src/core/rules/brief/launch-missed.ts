// brief/launch-missed: the launch date has passed while an active brief still stands before its launch stage.

import { launchMissed } from '../../domain/schedule';
import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { briefState, timeline } from './state';

const rule: DocumentRule = {
  id: 'brief/launch-missed',
  severity: 'warning',
  description: "An active brief's launch date has passed while it still stands before its workflow's launch stage.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const dates = timeline(ctx.data);
    const missed = launchMissed(state, dates, ctx.today);
    if (!missed || !state.stage || !state.workflow) return;
    const ago = missed.days === 1 ? 'yesterday' : `${missed.days} days ago`;
    const ended = dates.end !== undefined && dates.end < ctx.today ? ` Its end (${formatDay(dates.end)}) has passed too: re-plan both dates or cancel the brief.` : ' Re-plan the launch date, or move the brief on if it did launch.';
    ctx.report({
      path: ['timeline', 'launch'],
      message: `The launch date ${formatDay(missed.launch)} passed ${ago}, but the brief is still at '${state.stage.id}', before '${missed.launchStage.id}'.${ended}`,
      related: [ctx.locationOf(ctx.doc, ['stage'], 'the current stage')],
    });
  },
};

export default rule;
