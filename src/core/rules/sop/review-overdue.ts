// sop/review-overdue: an SOP whose last review plus its review cadence lies before today.

import { formatDay, parseDay } from '../../text/dates';
import { num } from '../access';
import type { DocumentRule } from '../types';

/** When a review cadence has lapsed: the due day and how many whole days ago. */
export function reviewOverdue(last: number | undefined, every: number | undefined, today: number): { due: number; days: number } | undefined {
  if (last === undefined || every === undefined) return undefined;
  const days = today - last - every;
  return days > 0 ? { due: last + every, days } : undefined;
}

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
