// brief/timeline-order: brief_approved ≤ launch ≤ end is broken.

import { formatDay } from '../../text/dates';
import type { DocumentRule } from '../../engine/rule';
import { timeline } from './state';

const rule: DocumentRule = {
  id: 'brief/timeline-order',
  severity: 'error',
  description: "A brief's timeline is out of order: it must run brief_approved, then launch, then end.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const { approved, launch, end } = timeline(ctx.data);
    if (approved !== undefined && launch !== undefined && launch < approved) {
      ctx.report({ path: ['timeline', 'launch'], message: `launch (${formatDay(launch)}) is before brief_approved (${formatDay(approved)}).` });
    }
    const start = launch ?? approved;
    if (start !== undefined && end !== undefined && end < start) {
      ctx.report({ path: ['timeline', 'end'], message: `end (${formatDay(end)}) is before ${launch !== undefined ? 'launch' : 'brief_approved'} (${formatDay(start)}).` });
    }
  },
};

export default rule;
