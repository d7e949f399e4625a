// The pipeline report's figures, checked against numbers worked out by hand from the playbook files.

import assert from 'node:assert/strict';
import { buildReport, parseDay } from '../../../src/core';
import { loadDir, REFERENCE } from '../../helpers';
import { reportOf, SMALL } from './util';

describe('pipeline report', () => {
  it('the reference playbook on its Config today (2026-11-20)', async () => {
    const { data, today } = await reportOf('pipeline', REFERENCE);
    assert.equal(today, '2026-11-20');
    // Workflows in file order (campaign.yaml, content.yaml), then stage order; the closed brief is not open.
    assert.deepEqual(
      data.open.map((b) => [b.id, b.workflow, b.stage, b.daysInStage, b.slaDays, b.overSlaDays]),
      [
        // creative entered 2026-11-12: 20 − 12 = 8 days, SLA 10
        ['2026q4-emea-social-winter-webinar', 'campaign', 'creative', 8, 10, null],
        // launch entered 2026-11-18: 2 days, SLA 2 (2 > 2 is false, as brief/sla-overdue counts)
        ['2026q4-na-email-black-friday', 'campaign', 'launch', 2, 2, null],
        // draft entered 2026-11-09: 11 days, SLA 15
        ['2027q1-global-content-state-of-ops', 'content', 'draft', 11, 15, null],
      ],
    );
    assert.deepEqual(data.open.map((b) => [b.ownerName, b.tier, b.missingGates]), [
      ['Li Wei', 2, []],
      ['Priya Shah', 2, []],
      ['Maria Lopez', 3, []],
    ]);
    // Launch dates 2026-12-10 (+20 days), 2026-11-18 (past), 2027-01-20: none within 14 days.
    assert.deepEqual(data.launching, []);
    assert.deepEqual(data.closed.map((b) => [b.id, b.launch, b.end, b.planned, b.actual]), [
      // actual: the one line's 14,200
      ['2026q3-na-search-back-to-school', '2026-07-15', '2026-08-15', 15000, 14200],
    ]);
    assert.deepEqual(data.totals, { active: 3, onHold: 0, overSla: 0, missingGates: 0, launching: 0, closed: 1, cancelled: 0, launchMissed: 0, launchAtRisk: 0 });
    // One open brief at campaign/creative, campaign/launch and content/draft; every other stage 0.
    const counts = Object.fromEntries(data.stages.filter((s) => s.briefs > 0).map((s) => [`${s.workflow}/${s.stage}`, s.briefs]));
    assert.deepEqual(counts, { 'campaign/creative': 1, 'campaign/launch': 1, 'content/draft': 1 });
    assert.equal(data.stages.length, 7 + 7);
  });

  it('counts days from a --today override', async () => {
    const { data, today } = await reportOf('pipeline', REFERENCE, '2026-12-01');
    assert.equal(today, '2026-12-01');
    assert.deepEqual(
      data.open.map((b) => [b.daysInStage, b.overSlaDays]),
      [
        [19, 9], // 2026-11-12 → 2026-12-01 = 19 days; 19 − 10 = 9 over
        [13, 11], // 2026-11-18 → 2026-12-01 = 13; 13 − 2 = 11
        [22, 7], // 2026-11-09 → 2026-12-01 = 22; 22 − 15 = 7
      ],
    );
    // The webinar launches 2026-12-10, 9 days after 2026-12-01.
    assert.deepEqual(data.launching.map((b) => [b.id, b.daysToLaunch]), [['2026q4-emea-social-winter-webinar', 9]]);
  });

  it('the small fixture: over SLA, missing gates, on hold, launches ahead, closed and cancelled', async () => {
    const { data } = await reportOf('pipeline', SMALL);
    assert.deepEqual(
      data.open.map((b) => [b.id, b.stage, b.status, b.daysInStage, b.overSlaDays, b.missingGates]),
      [
        // plan entered 2026-09-01: Sep 1 → Nov 20 = 29 + 31 + 20 = 80 days; on hold, so never over SLA
        ['2026q4-emea-email-delta', 'plan', 'on-hold', 80, null, []],
        // make entered 2026-11-05: 15 days, SLA 10 → 5 over; the plan gate is approved
        ['2026q4-na-email-alpha', 'make', 'active', 15, 5, []],
        // check entered 2026-11-18: 2 days, SLA 3; no approval for the make gate
        ['2026q4-na-social-beta', 'check', 'active', 2, null, ['make']],
        // launch entered today: 0 days; plan, make and check approved
        ['2026q4-na-content-zeta', 'launch', 'active', 0, null, []],
      ],
    );
    // alpha launches 2026-11-30 (+10), zeta today (+0); beta 2026-12-20 is +30; delta is on hold.
    assert.deepEqual(data.launching.map((b) => [b.id, b.daysToLaunch]), [
      ['2026q4-na-content-zeta', 0],
      ['2026q4-na-email-alpha', 10],
    ]);
    assert.deepEqual(data.totals, { active: 3, onHold: 1, overSla: 1, missingGates: 1, launching: 2, closed: 1, cancelled: 1, launchMissed: 0, launchAtRisk: 0 });
    assert.deepEqual(data.closed.map((b) => b.id), ['2026q3-na-search-gamma']);
    assert.deepEqual(data.cancelled.map((b) => b.id), ['2026q4-na-events-epsilon']);
    assert.deepEqual(
      data.stages.map((s) => [s.stage, s.briefs, s.overSla]),
      [
        ['plan', 1, 0],
        ['make', 1, 1],
        ['check', 1, 0],
        ['launch', 1, 0],
        ['run', 0, 0],
        ['wrap', 0, 0],
      ],
    );
  });

  it('flags a launch at risk, then missed, as the days go by', async () => {
    const row = async (day: string) => (await reportOf('pipeline', REFERENCE, day)).data.open.map((b) => [b.id, b.launchLateDays, b.launchMissedDays]);
    // The webinar is at creative since 2026-11-12 (SLA 10, so over from 11-23), launching 2026-12-10; review 3 and qa 3 follow.
    // 2026-12-04: creative over, 0 left + 3 + 3 = 6 days → reaches launch 12-10: on time.
    assert.deepEqual((await row('2026-12-04'))[0], ['2026q4-emea-social-winter-webinar', null, null]);
    // 2026-12-08: 6 days → 12-14, 4 days after 12-10. The content brief (draft since 11-09, SLA 15; edit 5, design 10):
    // 15 days → 2026-12-23, before its launch 2027-01-20. Black Friday is at its launch stage.
    assert.deepEqual(await row('2026-12-08'), [
      ['2026q4-emea-social-winter-webinar', 4, null],
      ['2026q4-na-email-black-friday', null, null],
      ['2027q1-global-content-state-of-ops', null, null],
    ]);
    // 2026-12-11: the launch date passed yesterday, still at creative: missed by 1 day, no longer "at risk".
    const { data } = await reportOf('pipeline', REFERENCE, '2026-12-11');
    assert.deepEqual(data.open[0].launchMissedDays, 1);
    assert.deepEqual(data.open[0].launchLateDays, null);
    assert.deepEqual([data.totals.launchMissed, data.totals.launchAtRisk], [1, 0]);
  });

  for (const day of ['2026-11-20', '2026-12-01', '2027-02-01']) {
    it(`agrees with brief/sla-overdue and brief/gate-missing on ${day}`, async () => {
      for (const dir of [REFERENCE, SMALL]) {
        const workspace = await loadDir(dir, { today: parseDay(day) });
        const { data } = buildReport('pipeline', workspace);
        const flagged = (rule: string) =>
          workspace
            .allFindings()
            .filter((f) => f.rule === rule)
            .map((f) => f.file)
            .sort();
        assert.deepEqual(data.open.filter((b) => b.overSlaDays !== null).map((b) => b.file).sort(), flagged('brief/sla-overdue'));
        const gates = data.open.flatMap((b) => b.missingGates.map(() => b.file)).sort();
        assert.deepEqual(gates, flagged('brief/gate-missing'));
        assert.deepEqual(data.open.filter((b) => b.launchMissedDays !== null).map((b) => b.file).sort(), flagged('brief/launch-missed'));
        assert.deepEqual(data.open.filter((b) => b.launchLateDays !== null).map((b) => b.file).sort(), flagged('brief/launch-at-risk'));
      }
    });
  }
});
