// The spreadsheet road on the shipped fixtures: mops init, then import the roster, the tool inventory, the
// campaign tracker and the UTM sheet, then mops fix, then mops check. It ends clean except what needs a person, and this
// test names exactly which rows those are and why.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Finding } from '../../../src/core';
import { cleanup, runCli } from '../../helpers';
import { trackerCampaigns } from '../../../scripts/spreadsheet-fixtures.mjs';
import { initPlaybook, SPREADSHEETS } from './helpers';

interface JsonRow {
  row: number;
  status: string;
  file: string | null;
  reason: string | null;
  findings: Array<{ rule: string }>;
}

async function importJson(dir: string, kind: string, file: string, ...more: string[]): Promise<{ code: number; rows: JsonRow[] }> {
  const run = await runCli(['import', kind, join(SPREADSHEETS, file), '--format', 'json', ...more], dir);
  assert.equal(run.stderr, '');
  return { code: run.code, rows: (JSON.parse(run.stdout) as { rows: JsonRow[] }).rows };
}

async function check(dir: string): Promise<Finding[]> {
  const run = await runCli(['check', '--format', 'json'], dir);
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

/** `mops fix` over the whole playbook; how many findings it fixed, from its JSON-free report: counted by a check before and after. */
async function fixAll(dir: string): Promise<number> {
  const before = (await check(dir)).length;
  const run = await runCli(['fix'], dir);
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return before - (await check(dir)).length;
}

describe('the spreadsheet road: init, import, fix, check', function () {
  this.timeout(120_000);
  after(cleanup);

  it('ends clean except the rows that need a person, and says which and why', async () => {
    const dir = initPlaybook();
    const people = await importJson(dir, 'people', 'team-roster.csv');
    assert.equal(people.code, 0);
    assert.deepEqual(people.rows.map((r) => `${r.row} ${r.status}`), ['2 unchanged', '3 unchanged', '4 appended', '5 appended', '6 appended', '7 appended', '8 appended', '9 appended', '10 appended', '12 appended']);
    const tools = await importJson(dir, 'tools', 'tool-inventory.xlsx');
    const briefs = await importJson(dir, 'briefs', 'campaign-tracker.csv');
    const links = await importJson(dir, 'links', 'utm-links.csv');
    const fixed = await fixAll(dir);
    const left = await check(dir);

    // Each finding left goes back to the spreadsheet row it came from.
    const sheets: Array<[string, JsonRow[]]> = [['tool-inventory.xlsx', tools.rows], ['campaign-tracker.csv', briefs.rows], ['utm-links.csv', links.rows]];
    const needs: Record<string, string[]> = {};
    const add = (where: string, why: string) => (needs[where] ??= []).push(why);
    for (const [sheet, rows] of sheets) {
      for (const r of rows) {
        if (r.status === 'not-imported') add(`${sheet} row ${r.row}`, `not imported: ${r.reason}`);
        else if (r.reason && r.status !== 'unchanged') add(`${sheet} row ${r.row}`, `not read: ${r.reason}`);
      }
    }
    for (const f of left) {
      const fromLinks = f.file.startsWith('campaigns/') && f.rule.startsWith('utm/');
      const [sheet, rows] = fromLinks ? sheets[2] : f.file.startsWith('martech/') ? sheets[0] : sheets[1];
      const row = rows.find((r) => r.file === f.file && r.status !== 'not-imported');
      add(row ? `${sheet} row ${row.row}` : f.file, `${f.rule}: ${f.message}`);
    }
    // What mops fix repaired: the link pasted with http (row 24 of the UTM sheet).
    assert.equal(fixed, 1);
    const rulesOnly = Object.fromEntries(Object.entries(needs).map(([where, why]) => [where, why.map((w) => w.split(':')[0])]));
    assert.deepEqual(rulesOnly, {
      'budget/fy2027.yaml': ['budget/over-allocation', 'budget/over-allocation'],
      'campaign-tracker.csv row 14': ['ref/unknown-person'],
      'campaign-tracker.csv row 32': ['brief/gate-missing'],
      'campaign-tracker.csv row 33': ['brief/gate-missing', 'brief/gate-missing'],
      'campaign-tracker.csv row 34': ['brief/gate-missing', 'brief/gate-missing', 'brief/gate-missing', 'brief/gate-missing'],
      'campaign-tracker.csv row 89': ['ref/unknown-person'],
      'campaign-tracker.csv row 142': ['schema/required'],
      'campaign-tracker.csv row 143': ['schema/required'],
      'campaign-tracker.csv row 203': ['ref/unknown-program'],
      'campaign-tracker.csv row 204': ['ref/unknown-program'],
      'campaign-tracker.csv row 253': ['brief/tier-channels'],
      'campaign-tracker.csv row 263': ['brief/timeline-order'],
      'campaign-tracker.csv row 273': ['budget/currency-mismatch'],
      'campaign-tracker.csv row 303': ['not imported'],
      'campaign-tracker.csv row 304': ['not imported'],
      'campaign-tracker.csv row 323': ['not read'],
      'campaign-tracker.csv row 333': ['not imported'],
      'campaign-tracker.csv row 404': ['not imported'],
      'tool-inventory.xlsx row 2': ['martech/overlap'],
      'tool-inventory.xlsx row 8': ['martech/renewal-due', 'martech/review-overdue'],
      'tool-inventory.xlsx row 10': ['ref/unknown-person', 'martech/pii-without-dpa'],
      'tool-inventory.xlsx row 11': ['martech/overlap'],
      'tool-inventory.xlsx row 12': ['martech/low-utilization'],
      'utm-links.csv row 21': ['utm/unknown-value'],
      'utm-links.csv row 22': ['utm/source-medium'],
      'utm-links.csv row 23': ['utm/domain'],
      'utm-links.csv row 25': ['not imported'],
      'utm-links.csv row 26': ['not imported'],
      'utm-links.csv row 27': ['not imported'],
    });
    // The tracker's rows that need a person are exactly those the fixture generator seeded.
    const tracker = Object.keys(needs).flatMap((k) => (k.startsWith('campaign-tracker.csv row ') ? [Number(k.split(' ').pop())] : []));
    assert.deepEqual(tracker.sort((a, b) => a - b), Object.keys(trackerCampaigns().seeded).map(Number).sort((a, b) => a - b));
    // Why, in the words a person reads.
    assert.deepEqual(needs['campaign-tracker.csv row 14'], ["ref/unknown-person: 'Chris P.' is not a member of the Team."]);
    assert.deepEqual(needs['campaign-tracker.csv row 303'], ["not imported: no id: its id follows the naming convention's {year}{quarter}-{region}-{channel}-{slug}, and 'Webinar' is not a {channel} of the convention (email, social, search, display, events, content, partner, multi)"]);
    assert.deepEqual(needs['campaign-tracker.csv row 323'], ['not read: Launch Date: "31/02/2027" is not a date when read day first']);
    assert.deepEqual(needs['campaign-tracker.csv row 333'], ["not imported: no id: its id follows the naming convention's {year}{quarter}-{region}-{channel}-{slug}, and the row gives no {region} or {slug} (or add an ID column)"]);
    assert.deepEqual(needs['campaign-tracker.csv row 404'], ['not imported: its id 2027q1-apac-multi-spring-launch-calculator is the id of row 403 too']);
    assert.deepEqual(needs['utm-links.csv row 25'], ['not imported: no brief has the id 2027q1-na-email-spring-launch-webinar-serie (did you mean 2027q1-na-email-spring-launch-webinar-series?); --create-briefs makes a draft brief for it']);
    assert.deepEqual(needs['utm-links.csv row 27'], ['not imported: the same link as row 2']);
    assert.deepEqual(needs['campaign-tracker.csv row 34'].map((w) => w.split("gate is not passed")[0].split("'").at(-2)), ['brief', 'creative', 'review', 'qa']);

    // And again: every record is there already, so nothing changes.
    for (const [kind, file] of [['people', 'team-roster.csv'], ['tools', 'tool-inventory.xlsx'], ['briefs', 'campaign-tracker.csv'], ['links', 'utm-links.csv']]) {
      const again = await importJson(dir, kind, file);
      assert.deepEqual(again.rows.filter((r) => r.status === 'written' || r.status === 'appended'), [], kind);
    }
  });
});
