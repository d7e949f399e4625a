// The results verdicts of domain/results: direction, attainment, attained, a campaign's verdict, cost per result.

import assert from 'node:assert/strict';
import { attainment, campaignResults, costPerResult, directionOf, isAttained, targetsReachedShare } from '../../../src/core/domain/results';
import { parseDay } from '../../../src/core';

const day = (d: string) => parseDay(d)!;
const brief = (metrics: unknown[], extra: Record<string, unknown> = {}) => ({ timeline: { end: '2026-11-10' }, success_metrics: metrics, ...extra });

describe('results verdicts (domain/results)', () => {
  it('better: lower or higher as the metric says; else a target below its baseline means less is better; anything else, more', () => {
    assert.equal(directionOf(20, 25), 'lower');
    assert.equal(directionOf(30, 25), 'higher');
    assert.equal(directionOf(25, 25), 'higher');
    assert.equal(directionOf(20, undefined), 'higher');
    // the metric's own `better` wins over the baseline
    assert.equal(directionOf(45, undefined, 'lower'), 'lower');
    assert.equal(directionOf(20, 25, 'higher'), 'higher');
    assert.equal(directionOf(20, 25, 'sideways'), 'lower');
  });

  it('attainment: result ÷ target, or target ÷ result when less is better; no division by 0 or a negative', () => {
    assert.equal(attainment(300, 240, 'higher'), 80);
    assert.equal(attainment(20, 18, 'lower'), 111.1);
    assert.equal(attainment(20, 25, 'lower'), 80);
    assert.equal(attainment(0, 5, 'higher'), null);
    assert.equal(attainment(20, 0, 'lower'), null);
    assert.equal(attainment(100, -5, 'higher'), null);
    assert.equal(attainment(100, undefined, 'higher'), null);
  });

  it('attained: at or above the target, or at or below it when less is better', () => {
    assert.equal(isAttained(100, 100, 'higher'), true);
    assert.equal(isAttained(100, 99.5, 'higher'), false);
    assert.equal(isAttained(20, 20, 'lower'), true);
    assert.equal(isAttained(20, 20.5, 'lower'), false);
    assert.equal(isAttained(20, undefined, 'lower'), undefined);
  });

  it('a campaign: attained, missed, missing once ended, awaiting before, and never for a cancelled one', () => {
    const met = { metric: 'a', target: 10, actual: 12 };
    const short = { metric: 'b', target: 10, actual: 8 };
    const open = { metric: 'c', target: 10 };
    const verdict = (metrics: unknown[], today: string, extra?: Record<string, unknown>) => campaignResults(brief(metrics, extra), day(today));
    assert.equal(verdict([met], '2026-11-20').verdict, 'attained');
    assert.equal(verdict([met, short], '2026-11-20').verdict, 'missed');
    // a short result decides, even with another result still missing
    assert.deepEqual([verdict([short, open], '2026-11-20').verdict, verdict([short, open], '2026-11-20').missingActuals.map((m) => m.metric)], ['missed', ['c']]);
    // the end day itself still runs
    assert.deepEqual([verdict([met, open], '2026-11-10').verdict, verdict([met, open], '2026-11-10').missingActuals], ['awaiting', []]);
    assert.equal(verdict([met, open], '2026-11-11').verdict, 'missing');
    assert.equal(verdict([met, open], '2026-11-11', { status: 'closed' }).verdict, 'missing');
    // on hold: paused, its results not final
    assert.deepEqual([verdict([met, open], '2026-11-11', { status: 'on-hold' }).verdict, verdict([met, open], '2026-11-11', { status: 'on-hold' }).missingActuals], ['awaiting', []]);
    assert.equal(verdict([open], '2027-01-01', { timeline: {} }).verdict, 'awaiting');
    assert.deepEqual([verdict([open], '2027-01-01', { status: 'cancelled' }).verdict, verdict([open], '2027-01-01', { status: 'cancelled' }).missingActuals], ['cancelled', []]);
    assert.equal(verdict([], '2026-11-20').verdict, 'no-metrics');
    // an entry without a numeric target is the schema's to report, not a metric here
    assert.equal(verdict([{ metric: 'x', target: 'lots' }], '2026-11-20').verdict, 'no-metrics');
  });

  it('a campaign still before its launch stage never ran: it owes no results once its end has passed (brief/launch-missed says why)', () => {
    const stage = (index: number) => ({ id: `s${index}`, index }) as never;
    const workflow = { launchStage: stage(3) } as never;
    const ended = brief([{ metric: 'sign-ups', target: 100 }]);
    assert.equal(campaignResults(ended, day('2026-12-01'), { workflow, stage: stage(1) }).verdict, 'awaiting');
    assert.deepEqual(campaignResults(ended, day('2026-12-01'), { workflow, stage: stage(1) }).missingActuals, []);
    assert.equal(campaignResults(ended, day('2026-12-01'), { workflow, stage: stage(3) }).verdict, 'missing');
    assert.equal(campaignResults(ended, day('2026-12-01'), { workflow, stage: stage(5) }).missingActuals.length, 1);
    assert.equal(campaignResults(ended, day('2026-12-01')).verdict, 'missing', 'where the brief stands is unknown: as before');
  });

  it('targets reached counts only measured campaigns', () => {
    assert.deepEqual(targetsReachedShare(['attained', 'missed', 'awaiting', 'missing', 'no-metrics', 'cancelled', 'attained']), { attained: 2, measured: 3, share: 66.7 });
    assert.deepEqual(targetsReachedShare(['awaiting']), { attained: 0, measured: 0, share: null });
  });

  it('cost per result: spend ÷ a plain count where more is better', () => {
    assert.equal(costPerResult(5500, { actual: 350, direction: 'higher' }), 15.71);
    assert.equal(costPerResult(5500, { actual: 350, direction: 'higher', unit: '%' }), null);
    assert.equal(costPerResult(5500, { actual: 18, direction: 'lower' }), null);
    assert.equal(costPerResult(null, { actual: 350, direction: 'higher' }), null);
    assert.equal(costPerResult(5500, { actual: 0, direction: 'higher' }), null);
  });
});
