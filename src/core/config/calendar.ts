// The `calendar:` settings of mops.config.yaml read leniently: blackout periods and clash limits, or none.

import { parseDay } from '../text/dates';

export interface BlackoutSetting {
  /** Its place in `calendar.blackouts`, for findings that point at it. */
  index: number;
  from: number;
  to: number;
  reason: string;
  /** Undefined: every region. */
  regions?: string[];
  /** Undefined: every channel. */
  channels?: string[];
  /** `live`: nothing may run during it; `launch`: nothing may launch during it. */
  appliesTo: 'live' | 'launch';
}

export interface ClashSettings {
  /** The default launch limit per channel; undefined: not limited (per-channel limits still apply). */
  maxLaunchesPerChannel?: number;
  windowDays: number;
  perChannel: Map<string, number>;
  sameSegment: boolean;
}

export interface CalendarSettings {
  blackouts: BlackoutSetting[];
  /** Undefined when the Config has no `calendar.clashes` and no `calendar` at all: clashes are not checked. */
  clashes?: ClashSettings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const positiveInt = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined);

function names(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : undefined;
}

/**
 * Undefined without a `calendar` section: a playbook that has none is checked as before. A blackout with a
 * missing or bad date is skipped (the schema rules report it); so is a limit that is not a whole number ≥ 1.
 */
export function resolveCalendar(value: unknown): CalendarSettings | undefined {
  if (!isRecord(value)) return undefined;
  const blackouts: BlackoutSetting[] = [];
  (Array.isArray(value.blackouts) ? value.blackouts : []).forEach((raw: unknown, index) => {
    if (!isRecord(raw)) return;
    const from = parseDay(raw.from);
    const to = parseDay(raw.to);
    if (from === undefined || to === undefined || to < from) return;
    blackouts.push({
      index,
      from,
      to,
      reason: typeof raw.reason === 'string' && raw.reason.trim() !== '' ? raw.reason.trim() : 'blackout',
      regions: names(raw.regions),
      channels: names(raw.channels),
      appliesTo: raw.applies_to === 'launch' ? 'launch' : 'live',
    });
  });
  const clashes = isRecord(value.clashes) ? value.clashes : {};
  const perChannel = new Map<string, number>();
  if (isRecord(clashes.per_channel)) {
    for (const [channel, limit] of Object.entries(clashes.per_channel)) {
      const n = positiveInt(limit);
      if (n !== undefined) perChannel.set(channel, n);
    }
  }
  return {
    blackouts,
    clashes: {
      maxLaunchesPerChannel: positiveInt(clashes.max_launches_per_channel),
      windowDays: positiveInt(clashes.window_days) ?? 7,
      perChannel,
      sameSegment: clashes.same_segment !== false,
    },
  };
}
