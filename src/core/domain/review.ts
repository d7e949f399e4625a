// When a review cadence (an SOP's, a tool's) has lapsed: one verdict for the rules and the reports.

/** When a review cadence has lapsed: the due day and how many whole days ago. */
export function reviewOverdue(last: number | undefined, every: number | undefined, today: number): { due: number; days: number } | undefined {
  if (last === undefined || every === undefined) return undefined;
  const days = today - last - every;
  return days > 0 ? { due: last + every, days } : undefined;
}
