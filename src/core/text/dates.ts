// Calendar dates as whole day numbers (days since 1970-01-01, UTC), so date rules count whole days.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `YYYY-MM-DD` string, or undefined if it is not a real calendar date. */
export function parseDay(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(ms / 86_400_000);
}

export function formatDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Today's day number in UTC for a given clock reading. */
export function dayOf(now: Date): number {
  return Math.floor(now.getTime() / 86_400_000);
}
