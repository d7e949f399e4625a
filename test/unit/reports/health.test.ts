// The process-health report's figures, checked against numbers worked out by hand from the brief histories.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { renderReport } from '../../../src/core';
import { FIXTURES, REFERENCE } from '../../helpers';
import { mdTables, reportOf, SMALL } from './util';

type Stage = { workflow: string; stage: string; visits: number; medianDays: number | null; p90Days: number | null; breaches: number; breachRate: number | null; reworkEntries: number; nowOverSla: number };
const stage = (s: Stage) => [`${s.workflow}/${s.stage}`, s.visits, s.medianDays, s.p90Days, s.breaches, s.breachRate, s.reworkEntries, s.nowOverSla];

describe('health report', () => {
  it('the reference playbook', async () => {
    const { data } = await reportOf('health', REFERENCE);
    assert.deepEqual(data.stages.filter((s) => s.visits > 0).map(stage), [
      // back-to-school 06-25→07-01 = 6, webinar 11-05→11-12 = 7, black friday 09-25→10-01 = 6: all over 5
      ['campaign/brief', 3, 6, 7, 3, 100, 0, 0],
      // b2s 07-01→07-06 = 5 and (after rework) 07-07→07-08 = 1; black friday 10-01→10-09 = 8
      ['campaign/creative', 3, 5, 8, 0, 0, 1, 0],
      // b2s 07-06→07-07 = 1 and 07-08→07-09 = 1; black friday 10-09→11-10 = 32 (> 3)
      ['campaign/review', 3, 1, 32, 1, 33.3, 0, 0],
      // b2s 07-09→07-15 = 6, black friday 11-10→11-18 = 8: median (6 + 8) / 2 = 7, both over 3
      ['campaign/qa', 2, 7, 8, 2, 100, 0, 0],
      // b2s 07-15→07-17 = 2, not over 2
      ['campaign/launch', 1, 2, 2, 0, 0, 0, 0],
      // b2s 07-17→08-20 = 34 > 30
      ['campaign/optimize', 1, 34, 34, 1, 100, 0, 0],
      // state of ops 10-20→10-28 = 8
      ['content/ideation', 1, 8, 8, 0, 0, 0, 0],
      // state of ops 10-28→11-09 = 12 > 5
      ['content/brief', 1, 12, 12, 1, 100, 0, 0],
    ]);
    // median / SLA: campaign brief 6/5, creative 5/10, review 1/3, qa 7/3 ≈ 2.33 (highest), launch 2/2, optimize 34/30;
    // content ideation 8/10, brief 12/5 = 2.4.
    assert.deepEqual(data.bottlenecks, [
      { workflow: 'campaign', stage: 'qa', medianDays: 7, slaDays: 3 },
      { workflow: 'content', stage: 'brief', medianDays: 12, slaDays: 5 },
    ]);
    // Launched: back-to-school (tier 1) 06-25→07-15 = 20 days; black friday (tier 2) 09-25→11-18 = 54 days.
    assert.deepEqual(data.tiers, [
      { tier: 1, launched: 1, medianDays: 20, p90Days: 20 },
      { tier: 2, launched: 1, medianDays: 54, p90Days: 54 },
      { tier: 3, launched: 0, medianDays: null, p90Days: null },
      // median of [20, 54] = 37; nearest rank ⌈0.9 × 2⌉ = 2nd = 54
      { tier: null, launched: 2, medianDays: 37, p90Days: 54 },
    ]);
    // back-to-school re-entered creative after review: 1 of 4 briefs.
    assert.deepEqual(data.rework, { briefs: 1, of: 4, rate: 25 });
    assert.deepEqual(data.briefs.find((b) => b.id === '2026q3-na-search-back-to-school')?.rework, ['creative']);
    // 15 completed visits (13 campaign + 2 content), 8 over their SLA: 8 / 15 = 53.3%
    assert.deepEqual(data.breaches, { visits: 15, breaches: 8, rate: 53.3 });
    // Only back-to-school (tier 1, search) has ended, with 560 of its 500 trial starts: the others await their results.
    const measured = (g: { attained: number; measured: number; targetsReached: number | null }) => [g.attained, g.measured, g.targetsReached];
    assert.deepEqual(data.targets.tiers.map((t) => [t.tier, ...measured(t)]), [
      [1, 1, 1, 100],
      [2, 0, 0, null],
      [3, 0, 0, null],
      [null, 1, 1, 100],
    ]);
    assert.deepEqual(data.targets.channels.map((c) => [c.channel, ...measured(c)]), [
      ['content', 0, 0, null],
      ['email', 0, 0, null],
      ['search', 1, 1, 100],
      ['social', 0, 0, null],
    ]);
  });

  it('targets reached per tier and per channel (the results fixture), in every format', async () => {
    const report = await reportOf('health', join(FIXTURES, 'reports', 'results'));
    const { targets } = report.data;
    // Measured: alpha (tier 1, email) and eta (tier 1, search) attained, beta (tier 2, email + social) missed.
    // Not measured: gamma (awaiting), delta (missing), epsilon (cancelled), zeta (no metrics).
    assert.deepEqual(
      targets.tiers.map((t) => [t.tier, t.attained, t.measured, t.targetsReached]),
      [
        [1, 2, 2, 100],
        [2, 0, 1, 0],
        // 2 of 3 = 66.7%
        [null, 2, 3, 66.7],
      ],
    );
    assert.deepEqual(
      targets.channels.map((c) => [c.channel, c.attained, c.measured, c.targetsReached]),
      [
        ['display', 0, 0, null],
        // alpha attained, beta missed: 1 of 2
        ['email', 1, 2, 50],
        ['events', 0, 0, null],
        ['search', 1, 1, 100],
        ['social', 0, 1, 0],
      ],
    );
    const md = renderReport(report, 'md');
    assert.match(md, /^- \*\*Targets reached:\*\* 🟡 66\.7%$/m);
    const perChannel = mdTables(md).find((t) => t[0] === '| Channel | Measured campaigns | Attained | Targets reached |')!;
    assert.deepEqual(perChannel.slice(2), ['| display | 0 | 0 | — |', '| email | 2 | 1 | 🟡 50% |', '| events | 0 | 0 | — |', '| search | 1 | 1 | 🟢 100% |', '| social | 1 | 0 | 🟡 0% |']);
    assert.match(renderReport(report, 'html'), /<div class="figure warn"><div class="label">Targets reached<\/div><div class="value">66\.7%<\/div><\/div>/);
    assert.deepEqual(JSON.parse(renderReport(report, 'json')).data.targets.tiers.at(-1), { tier: null, attained: 2, measured: 3, targetsReached: 66.7 });
  });

  it('the small fixture', async () => {
    const { data } = await reportOf('health', SMALL);
    assert.deepEqual(data.stages.map(stage), [
      // alpha 11-01→11-05 = 4, beta 10-01→10-06 = 5, gamma 07-01→07-04 = 3, epsilon 08-01→08-03 = 2, zeta 10-01→10-03 = 2:
      // sorted 2 2 3 4 5, median 3, p90 rank ⌈4.5⌉ = 5th = 5; none over 5
      ['flow/plan', 5, 3, 5, 0, 0, 0, 0],
      // beta 10-06→10-20 = 14 and 10-22→11-18 = 27 (a rework entry), gamma 07-04→07-10 = 6, zeta 10-03→10-13 = 10:
      // sorted 6 10 14 27, median 12, p90 rank ⌈3.6⌉ = 4th = 27; 14 and 27 over 10 → 2 of 4 = 50%;
      // alpha has been in make since 11-05, 15 days > 10: now over SLA
      ['flow/make', 4, 12, 27, 2, 50, 1, 1],
      // beta 10-20→10-22 = 2, gamma 07-10→07-12 = 2, zeta 10-13→11-20 = 38 (> 3): 1 of 3 = 33.3%
      ['flow/check', 3, 2, 38, 1, 33.3, 0, 0],
      // gamma 07-12→07-14 = 2
      ['flow/launch', 1, 2, 2, 0, 0, 0, 0],
      // gamma 07-14→08-10 = 27
      ['flow/run', 1, 27, 27, 0, 0, 0, 0],
      ['flow/wrap', 0, null, null, 0, null, 0, 0],
    ]);
    // median / SLA: plan 3/5, make 12/10 = 1.2 (highest), check 2/3, launch 2/2 = 1, run 27/30.
    assert.deepEqual(data.bottlenecks, [{ workflow: 'flow', stage: 'make', medianDays: 12, slaDays: 10 }]);
    assert.deepEqual(data.tiers, [
      // gamma 07-01→07-12 = 11 days, zeta 10-01→11-20 = 30 + 20 = 50 days: median 30.5, p90 ⌈1.8⌉ = 2nd = 50
      { tier: 1, launched: 2, medianDays: 30.5, p90Days: 50 },
      // tier 2 is beta, delta and epsilon: none has reached launch
      { tier: 2, launched: 0, medianDays: null, p90Days: null },
      { tier: null, launched: 2, medianDays: 30.5, p90Days: 50 },
    ]);
    // beta re-entered make after check: 1 of 6 briefs with a history = 16.7%
    assert.deepEqual(data.rework, { briefs: 1, of: 6, rate: 16.7 });
    // visits 5 + 4 + 3 + 1 + 1 = 14; breaches 2 (make) + 1 (check) = 3 → 21.4%
    assert.deepEqual(data.breaches, { visits: 14, breaches: 3, rate: 21.4 });
    assert.deepEqual(
      data.briefs.map((b) => [b.id, b.cycleDays, b.slaBreaches]),
      [
        ['2026q3-na-search-gamma', 11, 0],
        ['2026q4-emea-email-delta', null, 0],
        ['2026q4-na-content-zeta', 50, 1],
        ['2026q4-na-email-alpha', null, 0],
        ['2026q4-na-events-epsilon', null, 0],
        ['2026q4-na-social-beta', null, 2],
      ],
    );
  });
});
