// brief/approval-outside-stage: a gate approved on a day the brief, by its history, was not at that gate's stage.

import { approvalsOutsideStage } from '../../domain/records';
import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/approval-outside-stage',
  severity: 'warning',
  description: "A gate's approval is dated on a day when, by the brief's history, the brief was not at that gate's stage.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    for (const { approval, day, stage, stays } of approvalsOutsideStage(briefState(ctx))) {
      const span = (s: (typeof stays)[number]) => `${formatDay(s.from)} to ${s.to === undefined ? 'now' : formatDay(s.to)}`;
      const when = stays.length === 0 ? `the history never shows it at '${stage.id}'` : `by its history it was there ${stays.map(span).join(', ')}`;
      ctx.report({
        path: ['approvals', approval.index, 'date'],
        message: `The '${stage.id}' gate is approved on ${formatDay(day)}, but the brief was not at '${stage.id}' that day: ${when}. Correct the approval's date or the history.`,
        related: stays.slice(0, 3).map((s) => ctx.locationOf(ctx.doc, ['history', s.entry.index, 'entered'], `entered '${s.entry.stage}'`)),
      });
    }
  },
};

export default rule;
