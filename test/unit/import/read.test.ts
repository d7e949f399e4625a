// Reading spreadsheets as apps export them: CSV in any delimiter and encoding, quoted fields across lines,
// and .xlsx workbooks (the first sheet or a named one), through the same path `mops import` takes.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { decodeSpreadsheet, readSpreadsheet } from '../../../src/cli/import-read';
import { UsageError } from '../../../src/cli/io';
import { cleanup, tempPlaybook } from '../../helpers';

const TEXT = 'Name;Title;Notes\r\nJosé Müller;"Director; Demand";"two\r\nlines, and ""quotes"""\r\nZoë Brennan;Designer;\r\n';
const EXPECTED = [
  ['José Müller', 'Director; Demand', 'two\r\nlines, and "quotes"'],
  ['Zoë Brennan', 'Designer', ''],
];

async function table(name: string, bytes: Uint8Array, sheet?: string) {
  const dir = tempPlaybook({ [name]: bytes });
  return readSpreadsheet(join(dir, name), name, sheet);
}

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

describe('import: reading spreadsheets', () => {
  after(cleanup);

  const encodings: Array<[string, Uint8Array, string]> = [
    ['UTF-8 with its BOM (Excel "CSV UTF-8")', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'UTF-8 (with BOM)'],
    ['UTF-8 without a BOM (Google Sheets, Numbers)', Buffer.from(TEXT), 'UTF-8'],
    ['Windows-1252 (Excel "CSV" on Windows)', Buffer.from(TEXT, 'latin1'), 'Windows-1252'],
    ['UTF-16LE with its BOM (Excel "Unicode Text")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'UTF-16LE'],
    ['UTF-16BE with its BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'UTF-16BE'],
    ['UTF-16LE without a BOM', Buffer.from(TEXT, 'utf16le'), 'UTF-16LE (no BOM)'],
  ];
  for (const [what, bytes, encoding] of encodings) {
    it(`reads ${what}`, async () => {
      assert.equal(decodeSpreadsheet(bytes).encoding, encoding);
      const { table: t, how } = await table('roster.csv', bytes);
      assert.equal(how, `${encoding}, ';'-separated`);
      assert.deepEqual(t.headers, ['Name', 'Title', 'Notes']);
      assert.deepEqual(t.rows.map((r) => r.cells), EXPECTED);
      assert.deepEqual(t.rows.map((r) => r.line), [2, 3]);
    });
  }

  for (const [delimiter, shown] of [[',', "','"], ['\t', 'tab'], ['|', "'|'"]] as const) {
    it(`finds the delimiter ${shown} by itself`, async () => {
      const text = `a${delimiter}b${delimiter}c\n1${delimiter}"x${delimiter}y"${delimiter}3\n`;
      const { table: t, how } = await table('t.tsv', Buffer.from(text));
      assert.equal(how, `UTF-8, ${shown}-separated`);
      assert.deepEqual(t.rows[0].cells, ['1', `x${delimiter}y`, '3']);
    });
  }

  it('counts a spreadsheet row per record, whatever line breaks a quoted cell holds; skips and counts blank rows', async () => {
    const { table: t } = await table('t.csv', Buffer.from('a,b\n"1\n2\n3",x\n,\n4,y\n'));
    assert.deepEqual(
      t.rows.map((r) => [r.line, r.cells[0]]),
      [
        [2, '1\n2\n3'],
        [4, '4'],
      ],
    );
    assert.equal(t.blank, 1);
  });

  it('refuses a quote that never closes, naming the row', async () => {
    await assert.rejects(table('t.csv', Buffer.from('a,b\n1,2\n"3,4\n5,6\n')), (e: Error) => e instanceof UsageError && /a quoted field \(row 3\) is never closed/.test(e.message));
  });

  it('reads the first sheet of a workbook, or the one named, with its numbers, booleans and dates as cells', async () => {
    const bytes = await writeExcelFile([
      { sheet: 'Notes', data: [[{ value: 'read me' }]] },
      {
        sheet: 'Tools',
        data: [
          [{ value: 'Tool' }, { value: 'Cost' }, { value: 'Renewal' }, { value: 'PII' }],
          [{ value: 'Canva ' }, { value: 1080, type: Number }, { value: new Date(Date.UTC(2027, 5, 30)), type: Date, format: 'dd/mm/yyyy' }, { value: true, type: Boolean }],
        ],
      },
    ]).toBuffer();
    const first = await table('w.xlsx', bytes);
    assert.equal(first.how, "sheet 'Notes' (the first of 2: --sheet NAME reads another)");
    const named = await table('w.xlsx', bytes, 'tools');
    assert.equal(named.how, "sheet 'Tools'");
    assert.deepEqual(named.table.headers, ['Tool', 'Cost', 'Renewal', 'PII']);
    assert.deepEqual(named.table.rows[0].cells, ['Canva ', 1080, new Date(Date.UTC(2027, 5, 30)), true]);
    await assert.rejects(table('w.xlsx', bytes, 'Inventory'), /w\.xlsx has no sheet named 'Inventory'; its sheets are: 'Notes', 'Tools'\./);
  });

  it('refuses files it cannot read, saying what to do', async () => {
    await assert.rejects(table('t.xls', Buffer.from('x')), /save this \.xls file as \.xlsx \(or export the sheet as CSV\) first/);
    await assert.rejects(table('t.xlsx', Buffer.from('not a zip')), /t\.xlsx could not be read as an \.xlsx workbook/);
    await assert.rejects(table('t.pdf', Buffer.from('x')), /reads \.csv, \.tsv, \.txt and \.xlsx files/);
    await assert.rejects(table('t.csv', Buffer.from('a\n'), 'Sheet1'), /--sheet is for \.xlsx workbooks/);
    const dir = tempPlaybook({});
    writeFileSync(join(dir, 'x.csv'), '');
    await assert.rejects(readSpreadsheet(join(dir, 'nope.csv'), 'nope.csv', undefined), /No such file: nope\.csv/);
  });
});
