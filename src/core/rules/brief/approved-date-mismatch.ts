// brief/approved-date-mismatch: timeline.brief_approved is not the day the brief gate was approved.

import { approvedDateMismatch } from '../../domain/records';
import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import type { Fix } from '../../model/types';
import { briefState, timeline } from './state';

const rule: DocumentRule = {
  id: 'brief/approved-date-mismatch',
  severity: 'warning',
  description: "A brief's timeline.brief_approved differs from the date of its brief gate's approval.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const dates = timeline(ctx.data);
    const mismatch = approvedDateMismatch(state, dates.approved, ctx.today);
    if (!mismatch) return;
    const days = [...new Set(mismatch.approvals.map((a) => a.day))];
    const approvedOn = days.map(formatDay).join(', ');
    ctx.report({
      path: ['timeline', 'brief_approved'],
      message: `brief_approved is ${formatDay(mismatch.recorded)}, but the '${mismatch.gate.id}' gate was approved on ${approvedOn}; the lead time to launch counts from the approval.`,
      related: mismatch.approvals.map((a) => ctx.locationOf(ctx.doc, ['approvals', a.approval.index, 'date'], `the '${mismatch.gate.id}' approval`)),
      fixes: days.length === 1 ? keepsValid(ctx, days[0], dates.launch, state) : [],
    });
  },
};

/**
 * The fix writes the approval's day, but only when the timeline stays valid with it: before the launch
 * (brief/timeline-order) and, for an active brief, long enough for its tier (brief/tier-lead-time).
 */
function keepsValid(ctx: Parameters<DocumentRule['check']>[0], day: number, launch: number | undefined, state: ReturnType<typeof briefState>): Fix[] {
  // Without a launch the approval day also places the brief in a Budget period: a person decides that.
  if (launch === undefined || day > launch) return [];
  const tier = typeof ctx.data.tier === 'number' ? state.workflow?.tiers.get(ctx.data.tier) : undefined;
  if (state.active && tier?.minLeadDays !== undefined && launch - day < tier.minLeadDays) return [];
  const fix = ctx.replaceFix(['timeline', 'brief_approved'], formatDay(day), `Set brief_approved to ${formatDay(day)}, the approval's date`);
  return fix ? [fix] : [];
}

export default rule;
