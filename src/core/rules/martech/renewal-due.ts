// martech/renewal-due: a contract's notice deadline is near or past while its renewal is still ahead.

import { noticeDue } from '../../domain/contract';
import { toolFacts } from '../../domain/tool';
import type { DocumentRule } from '../../engine/rule';
import type { ToolContract } from '../../generated';
import { fields } from '../../model/readers';

const rule: DocumentRule = {
  id: 'martech/renewal-due',
  severity: 'warning',
  description: "A tool's contract notice deadline (renewal minus notice_days) is within renewal_warning_days or has passed, with the renewal still ahead.",
  scope: 'document',
  kinds: ['Tool'],
  check(ctx) {
    const tool = toolFacts(ctx.data);
    if (tool.renewal === undefined) return;
    const autoRenew = fields<ToolContract>(ctx.data.contract).auto_renew;
    // The message says what is still possible: the reports show the same words and colour the risk alike.
    const due = noticeDue(tool.renewal, tool.noticeDays, typeof autoRenew === 'boolean' ? autoRenew : undefined, ctx.today, ctx.config.martech.renewalWarningDays);
    if (due) ctx.report({ path: ['contract', 'renewal'], message: due.message });
  },
};

export default rule;
