// calendar/clash: an active brief shares its audience segment with a campaign live at the same time, or launches on a channel already at its limit.

import { stillAhead } from '../../domain/blackouts';
import { clashesOf, type Clash } from '../../domain/clashes';
import type { DocumentRule } from '../../engine/rule';
import { strings } from '../../model/readers';
import { formatDay } from '../../text/dates';
import { activeEntry, configDoc, MAX_NAMED, named } from './settings';

const span = (s: { from: number; to: number }) => (s.from === s.to ? formatDay(s.from) : `${formatDay(s.from)} to ${formatDay(s.to)}`);

const rule: DocumentRule = {
  id: 'calendar/clash',
  severity: 'warning',
  description: 'An active brief targets the same audience segment as another campaign live at the same time, or launches on a channel that already has as many launches in the window as the calendar allows.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const settings = ctx.config.calendar?.clashes;
    if (settings === undefined) return;
    const found = activeEntry(ctx);
    if (!found) return;
    const { entry, calendar } = found;
    const clashes = clashesOf(entry, calendar, settings).filter((c) => stillAhead(c.span, ctx.today));
    const segment = clashes.filter((c): c is Extract<Clash, { kind: 'segment' }> => c.kind === 'segment');
    if (segment.length > 0) {
      const others = segment.map((c) => `${c.other.id} (${span(c.span)})`);
      ctx.report({
        path: ['audience', 'segment'],
        message: `The segment '${entry.segment}' is also targeted by ${named(others)} while this brief is live: the same people get ${segment.length === 1 ? 'both campaigns' : 'several campaigns'} at once. Move a launch, or merge the campaigns.`,
        related: segment.slice(0, MAX_NAMED).map((c) => ctx.locationOf(c.other.doc, ['audience', 'segment'], `${c.other.id}, live ${span({ from: c.other.launch, to: c.other.end })}`)),
      });
    }
    const config = configDoc(ctx);
    const channels = strings(ctx.data.channels);
    for (const c of clashes) {
      if (c.kind !== 'channel') continue;
      const at = channels.find(([name]) => name === c.channel)?.[1];
      const limitPath = config?.value !== undefined && ctx.config.calendar?.clashes?.perChannel.has(c.channel) ? ['calendar', 'clashes', 'per_channel', c.channel] : ['calendar', 'clashes', 'max_launches_per_channel'];
      ctx.report({
        path: at === undefined ? ['channels'] : ['channels', at],
        message: `${c.launches} launches on '${c.channel}' within ${c.windowDays} days (${span(c.span)}): this one and ${named(c.others.map((o) => o.id))}; the calendar allows ${c.limit}. Move a launch to another week.`,
        related: [
          ...c.others.slice(0, MAX_NAMED).map((o) => ctx.locationOf(o.doc, ['timeline', 'launch'], `${o.id} launches ${formatDay(o.launch)}`)),
          ...(config ? [ctx.locationOf(config, limitPath, 'the launch limit')] : []),
        ],
      });
    }
  },
};

export default rule;
