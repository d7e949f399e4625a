// The diff report's brief field changes: the launch date, owner, tier, channels, status, budget and links of a
// brief on both sides, written as text, when they differ.

import { isRecord, rec, records, str } from '../../model/readers';
import type { Data } from '../../model/readers';
import { byId, keyed } from './briefs';
import { pairById, type Sides } from './sides';

export const BRIEF_FIELDS = ['launch', 'owner', 'tier', 'channels', 'status', 'budget', 'links'] as const;
export type BriefField = (typeof BRIEF_FIELDS)[number];

export interface BriefFieldChange {
  brief: string;
  /** The head file. */
  file: string;
  field: BriefField;
  /** The value as text (`2027-01-19`, `content, email`, `12,000 USD`); null when the brief does not say. */
  before: string | null;
  after: string | null;
}

const scalar = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null);

/** A list as `a, b`; a link by its name (its url when unnamed); null for none. */
function listText(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  return value.map((item) => (isRecord(item) ? (str(item.name) ?? str(item.url) ?? '?') : (scalar(item) ?? '?'))).join(', ');
}

function fieldText(data: Data, field: BriefField): string | null {
  switch (field) {
    case 'launch':
      return scalar(rec(data.timeline).launch);
    case 'status':
      // As the rules read it: a brief that does not say is active.
      return scalar(data.status) ?? 'active';
    case 'budget': {
      const budget = rec(data.budget);
      const planned = scalar(budget.planned);
      return planned === null ? null : `${planned}${str(budget.currency) ? ` ${str(budget.currency)}` : ''}`;
    }
    case 'channels':
      return listText(data.channels);
    case 'links':
      return listText(records(data.links).map(([l]) => l));
    default:
      return scalar(data[field]);
  }
}

/** Field changes of the briefs present (and readable) on both sides, by brief and then in BRIEF_FIELDS order. */
export function briefFieldChanges(sides: Sides): BriefFieldChange[] {
  const changes: BriefFieldChange[] = [];
  for (const { presence, base, head } of pairById(sides, keyed(sides, 'base'), keyed(sides, 'head'))) {
    if (presence !== 'both' || !base || !head) continue;
    for (const field of BRIEF_FIELDS) {
      const [before, after] = [fieldText(base.data, field), fieldText(head.data, field)];
      if (before !== after) changes.push({ brief: head.id, file: head.file, field, before, after });
    }
  }
  return changes.sort((a, b) => byId(a.brief, b.brief));
}
