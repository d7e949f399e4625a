// The calendar report: live windows per week or month, clashes and blackouts equal to what the calendar rules report,
// every format, and an iCalendar file read back by ical.js.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { buildReport, parseDay, renderCalendarIcs, renderReport } from '../../../src/core';
import { cleanup, FIXTURES, loadDir, REFERENCE, runCli } from '../../helpers';
import { parseCsv } from './util';

const DIR = join(FIXTURES, 'reports', 'calendar');
const ALPHA_TITLE = 'Alpha — Ünïcödé launch; with, punctuation \\ and a title long enough to be folded over 75 octets';

async function calendar(from = '2027-01-11', to = '2027-01-31', by: 'week' | 'month' = 'week') {
  const workspace = await loadDir(DIR);
  return { workspace, report: buildReport('calendar', workspace, { calendar: { from: parseDay(from), to: parseDay(to), by } }) };
}

describe('calendar report', () => {
  afterEach(cleanup);

  it('hand-computed: briefs live in the range, by launch, with their clashes and blackout hits', async () => {
    const { data } = (await calendar()).report;
    // Cancelled epsilon, zeta without a launch and eta (ended 2026-12-20) are not in 11–31 Jan.
    assert.deepEqual(
      data.briefs.map((b) => [b.id, b.launch, b.end, b.liveDays, b.region, b.channels.join('+'), b.segment, b.status]),
      [
        ['2027q1-na-email-alpha', '2027-01-12', '2027-01-20', 9, 'na', 'email', 'customers-na', 'active'],
        // No end: the launch day alone.
        ['2027q1-emea-email-gamma', '2027-01-14', '2027-01-14', 1, 'emea', 'email', 'prospects-emea', 'active'],
        ['2027q1-na-email-beta', '2027-01-18', '2027-01-25', 8, 'na', 'email+social', 'customers-na', 'active'],
        ['2027q1-global-content-delta', '2027-01-26', '2027-02-05', 11, 'global', 'content', 'leaders', 'on-hold'],
      ],
    );
    const clashes = Object.fromEntries(data.briefs.map((b) => [b.id, b.clashes.map((c) => `${c.kind}:${c.on}:${c.with.join('+')}:${c.from}..${c.to}:${c.launches}/${c.limit}`)]));
    assert.deepEqual(clashes, {
      // alpha and beta, both to customers-na, overlap on 18–20 Jan; e-mail launches on 12, 14 and 18 Jan are 3 in 7 days, the limit 2.
      '2027q1-na-email-alpha': ['segment:customers-na:2027q1-na-email-beta:2027-01-18..2027-01-20:null/null', 'channel:email:2027q1-emea-email-gamma+2027q1-na-email-beta:2027-01-12..2027-01-18:3/2'],
      '2027q1-emea-email-gamma': ['channel:email:2027q1-na-email-alpha+2027q1-na-email-beta:2027-01-12..2027-01-18:3/2'],
      '2027q1-na-email-beta': ['segment:customers-na:2027q1-na-email-alpha:2027-01-18..2027-01-20:null/null', 'channel:email:2027q1-na-email-alpha+2027q1-emea-email-gamma:2027-01-12..2027-01-18:3/2'],
      '2027q1-global-content-delta': [],
    });
    const hits = Object.fromEntries(data.briefs.map((b) => [b.id, b.blackouts.map((h) => `${h.reason}:${h.from}..${h.to}`)]));
    assert.deepEqual(hits, {
      // MLK Day is a launch freeze: alpha is live through it but launched before.
      '2027q1-na-email-alpha': [],
      '2027q1-emea-email-gamma': ['EMEA quiet day:2027-01-14..2027-01-14'],
      '2027q1-na-email-beta': ['Martin Luther King Jr. Day:2027-01-18..2027-01-18'],
      // A global campaign; the migration has no regions anyway: 30 Jan – 1 Feb.
      '2027q1-global-content-delta': ['Platform migration, phase 2:2027-01-30..2027-02-01'],
    });
    assert.deepEqual(data.totals, { live: 4, launches: 4, clashing: 3, inBlackout: 3, blackouts: 3 });
    assert.deepEqual(
      data.periods.map((p) => [p.key, p.from, p.to, p.launches.length, p.live.length, p.blackouts.join('+')]),
      [
        ['2027-W02', '2027-01-11', '2027-01-17', 2, 2, 'EMEA quiet day'],
        ['2027-W03', '2027-01-18', '2027-01-24', 1, 2, 'Martin Luther King Jr. Day'],
        ['2027-W04', '2027-01-25', '2027-01-31', 1, 2, 'Platform migration, phase 2'],
      ],
    );
    assert.deepEqual(data.blackouts.map((b) => [b.reason, b.briefs]), [
      ['EMEA quiet day', ['2027q1-emea-email-gamma']],
      ['Martin Luther King Jr. Day', ['2027q1-na-email-beta']],
      ['Platform migration, phase 2', ['2027q1-global-content-delta']],
    ]);
  });

  it('the rules flag what the report flags, on active briefs only (delta is on hold)', async () => {
    const { workspace } = await calendar();
    const found = workspace
      .allFindings()
      .filter((f) => f.rule.startsWith('calendar/'))
      .map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}`)
      .sort();
    assert.deepEqual(found, [
      // alpha: audience.segment (line 8) and the e-mail channel (line 9).
      'briefs/alpha.yaml:8:calendar/clash',
      'briefs/alpha.yaml:9:calendar/clash',
      // beta: segment (6), e-mail (7), and its launch (9) in the MLK Day launch freeze.
      'briefs/beta.yaml:6:calendar/clash',
      'briefs/beta.yaml:7:calendar/clash',
      'briefs/beta.yaml:9:calendar/blackout',
      // gamma: its launch (10) on the EMEA quiet day, e-mail (8).
      'briefs/gamma.yaml:10:calendar/blackout',
      'briefs/gamma.yaml:8:calendar/clash',
    ]);
  });

  it('by month, and the default range: the month holding today and two more', async () => {
    const { data } = (await calendar('2027-01-01', '2027-02-28', 'month')).report;
    assert.deepEqual(data.periods.map((p) => [p.label, p.launches.length, p.live.length]), [['January 2027', 4, 4], ['February 2027', 0, 1]]);
    const workspace = await loadDir(DIR);
    const fallback = buildReport('calendar', workspace, { calendar: { by: 'month' } }).data;
    assert.deepEqual([fallback.from, fallback.to], ['2027-01-01', '2027-03-31']);
    // Weeks: the Monday of today's week (Wed 13 Jan), 13 weeks.
    const weeks = buildReport('calendar', workspace).data;
    assert.deepEqual([weeks.from, weeks.to, weeks.periods.length], ['2027-01-11', '2027-04-11', 13]);
  });

  it('every format shows the same figures', async () => {
    const { report } = await calendar();
    const md = renderReport(report, 'md');
    assert.match(md, /### Week 2, 11 Jan – 17 Jan 2027\n\n2 launching, 2 live; blackout: EMEA quiet day\./);
    assert.match(md, /```mermaid\ngantt\n/);
    assert.match(md, /\| 2027q1-na-email-beta \| 2027-01-18 \| 2027-01-25 \| 8 \| na \| email, social \| customers-na \| active \| 🟡/);
    const html = renderReport(report, 'html');
    assert.ok(!/<script/i.test(html));
    assert.equal((html.match(/<svg /g) ?? []).length, 1);
    // A bar per brief, a band per blackout, each with its tooltip.
    assert.equal((html.match(/<rect [^>]*rx="3"/g) ?? []).length, 4);
    assert.match(html, /<title>Blackout: Platform migration, phase 2 \(2027-01-30 to 2027-02-01\)<\/title>/);
    const csv = parseCsv(renderReport(report, 'csv'));
    assert.deepEqual(csv[0], ['Brief', 'Title', 'Launch', 'End', 'Live days', 'Region', 'Channels', 'Segment', 'Status', 'Owner', 'Clashes', 'Blackouts', 'File']);
    assert.deepEqual(csv.slice(1).map((r) => [r[0], r[4], r[11]]), [
      ['2027q1-na-email-alpha', '9', ''],
      ['2027q1-emea-email-gamma', '1', 'EMEA quiet day (2027-01-14)'],
      ['2027q1-na-email-beta', '8', 'Martin Luther King Jr. Day (2027-01-18)'],
      ['2027q1-global-content-delta', '11', 'Platform migration, phase 2 (2027-01-30 to 2027-02-01)'],
    ]);
    const json = JSON.parse(renderReport(report, 'json'));
    assert.deepEqual(json.data.totals, report.data.totals);
  });

  it('ics: ical.js reads back one all-day event per live window and launch, and one per blackout', async () => {
    const { report } = await calendar();
    const text = renderCalendarIcs(report);
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line over 75 octets: ${line}`);
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    const root = new ICAL.Component(ICAL.parse(text));
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, 4 * 2 + 3);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const alpha = byUid.get('2027q1-na-email-alpha-live@mops')!;
    // Escaped and folded on the way out, the same text on the way in.
    assert.equal(alpha.summary, `⚠ ${ALPHA_TITLE}`);
    assert.ok(alpha.startDate.isDate);
    assert.equal(alpha.startDate.toString(), '2027-01-12');
    // DTEND is exclusive: the day after the last day live.
    assert.equal(alpha.endDate.toString(), '2027-01-21');
    assert.match(alpha.description, /\nClash: segment customers-na with 2027q1-na-email-beta/);
    const launch = byUid.get('2027q1-na-email-beta-launch@mops')!;
    assert.deepEqual([launch.summary, launch.startDate.toString(), launch.endDate.toString()], ['Launch: Beta', '2027-01-18', '2027-01-19']);
    const migration = events.find((e) => e.summary === 'Blackout: Platform migration, phase 2')!;
    assert.deepEqual([migration.startDate.toString(), migration.endDate.toString(), migration.uid], ['2027-01-30', '2027-02-02', 'blackout-20270130-20270201-platform%20migration%2c%20phase%202@mops']);
    assert.deepEqual(root.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString(), '2027-01-13T00:00:00Z');
    // The same playbook gives the same file: UIDs and stamps do not move.
    assert.equal(renderCalendarIcs((await calendar()).report), text);
  });

  it('the CLI: --format ics for the calendar only, --from/--to/--by checked; the reference playbook has no calendar section', async () => {
    const ics = await runCli(['report', 'calendar', DIR, '--from', '2027-01-11', '--to', '2027-01-31', '--format', 'ics']);
    assert.equal(ics.code, 0);
    assert.match(ics.stdout, /^BEGIN:VCALENDAR\r\n/);
    const refused = await runCli(['report', 'budget', DIR, '--format', 'ics']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--format ics is for the calendar report only: mops report calendar --format ics\. The budget report has md, html, csv and json\./);
    const bad = await runCli(['report', 'calendar', DIR, '--from', '2027-02-01', '--to', '2027-01-01']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--to \(2027-01-01\) is before --from \(2027-02-01\)/);
    assert.equal((await runCli(['report', 'calendar', DIR, '--by', 'day'])).code, 2);
    assert.equal((await runCli(['report', 'utm', DIR, '--from', '2027-01-01'])).code, 2);
    const reference = await runCli(['report', 'calendar', REFERENCE, '--format', 'json']);
    const data = JSON.parse(reference.stdout).data;
    assert.equal(data.configured, false);
    assert.deepEqual(data.totals, { live: 3, launches: 3, clashing: 0, inBlackout: 0, blackouts: 0 });
  });
});
