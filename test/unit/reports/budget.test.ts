// The budget report's figures, checked against numbers worked out by hand from the Budget and the briefs.

import assert from 'node:assert/strict';
import { buildReport } from '../../../src/core';
import { EXAMPLE, loadDir, REFERENCE } from '../../helpers';
import { reportOf, SMALL } from './util';

const row = (a: { program: string; allocation: number | null; planned: number; actual: number; unplanned: number | null; unspent: number | null; variance: number; briefs: string[] }) => [
  a.program,
  a.allocation,
  a.planned,
  a.actual,
  a.unplanned,
  a.unspent,
  a.variance,
  a.briefs.length,
];

describe('budget report', () => {
  it('the reference playbook', async () => {
    const { data } = await reportOf('budget', REFERENCE);
    assert.deepEqual(data.allocations.map(row), [
      // back-to-school 15,000 + winter webinar 9,000 + black friday 20,000 = 44,000 planned;
      // actual 14,200 + 0 (no actual yet) + (7,600 + 11,000) = 32,800;
      // unplanned 400,000 − 44,000; unspent 400,000 − 32,800; variance 32,800 − 44,000
      ['demand-gen', 400000, 44000, 32800, 356000, 367200, -11200, 3],
      // state of ops: 30,000 planned, 6,000 actual (the design line has none)
      ['brand', 150000, 30000, 6000, 120000, 144000, -24000, 1],
      ['customer-marketing', 80000, 0, 0, 80000, 80000, 0, 0],
    ]);
    // 400,000 + 150,000 + 80,000; 44,000 + 30,000; 32,800 + 6,000; 630,000 − 74,000; 630,000 − 38,800; 38,800 − 74,000
    assert.deepEqual(data.totals, [{ currency: 'USD', allocation: 630000, planned: 74000, actual: 38800, unplanned: 556000, unspent: 591200, variance: -35200 }]);
    assert.deepEqual(data.overBudget, []);
    assert.deepEqual(
      data.briefs.map((b) => [b.id, b.planned, b.actual, b.variance, b.countedIn]),
      [
        ['2026q3-na-search-back-to-school', 15000, 14200, -800, 'fy2026'],
        ['2026q4-emea-social-winter-webinar', 9000, null, null, 'fy2026'],
        ['2026q4-na-email-black-friday', 20000, 18600, -1400, 'fy2026'],
        ['2027q1-global-content-state-of-ops', 30000, 6000, -24000, 'fy2026'],
      ],
    );
  });

  it('the small fixture: over allocation, over budget, on hold and cancelled briefs', async () => {
    const { data, document } = await reportOf('budget', SMALL);
    assert.deepEqual(data.allocations.map(row), [
      // alpha 10,000 + beta 20,000 + zeta 3,000 = 33,000 planned; actual (7,000 + 3,000) + 5,000 + 0 = 15,000;
      // unplanned 50,000 − 33,000; unspent 50,000 − 15,000; variance 15,000 − 33,000
      ['demand', 50000, 33000, 15000, 17000, 35000, -18000, 3],
      // gamma (closed) 15,000 planned, 16,000 actual: 20,000 − 15,000; 20,000 − 16,000; 16,000 − 15,000
      ['brand', 20000, 15000, 16000, 5000, 4000, 1000, 1],
      // delta (on hold) 5,000 counts; epsilon (cancelled) 8,000 does not: 4,000 − 5,000 = over by 1,000
      ['events', 4000, 5000, 0, -1000, 4000, -5000, 1],
    ]);
    // 74,000 − 53,000; 74,000 − 31,000; 31,000 − 53,000
    assert.deepEqual(data.totals, [{ currency: 'USD', allocation: 74000, planned: 53000, actual: 31000, unplanned: 21000, unspent: 43000, variance: -22000 }]);
    assert.deepEqual(
      data.overBudget.map((b) => [b.id, b.overLines, b.variance]),
      [
        // search-media spent 16,000 of 15,000
        ['2026q3-na-search-gamma', ['search-media'], 1000],
        // media spent 7,000 of 6,000 (design 3,000 of 4,000 keeps the total at 10,000 = planned)
        ['2026q4-na-email-alpha', ['media'], 0],
      ],
    );
    const epsilon = data.briefs.find((b) => b.id === '2026q4-na-events-epsilon');
    assert.equal(epsilon?.countedIn, null);
    assert.equal(epsilon?.uncounted, 'cancelled briefs spend nothing');
    const figure = (label: string) => document.summary.find((f) => f.label === label)?.value;
    assert.equal(figure('Programs over allocation'), 1);
    assert.equal(figure('Briefs over budget'), 2);
  });

  it('flags the same allocations and briefs as budget/over-allocation and brief/over-budget', async () => {
    for (const dir of [REFERENCE, SMALL, EXAMPLE]) {
      const workspace = await loadDir(dir);
      const { data } = buildReport('budget', workspace);
      const count = (rule: string) => workspace.allFindings().filter((f) => f.rule === rule).length;
      assert.equal(data.allocations.filter((a) => (a.unplanned ?? 0) < 0).length, count('budget/over-allocation'), dir);
      const overFiles = new Set(workspace.allFindings().filter((f) => f.rule === 'brief/over-budget').map((f) => f.file));
      assert.equal(data.overBudget.length, overFiles.size, dir);
    }
  });
});
