// Did-you-mean: plausible typos find their value, unrelated words find nothing.

import assert from 'node:assert/strict';
import { editDistance, nearest } from '../../../src/core/text/distance';

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
});
