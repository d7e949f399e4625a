// brief/history-mismatch: the history does not end at the current stage, or its dates go backwards.

import { formatDay } from '../../text/dates';
import { str } from '../access';
import type { DocumentRule } from '../types';
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
    if (stage !== undefined && last.stage !== undefined && last.stage !== stage) {
      ctx.report({
        path: ['history', last.index, 'stage'],
        message: `The history ends at '${last.stage}', but the brief's stage is '${stage}'; add the entry for '${stage}' (or correct the stage).`,
        related: [ctx.locationOf(ctx.doc, ['stage'], 'the current stage')],
      });
    }
  },
};

export default rule;
