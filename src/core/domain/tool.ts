// A Tool document read into what its contract, seats and review dates mean, for the rules and the reports.

import { parseDay } from '../text/dates';
import { reviewOverdue } from './review';
import type { Tool, ToolContract, ToolSeats } from '../generated';
import { fields, num, str, type Fields } from '../model/readers';

export type ToolStatus = 'active' | 'evaluating' | 'sunsetting' | 'retired';

export interface ToolFacts {
  status: ToolStatus | string;
  category?: string;
  lastReview?: number;
  reviewEvery?: number;
  renewal?: number;
  noticeDays: number;
  licensed?: number;
  activeSeats?: number;
}

export function toolFacts(data: Fields<Tool>): ToolFacts {
  const contract = fields<ToolContract>(data.contract);
  const seats = fields<ToolSeats>(data.seats);
  return {
    status: str(data.status) ?? 'active',
    category: str(data.category),
    lastReview: parseDay(data.last_review),
    reviewEvery: num(data.review_every_days),
    renewal: parseDay(contract.renewal),
    noticeDays: num(contract.notice_days) ?? 0,
    licensed: num(seats.licensed),
    activeSeats: num(seats.active),
  };
}

/** Active seats over licensed ones, when both are known (and seats are licensed). */
export function seatShare(tool: Pick<ToolFacts, 'licensed' | 'activeSeats'>): number | undefined {
  const { licensed, activeSeats } = tool;
  return licensed !== undefined && activeSeats !== undefined && licensed > 0 ? activeSeats / licensed : undefined;
}

/** An active tool whose seat share is below the threshold: martech/low-utilization, and the audit's flag. */
export function lowUtilisation(tool: Pick<ToolFacts, 'status' | 'licensed' | 'activeSeats'>, threshold: number): { share: number } | undefined {
  const share = seatShare(tool);
  return tool.status === 'active' && share !== undefined && share < threshold ? { share } : undefined;
}

/** A tool's lapsed review (a retired tool has none): martech/review-overdue, and the audit's flag. */
export function toolReviewOverdue(tool: Pick<ToolFacts, 'status' | 'lastReview' | 'reviewEvery'>, today: number): { due: number; days: number } | undefined {
  return tool.status === 'retired' ? undefined : reviewOverdue(tool.lastReview, tool.reviewEvery, today);
}
