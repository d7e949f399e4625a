// A tool contract's notice deadline: when it falls, how serious a near or missed one is, and what can still be done.

import type { Severity } from '../model/types';
import { formatDay } from '../text/dates';

export interface NoticeDue {
  /** renewal − notice_days. */
  deadline: number;
  /** deadline − today: negative once the deadline has passed. */
  daysToNotice: number;
  /**
   * A missed deadline on a contract that renews by itself commits the team to another term: an error. A
   * deadline still ahead (or one missed on a contract that does not auto-renew) leaves room: a warning.
   */
  severity: Severity;
  /** What happened and what is still possible. */
  message: string;
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function message(renewal: string, noticeDays: number, deadline: string, left: number, autoRenew: boolean | undefined): string {
  if (left >= 0) {
    const verb = autoRenew === true ? 'auto-renews' : autoRenew === false ? 'is up for renewal' : 'renews';
    const when = left === 0 ? 'is today' : `is in ${days(left)}`;
    return `The contract ${verb} on ${renewal}; the notice deadline (${days(noticeDays)} before) ${when}, on ${deadline}: give notice or negotiate ${left === 0 ? 'today' : 'by then'}.`;
  }
  const passed = `The notice deadline (${days(noticeDays)} before the renewal) passed ${days(-left)} ago, on ${deadline}`;
  if (autoRenew === true) return `${passed}: the contract auto-renews on ${renewal}; negotiate now.`;
  if (autoRenew === false) return `${passed}; the contract does not renew by itself: agree the renewal or plan the switch before ${renewal}.`;
  return `${passed}; the contract renews on ${renewal}: negotiate now.`;
}

/**
 * The notice due on a contract renewing on `renewal` (a day number), or undefined when the renewal has
 * passed or the deadline is more than `warningDays` away (what martech/renewal-due and the reports share).
 */
export function noticeDue(renewal: number, noticeDays: number, autoRenew: boolean | undefined, today: number, warningDays: number): NoticeDue | undefined {
  if (renewal < today) return undefined;
  const deadline = renewal - noticeDays;
  const left = deadline - today;
  if (left > warningDays) return undefined;
  return {
    deadline,
    daysToNotice: left,
    severity: left < 0 && autoRenew === true ? 'error' : 'warning',
    message: message(formatDay(renewal), noticeDays, formatDay(deadline), left, autoRenew),
  };
}
