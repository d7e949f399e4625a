// brief/missing-actuals: a campaign past its end whose success metrics lack their actual results.

import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { readBrief } from '../../domain/brief';
import { campaignResults } from '../../domain/results';

const rule: DocumentRule = {
  id: 'brief/missing-actuals',
  severity: 'warning',
  description: "A campaign whose end date has passed has success metrics without an actual result.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const results = campaignResults(ctx.data, ctx.today, readBrief(ctx.data, ctx.index));
    if (results.end === undefined) return;
    for (const m of results.missingActuals) {
      ctx.report({
        path: ['success_metrics', m.index, 'metric'],
        message: `The campaign ended on ${formatDay(results.end)}, but '${m.metric}' (target ${m.target.toLocaleString('en-US')}${m.unit ? ` ${m.unit}` : ''}) has no actual; record the result so the campaign can be judged against its target.`,
        related: [ctx.locationOf(ctx.doc, ['timeline', 'end'], 'the end date')],
      });
    }
  },
};

export default rule;
