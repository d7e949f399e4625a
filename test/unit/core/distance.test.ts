// Did-you-mean: plausible typos find their value, unrelated words find nothing.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance, nearest } from '../../../src/core/text/distance';

/** The textbook table, every cell filled: what the bounded distance must agree with. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('nearest', () => {
  it('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('Breif', 'Brief'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('suggests close values and nothing for unrelated ones', () => {
    const stages = ['brief', 'creative', 'review', 'qa', 'launch', 'optimize', 'report'];
    assert.equal(nearest('creatve', stages), 'creative');
    assert.equal(nearest('Launch', stages), 'launch');
    assert.equal(nearest('qb', stages), 'qa');
    assert.equal(nearest('finance', stages), undefined);
  });

  it('agrees with the full table within the limit, and is over the limit beyond it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 5 }), (a, b, limit) => {
        const full = fullDistance(a, b);
        const bounded = editDistance(a, b, limit);
        if (full <= limit) assert.equal(bounded, full);
        else assert.ok(bounded > limit, `${bounded} for ${full}`);
        assert.equal(editDistance(a, b), full);
      }),
      { numRuns: 2000 },
    );
  });

  it('compares two long near-equal names in time linear in their length (found by fuzzing)', () => {
    // A Team member id and a brief owner of 100,000 characters, one character apart: minutes before.
    const long = `priya.shah${'x'.repeat(100_000)}`;
    const started = performance.now();
    assert.equal(nearest(`${long.slice(0, 50_000)}y${long.slice(50_001)}`, ['li.wei', long]), long);
    assert.ok(performance.now() - started < 2000, `${Math.round(performance.now() - started)} ms`);
  });
});
