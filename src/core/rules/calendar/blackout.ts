// calendar/blackout: an active brief is live (or launches) during a blackout period that applies to its region and channels.

import { blackoutHits, stillAhead } from '../../domain/blackouts';
import type { DocumentRule } from '../../engine/rule';
import { formatDay } from '../../text/dates';
import { activeEntry, configDoc } from './settings';

const rule: DocumentRule = {
  id: 'calendar/blackout',
  severity: 'warning',
  description: 'An active brief is live during a blackout period of the calendar (or, for a launch freeze, launches in one) that applies to its region and channels.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const blackouts = ctx.config.calendar?.blackouts ?? [];
    if (blackouts.length === 0) return;
    const found = activeEntry(ctx);
    if (!found) return;
    const { entry } = found;
    const config = configDoc(ctx);
    for (const hit of blackoutHits(entry, blackouts).filter((h) => stillAhead(h.span, ctx.today))) {
      const b = hit.blackout;
      const period = b.from === b.to ? formatDay(b.from) : `${formatDay(b.from)} to ${formatDay(b.to)}`;
      const scope = [b.regions ? `region ${entry.region}` : '', b.channels ? hit.channels.join(', ') : ''].filter((s) => s !== '').join(', ');
      const what = b.appliesTo === 'launch' ? `Launches ${formatDay(entry.launch)}, in the launch freeze` : `Live ${formatDay(hit.span.from)}${hit.span.to === hit.span.from ? '' : ` to ${formatDay(hit.span.to)}`} during the blackout`;
      ctx.report({
        path: b.appliesTo === 'launch' || hit.span.from === entry.launch || !entry.hasEnd ? ['timeline', 'launch'] : ['timeline', 'end'],
        message: `${what} '${b.reason}' (${period}${scope ? `; ${scope}` : ''}). Move the ${b.appliesTo === 'launch' ? 'launch' : 'dates'} out of it.`,
        related: config ? [ctx.locationOf(config, ['calendar', 'blackouts', b.index], `the blackout '${b.reason}'`)] : [],
      });
    }
  },
};

export default rule;
