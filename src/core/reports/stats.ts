// Small statistics over whole-day counts: sums, medians and nearest-rank percentiles.

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The middle value; for an even count, the mean of the two middle values. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The nearest-rank percentile: the smallest value with at least p% of the values at or below it
 * (the value at rank ⌈p/100 × n⌉ in ascending order). Always one of the values; null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** A share as a percentage with one decimal; null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

export { cents } from '../domain/budget';
