// brief/history-mismatch: the history does not end at the current stage, or its dates go backwards.

import { workflowOf } from '../../domain/workflow';
import { formatDay } from '../../text/dates';
import { str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/history-mismatch',
  severity: 'error',
  description: "A brief's history does not end at its current stage, or its dates go backwards.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const { history } = briefState(ctx);
    if (history.length === 0) return;
    for (let i = 1; i < history.length; i++) {
      const [before, entry] = [history[i - 1], history[i]];
      if (before.entered === undefined || entry.entered === undefined || entry.entered >= before.entered) continue;
      ctx.report({
        path: ['history', entry.index, 'entered'],
        message: `This entry (${formatDay(entry.entered)}) is dated before the one above it (${formatDay(before.entered)}); history runs oldest first.`,
      });
    }
    const stage = str(ctx.data.stage);
    const last = history[history.length - 1];
    // A stage that is not in the workflow is a typo that ref/unknown-stage reports, with its fix; telling the
    // user to add a history entry for the typo as well would be one mistake reported twice, one of them wrong.
    const workflow = workflowOf(ctx.index, str(ctx.data.workflow));
    const typo = (id: string) => workflow !== undefined && !workflow.byId.has(id);
    if (stage !== undefined && last.stage !== undefined && last.stage !== stage && !typo(stage) && !typo(last.stage)) {
      ctx.report({
        path: ['history', last.index, 'stage'],
        message: `The history ends at '${last.stage}', but the brief's stage is '${stage}'; add the entry for '${stage}' (or correct the stage).`,
        related: [ctx.locationOf(ctx.doc, ['stage'], 'the current stage')],
      });
    }
  },
};

export default rule;
