// sop/review-overdue: an SOP whose last review plus its review cadence lies before today.

import { formatDay, parseDay } from '../../text/dates';
import { num } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { reviewOverdue } from '../../domain/review';

const rule: DocumentRule = {
  id: 'sop/review-overdue',
  severity: 'warning',
  description: "An SOP's last review plus review_every_days lies before today, so it may no longer describe how the team works.",
  scope: 'document',
  kinds: ['Sop'],
  check(ctx) {
    const last = parseDay(ctx.data.last_review);
    const every = num(ctx.data.review_every_days);
    const overdue = reviewOverdue(last, every, ctx.today);
    if (overdue === undefined) return;
    ctx.report({
      path: ['last_review'],
      message: `The review was due on ${formatDay(overdue.due)} (every ${every} days since ${formatDay(last!)}); it is ${overdue.days} day${overdue.days === 1 ? '' : 's'} overdue.`,
    });
  },
};

export default rule;
