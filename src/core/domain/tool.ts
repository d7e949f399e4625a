// A Tool document read into what its contract, seats and review dates mean, for the rules and the reports.

import { parseDay } from '../text/dates';
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
