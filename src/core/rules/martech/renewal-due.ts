// martech/renewal-due: a contract's notice deadline is near or past while its renewal is still ahead.

import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { toolFacts } from '../../domain/tool';

const rule: DocumentRule = {
  id: 'martech/renewal-due',
  severity: 'warning',
  description: "A tool's contract notice deadline (renewal minus notice_days) is within renewal_warning_days or has passed, with the renewal still ahead.",
  scope: 'document',
  kinds: ['Tool'],
  check(ctx) {
    const tool = toolFacts(ctx.data);
    if (tool.renewal === undefined || tool.renewal < ctx.today) return;
    const deadline = tool.renewal - tool.noticeDays;
    const left = deadline - ctx.today;
    if (left > ctx.config.martech.renewalWarningDays) return;
    const when =
      left > 0 ? `is in ${left} day${left === 1 ? '' : 's'}` : left === 0 ? 'is today' : `passed ${-left} day${left === -1 ? '' : 's'} ago`;
    ctx.report({
      path: ['contract', 'renewal'],
      message: `The contract renews on ${formatDay(tool.renewal)}; the notice deadline (${tool.noticeDays} days before) ${when}, on ${formatDay(deadline)}. Decide whether to renew.`,
    });
  },
};

export default rule;
