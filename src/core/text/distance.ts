// Edit distance and "did you mean" lookups, used to offer the nearest allowed value.

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal string
 * alignment), so "Breif" is one edit from "Brief"; exits early once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Only cells within `limit` of the diagonal can stay within `limit`: two long near-equal strings cost
  // their length times the limit, not their length squared. Cells just outside the band read as over it.
  const over = limit + 1;
  let beforePrevious = new Array<number>(b.length + 1).fill(over);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : over));
  let current = new Array<number>(b.length + 1).fill(over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 ? i : over;
    if (to < b.length) current[to + 1] = over;
    let rowMin = from === 1 ? i : over;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, beforePrevious[j - 2] + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length];
}

/** Candidates `nearest` may still compare in the current metered run; undefined outside one. */
let budget: number | undefined;

/**
 * Runs `run` with at most `comparisons` candidate comparisons for all its `nearest` calls together: a file
 * with 100,000 unknown references against a register of 100,000 ids would otherwise compare every pair.
 * Once spent, `nearest` suggests nothing; the same file in the same playbook always gets the same result.
 */
export function withSuggestionBudget<T>(comparisons: number, run: () => T): T {
  const outer = budget;
  budget = comparisons;
  try {
    return run();
  } finally {
    budget = outer;
  }
}

/**
 * The candidate closest to `value`, if it is close enough to be a plausible typo:
 * within a third of the longer string's length (at least 1, at most 4 edits), case-insensitively.
 */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (budget !== undefined && budget-- <= 0) return undefined;
    const limit = Math.min(4, Math.max(1, Math.floor(Math.max(needle.length, candidate.length) / 3)));
    const distance = editDistance(needle, candidate.toLowerCase(), limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** " Did you mean 'x'?" or the empty string, for the end of a message. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
}
