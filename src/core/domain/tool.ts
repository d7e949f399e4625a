// A Tool document read for the martech rules.

import { parseDay } from '../../text/dates';
import { num, rec, str, type Data } from '../access';

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

export function toolFacts(data: Data): ToolFacts {
  const contract = rec(data.contract);
  const seats = rec(data.seats);
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
