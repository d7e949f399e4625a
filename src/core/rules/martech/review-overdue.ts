// martech/review-overdue: a tool whose last review plus its review cadence lies before today.

import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { toolFacts, toolReviewOverdue } from '../../domain/tool';

const rule: DocumentRule = {
  id: 'martech/review-overdue',
  severity: 'warning',
  description: "A tool's last review plus review_every_days lies before today: nobody has checked it still earns its place.",
  scope: 'document',
  kinds: ['Tool'],
  check(ctx) {
    const tool = toolFacts(ctx.data);
    const overdue = toolReviewOverdue(tool, ctx.today);
    if (overdue === undefined) return;
    ctx.report({
      path: ['last_review'],
      message: `The review was due on ${formatDay(overdue.due)} (every ${tool.reviewEvery} days since ${formatDay(tool.lastReview!)}); it is ${overdue.days} day${overdue.days === 1 ? '' : 's'} overdue.`,
    });
  },
};

export default rule;
