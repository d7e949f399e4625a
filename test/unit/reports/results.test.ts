// The results report's figures, checked against numbers worked out by hand from the results fixture, in every format.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from '../../../src/core';
import { RESULT_FIGURES } from '../../../src/core/reports/result-figures';
import { FIXTURES, loadDir, REFERENCE, ROOT } from '../../helpers';
import { mdTables, parseCsv, reportOf } from './util';

/** Seven briefs with results (see the comments next to each expectation); today 2026-11-20. */
const RESULTS = join(FIXTURES, 'reports', 'results');

describe('results report', () => {
  it('each campaign metric: target, result, attainment, spend and cost per result', async () => {
    const { data } = await reportOf('results', RESULTS);
    assert.deepEqual(
      data.campaigns.flatMap((c) => c.metrics.map((m) => [m.brief, m.metric, m.better, m.target, m.result, m.attainment, m.attained, m.actual, m.costPerResult])),
      [
        // 250 / 200 = 125%; spend 3,000 + 1,000 = 4,000; 4,000 / 250 = 16
        ['r-alpha', 'sign-ups', 'higher', 200, 250, 125, true, 4000, 16],
        // target 20 below baseline 25: less is better; 20 / 18 = 111.1%; a unit (USD): no cost per result
        ['r-alpha', 'cost-per-lead', 'lower', 20, 18, 111.1, true, 4000, null],
        // 240 / 300 = 80%, missed; 6,000 / 240 = 25
        ['r-beta', 'leads', 'higher', 300, 240, 80, false, 6000, 25],
        ['r-beta', 'revenue', 'higher', 50000, null, null, null, 6000, null],
        // no line has an actual: no spend
        ['r-delta', 'registrations', 'higher', 150, null, null, null, 2000, null],
        // 100 / 100 = 100%: met; 1,500 / 100 = 15
        ['r-eta', 'sign-ups', 'higher', 100, 100, 100, true, 1500, 15],
        // a target of 0 met by 0: attained, no ratio, and no cost per result of 0 results
        ['r-eta', 'press-mentions', 'higher', 0, 0, null, true, 1500, null],
        ['r-gamma', 'downloads', 'higher', 1000, null, null, null, null, null],
      ],
    );
    // epsilon is cancelled; zeta has no success metrics.
    assert.deepEqual(
      data.campaigns.map((c) => [c.id, c.verdict, c.missingResults]),
      [
        ['r-alpha', 'attained', []],
        // leads missed: missed whatever revenue turns out to be; ended 11-10 with revenue unrecorded
        ['r-beta', 'missed', ['revenue']],
        // ended 09-30 without its result
        ['r-delta', 'missing', ['registrations']],
        ['r-eta', 'attained', []],
        // ends today: not ended yet
        ['r-gamma', 'awaiting', []],
      ],
    );
    assert.deepEqual(data.withoutMetrics, ['r-zeta']);
    assert.deepEqual(
      data.missing.map((c) => [c.id, c.end]),
      [
        ['r-beta', '2026-11-10'],
        ['r-delta', '2026-09-30'],
      ],
    );
  });

  it('per program: verdicts, targets reached, and each metric added up', async () => {
    const { data } = await reportOf('results', RESULTS);
    assert.deepEqual(data.programs, [
      // alpha and eta attained, beta missed: 2 of 3 = 66.7%
      { program: 'demand', campaigns: 3, attained: 2, missed: 1, missing: 0, awaiting: 0, targetsReached: 66.7 },
      // gamma awaiting, delta missing: none measured
      { program: 'brand', campaigns: 2, attained: 0, missed: 0, missing: 1, awaiting: 1, targetsReached: null },
    ]);
    assert.deepEqual(
      data.programMetrics.map((p) => [p.program, p.metric, p.measured, p.attained, p.target, p.result, p.attainment, p.costPerResult]),
      [
        // alpha 200 / 250 and eta 100 / 100: 300 / 350 → 350 / 300 = 116.7%; (4,000 + 1,500) / 350 = 15.71
        ['demand', 'sign-ups', 2, 2, 300, 350, 116.7, 15.71],
        // less is better: not added up
        ['demand', 'cost-per-lead', 1, 1, null, null, null, null],
        ['demand', 'leads', 1, 0, 300, 240, 80, 25],
        ['demand', 'press-mentions', 1, 1, 0, 0, null, null],
        // revenue (demand), registrations and downloads (brand) have no result yet: left out
      ],
    );
    assert.deepEqual(data.targetsReached, { attained: 2, measured: 3, share: 66.7 });
  });

  it('Markdown, HTML, CSV and JSON show the same figures under the same names', async () => {
    const report = await reportOf('results', RESULTS);
    const md = renderReport(report, 'md');
    assert.match(md, /^- \*\*Targets reached:\*\* 🟡 66\.7%$/m);
    assert.match(md, /^- \*\*Results missing:\*\* 🟡 2$/m);
    const main = mdTables(md).find((t) => t[0].startsWith('| Brief | Program | Metric |'))!;
    assert.equal(main[0], '| Brief | Program | Metric | Target | Result | Attainment | Actual | Cost per result | Campaign |');
    assert.ok(main.includes('| r-beta | demand | leads | 300 | 🟡 240 | 🟡 80% | 6,000 | 25 | 🟡 Missed |'));
    assert.ok(main.includes('| r-alpha | demand | cost-per-lead (USD) | 20 | 🟢 18 | 🟢 111.1% | 4,000 | — | 🟢 Attained |'));
    // revenue ended without a result: the missing cell is flagged
    assert.ok(main.includes('| r-beta | demand | revenue (USD) | 50,000 | 🟡 — | — | 6,000 | — | 🟡 Missed |'));
    assert.ok(md.includes('| demand | sign-ups | 2 | 2 | 300 | 350 | 🟢 116.7% | 15.71 |'));
    assert.ok(md.includes('| r-delta | ann | 2026-09-30 | 🟡 registrations |'));

    const html = renderReport(report, 'html');
    assert.match(html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart"/);
    assert.match(html, /<div class="figure warn"><div class="label">Targets reached<\/div><div class="value">66\.7%<\/div><\/div>/);
    for (const f of Object.values(RESULT_FIGURES).slice(0, 4)) assert.ok(html.includes(`>${f.label}</th>`), f.label);

    const csv = parseCsv(renderReport(report, 'csv'));
    assert.deepEqual(csv[0], ['Brief', 'Program', 'Metric', 'Unit', 'Better', 'Baseline', 'Target', 'Result', 'Attainment', 'Actual', 'Currency', 'Cost per result', 'Campaign']);
    assert.deepEqual(csv[2], ['r-alpha', 'demand', 'cost-per-lead (USD)', 'USD', 'lower', '25', '20', '18', '111.1', '4000', 'USD', '', 'Attained']);
    assert.equal(csv.length, 1 + 8);

    const json = JSON.parse(renderReport(report, 'json')).data;
    assert.deepEqual(json.targetsReached, { attained: 2, measured: 3, share: 66.7 });
    const row = json.campaigns[0].metrics[0];
    for (const f of Object.values(RESULT_FIGURES).slice(0, 4)) assert.ok(f.key in row, f.key);
  });

  it('lists the same campaigns and metrics as brief/missing-actuals reports', async () => {
    for (const dir of [RESULTS, REFERENCE]) {
      const workspace = await loadDir(dir);
      const findings = workspace.allFindings().filter((f) => f.rule === 'brief/missing-actuals');
      const { data } = await reportOf('results', dir);
      assert.equal(findings.length, data.missing.reduce((n, c) => n + c.missingResults.length, 0), dir);
      assert.deepEqual([...new Set(findings.map((f) => f.file))].sort(), data.missing.map((c) => `campaigns/${c.id}.yaml`).sort(), dir);
    }
  });

  it('the reference playbook: back-to-school met its one target; the others have not ended', async () => {
    const { data } = await reportOf('results', REFERENCE);
    assert.deepEqual(
      data.campaigns.map((c) => [c.id, c.verdict]),
      [
        // 560 / 500 = 112%
        ['2026q3-na-search-back-to-school', 'attained'],
        ['2026q4-emea-social-winter-webinar', 'awaiting'],
        ['2026q4-na-email-black-friday', 'awaiting'],
        ['2027q1-global-content-state-of-ops', 'awaiting'],
      ],
    );
    // 14,200 spent / 560 trial starts = 25.36
    assert.deepEqual(data.campaigns[0].metrics.map((m) => [m.attainment, m.costPerResult]), [[112, 25.36]]);
    assert.deepEqual(data.targetsReached, { attained: 1, measured: 1, share: 100 });
  });
});

describe('results figures: one name, one definition', () => {
  it('docs/reports.md holds the glossary of the results figures as the code has them', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'reports.md'), 'utf8');
    const body = docs.split('<!-- results-figures:start -->\n')[1]?.split('<!-- results-figures:end -->')[0];
    assert.ok(body, 'docs/reports.md has the results-figures markers');
    assert.deepEqual(
      body.trim().split('\n').slice(2),
      Object.values(RESULT_FIGURES).map((f) => `| ${f.label} | \`${f.key}\` | ${f.definition} |`),
    );
  });
});
