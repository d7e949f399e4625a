// The spreadsheets shipped in examples/spreadsheets are what scripts/spreadsheet-fixtures.mjs writes: the
// text files byte for byte; the workbook cell for cell (its zip holds the time it was written, so its bytes
// differ from one run to the next), both read through the path `mops import` takes.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSpreadsheet } from '../../../src/cli/import-read';
import { cleanup, tempPlaybook } from '../../helpers';
import { fixtureFiles, trackerCampaigns } from '../../../scripts/spreadsheet-fixtures.mjs';
import { SPREADSHEETS } from './helpers';

describe('the spreadsheet fixtures', () => {
  after(cleanup);

  it('are what the generator writes (run node scripts/spreadsheet-fixtures.mjs after changing it)', async () => {
    const files = await fixtureFiles();
    assert.deepEqual(Object.keys(files).sort(), ['campaign-tracker.csv', 'team-roster.csv', 'tool-inventory.xlsx', 'utm-links.csv']);
    for (const name of ['campaign-tracker.csv', 'team-roster.csv', 'utm-links.csv']) {
      assert.ok(Buffer.compare(readFileSync(join(SPREADSHEETS, name)), files[name]) === 0, `${name} is not what the generator writes`);
    }
    const dir = tempPlaybook({});
    writeFileSync(join(dir, 'fresh.xlsx'), files['tool-inventory.xlsx']);
    for (const sheet of ['Inventory', 'Notes']) {
      const committed = await readSpreadsheet(join(SPREADSHEETS, 'tool-inventory.xlsx'), 'tool-inventory.xlsx', sheet);
      const fresh = await readSpreadsheet(join(dir, 'fresh.xlsx'), 'tool-inventory.xlsx', sheet);
      assert.deepEqual(committed.table, fresh.table, sheet);
    }
  });

  it('are as messy as the README says: 500 campaigns in Excel\'s CSV UTF-8, a 1252 roster, a two-sheet workbook', async () => {
    const tracker = await readSpreadsheet(join(SPREADSHEETS, 'campaign-tracker.csv'), 'campaign-tracker.csv', undefined);
    assert.equal(tracker.how, "UTF-8 (with BOM), ','-separated");
    assert.equal(tracker.table.rows.length, 500);
    assert.equal(tracker.table.blank, 1);
    assert.ok(readFileSync(join(SPREADSHEETS, 'campaign-tracker.csv'), 'latin1').includes('\r\n'));
    assert.ok(tracker.table.rows.some((r) => String(r.cells[15]).includes('\n')), 'a note with a line break');
    assert.equal(Object.keys(trackerCampaigns().seeded).length, 17);
    const roster = await readSpreadsheet(join(SPREADSHEETS, 'team-roster.csv'), 'team-roster.csv', undefined);
    assert.equal(roster.how, "Windows-1252, ';'-separated");
    assert.ok(roster.table.rows.some((r) => r.cells[0] === 'José Müller'));
    const links = await readSpreadsheet(join(SPREADSHEETS, 'utm-links.csv'), 'utm-links.csv', undefined);
    assert.equal(links.how, "UTF-8, ','-separated");
    assert.ok(links.table.rows.some((r) => /fbclid=.*/.test(String(r.cells[5])) && /UTM_Source/.test(String(r.cells[5]))));
    const tools = await readSpreadsheet(join(SPREADSHEETS, 'tool-inventory.xlsx'), 'tool-inventory.xlsx', undefined);
    assert.equal(tools.how, "sheet 'Inventory' (the first of 2: --sheet NAME reads another)");
    assert.ok(tools.table.rows.some((r) => r.cells[8] instanceof Date));
    assert.ok(tools.table.rows.some((r) => r.cells[8] === 46568));
  });
});
