// The martech audit's figures, checked against numbers worked out by hand, and against the martech rules' findings.

import assert from 'node:assert/strict';
import { buildReport, parseDay } from '../../../src/core';
import { EXAMPLE, loadDir, REFERENCE } from '../../helpers';
import { reportOf, SMALL } from './util';

describe('martech report', () => {
  it('the reference playbook', async () => {
    const { data } = await reportOf('martech', REFERENCE);
    // martech/hubspot.yaml sorts before martech/register.yaml (salesforce, ga4, meta-ads).
    assert.deepEqual(data.tools.map((t) => t.id), ['hubspot', 'salesforce', 'ga4', 'meta-ads']);
    assert.equal(data.currency, 'USD');
    // 36,000 (hubspot) + 54,000 (salesforce) + 0 (ga4) + 0 (meta-ads)
    assert.equal(data.totalAnnualCost, 90000);
    assert.deepEqual(data.costByCategory, [
      { category: 'crm', annualCost: 54000, tools: 1 },
      { category: 'marketing-automation', annualCost: 36000, tools: 1 },
      { category: 'advertising', annualCost: 0, tools: 1 },
      { category: 'analytics', annualCost: 0, tools: 1 },
    ]);
    // hubspot renews 2027-06-30 (222 days; notice 60 days before: 2027-05-01, 162 days) and salesforce
    // 2027-09-01 (notice 2027-06-03): neither within 90 days nor inside the 30-day notice warning.
    assert.deepEqual(data.renewals, []);
    // hubspot 2026-10-01 + 90 = 2026-12-30; salesforce 2026-09-10 + 90 = 2026-12-09;
    // ga4 2026-08-25 + 180 = 2027-02-21; meta-ads 2026-10-20 + 90 = 2027-01-18: none before today.
    assert.deepEqual(data.tools.map((t) => t.reviewDue), ['2026-12-30', '2026-12-09', '2027-02-21', '2027-01-18']);
    assert.deepEqual(data.overdueReviews, []);
    // 17 / 20 = 85%, 27 / 30 = 90%; ga4 and meta-ads have no seats.
    assert.deepEqual(data.tools.map((t) => t.utilisation), [85, 90, null, null]);
    assert.deepEqual(data.tools.map((t) => t.noticeDeadline), ['2027-05-01', '2027-06-03', null, null]);
    assert.deepEqual(data.overlaps, []);
    assert.deepEqual(data.piiWithoutDpa, []);
    assert.deepEqual(data.retiredInUse, []);
    assert.deepEqual(
      data.integrations.map((e) => `${e.from}>${e.to}`),
      ['hubspot>salesforce', 'hubspot>ga4', 'salesforce>hubspot', 'ga4>hubspot', 'meta-ads>ga4'],
    );
    assert.ok(data.integrations.every((e) => e.known));
  });

  it('the small fixture: renewals, reviews, utilisation, overlap, PII, retired tools in use', async () => {
    const { data, document } = await reportOf('martech', SMALL);
    // Counted: crm1 12,000 + crm2 6,000 USD. old is retired; ads is costed in EUR, the odd one out.
    assert.equal(data.totalAnnualCost, 18000);
    assert.deepEqual(data.otherCurrency, ['ads']);
    assert.deepEqual(data.costByCategory, [{ category: 'crm', annualCost: 18000, tools: 2 }]);
    assert.deepEqual(data.renewals, [
      {
        tool: 'crm1',
        name: 'First CRM',
        renewal: '2027-01-10',
        daysToRenewal: 51, // Nov 20 → Dec 20 = 30, → Jan 10 = 21 more
        noticeDeadline: '2026-12-11', // 2027-01-10 − 30 days
        daysToNotice: 21, // Nov 20 → Dec 11
        noticeDue: true, // 21 ≤ renewal_warning_days 30
        severity: 'warning', // still ahead: there is time to give notice
        message: 'The contract auto-renews on 2027-01-10; the notice deadline (30 days before) is in 21 days, on 2026-12-11: give notice or negotiate by then.',
        autoRenew: true,
        annualCost: 12000,
      },
      // crm2 renews 2027-06-01 (193 days) with its notice deadline 2027-04-02 (133 days): outside both windows.
    ]);
    // crm1: 2026-06-01 + 90 = 2026-08-30; Aug 30 → Nov 20 = 1 + 30 + 31 + 20 = 82 days. old is retired.
    assert.deepEqual(data.overdueReviews, [{ tool: 'crm1', name: 'First CRM', owner: 'Ann Lee', lastReview: '2026-06-01', due: '2026-08-30', daysOverdue: 82 }]);
    // crm1 5 / 10 = 50% < 60%; crm2 4 / 4 = 100%.
    assert.deepEqual(data.tools.map((t) => [t.id, t.utilisation, t.lowUtilisation]), [
      ['crm1', 50, true],
      ['crm2', 100, false],
      ['old', null, false],
      ['ads', null, false],
    ]);
    assert.deepEqual(data.overlaps, [{ category: 'crm', tools: ['crm1', 'crm2'], annualCost: 18000 }]);
    // crm2 holds PII with no dpa_signed; old too, but it is retired.
    assert.deepEqual(data.piiWithoutDpa, ['crm2']);
    assert.deepEqual(data.retiredInUse, [
      { tool: 'old', status: 'retired', briefs: ['2026q4-na-email-alpha'] },
      { tool: 'ads', status: 'sunsetting', briefs: ['2026q4-na-social-beta'] },
    ]);
    assert.deepEqual(data.integrations, [
      { from: 'crm1', to: 'crm2', known: true },
      { from: 'crm1', to: 'ghost', known: false },
      { from: 'crm2', to: 'crm1', known: true },
    ]);
    const graph = document.sections.flatMap((s) => s.blocks).find((b) => b.type === 'graph');
    assert.ok(graph && graph.type === 'graph');
    assert.deepEqual(graph.nodes.map((n) => [n.id, n.tone ?? '']), [
      ['crm1', ''],
      ['crm2', ''],
      ['old', 'muted'],
      ['ads', 'warn'],
      ['ghost', 'bad'],
    ]);
    const figure = (label: string) => document.summary.find((f) => f.label === label)?.value;
    assert.equal(figure('Annual cost (USD)'), 18000);
    assert.equal(figure('Notice due'), 1);
    assert.equal(figure('PII without DPA'), 1);
  });

  for (const day of ['2026-11-20', '2026-12-15', '2027-05-15']) {
    it(`flags the same tools as the martech rules on ${day}`, async () => {
      for (const dir of [REFERENCE, SMALL, EXAMPLE]) {
        const workspace = await loadDir(dir, { today: parseDay(day) });
        const { data } = buildReport('martech', workspace);
        const file = (id: string) => data.tools.find((t) => t.id === id)?.file;
        const flagged = (rule: string) => [...new Set(workspace.allFindings().filter((f) => f.rule === rule).map((f) => f.file))].sort();
        const files = (ids: string[]) => [...new Set(ids.map(file))].sort();
        assert.deepEqual(files(data.renewals.filter((r) => r.noticeDue).map((r) => r.tool)), flagged('martech/renewal-due'), `renewals in ${dir}`);
        assert.deepEqual(files(data.overdueReviews.map((r) => r.tool)), flagged('martech/review-overdue'), `reviews in ${dir}`);
        assert.deepEqual(files(data.tools.filter((t) => t.lowUtilisation).map((t) => t.id)), flagged('martech/low-utilization'), `seats in ${dir}`);
        assert.deepEqual(files(data.piiWithoutDpa), flagged('martech/pii-without-dpa'), `pii in ${dir}`);
        assert.deepEqual(files(data.overlaps.flatMap((o) => o.tools)), flagged('martech/overlap'), `overlap in ${dir}`);
        const briefs = workspace.allFindings().filter((f) => f.rule === 'martech/retired-in-use').length;
        assert.equal(data.retiredInUse.reduce((n, r) => n + r.briefs.length, 0), briefs, `retired in use in ${dir}`);
      }
    });
  }
});
