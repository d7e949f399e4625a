// Reads a spreadsheet file into the core's table of cells: CSV through papaparse (any delimiter, quoted
// fields across lines), after decoding the bytes as spreadsheet apps write them (UTF-8 with or without its
// byte-order mark, UTF-16 as Excel's "Unicode Text", Windows-1252 as Excel's plain CSV on Windows);
// .xlsx through read-excel-file (a named sheet, or the first).

import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { tableOf, type Cell, type Table } from '../core/import';
import { UsageError } from './io';

/** Larger spreadsheets are not read: a tracker of 10,000 rows is a few MB. */
export const MAX_SPREADSHEET_BYTES = 100 * 1024 * 1024;

const TEXT_TYPES = ['.csv', '.tsv', '.txt', '.tab'];

export interface ReadSpreadsheet {
  table: Table;
  /** How it was read, for the report: `UTF-8 (with BOM), ';'-separated` or `sheet "Inventory"`. */
  how: string;
}

/** The encoding of a text export, and its text. TextDecoder (WHATWG Encoding, in Node) does the decoding. */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: string } {
  const decode = (label: string, from: number, fatal = false) => new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes.subarray(from));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', 3), encoding: 'UTF-8 (with BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', 2), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', 2), encoding: 'UTF-16BE' };
  // UTF-16 without its mark: ASCII text then has a zero in every other byte.
  const head = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  head.forEach((b, i) => b === 0 && (i % 2 === 0 ? evenZeros++ : oddZeros++));
  if (oddZeros > head.length / 4 && evenZeros === 0) return { text: decode('utf-16le', 0), encoding: 'UTF-16LE (no BOM)' };
  if (evenZeros > head.length / 4 && oddZeros === 0) return { text: decode('utf-16be', 0), encoding: 'UTF-16BE (no BOM)' };
  try {
    return { text: decode('utf-8', 0, true), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Excel's "CSV (Comma delimited)" writes the Windows code page, 1252 in Western Europe and the Americas.
    return { text: decode('windows-1252', 0), encoding: 'Windows-1252' };
  }
}

function readDelimited(bytes: Uint8Array, file: string): ReadSpreadsheet {
  const { text, encoding } = decodeSpreadsheet(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (unclosed) {
    const row = unclosed.row === undefined ? '' : ` (row ${unclosed.row + 1})`;
    throw new UsageError(`${file}: a quoted field${row} is never closed, so the rest of the file would be read as one cell. Check the quotes there, or export the sheet again.`);
  }
  const delimiter = parsed.meta.delimiter === '\t' ? 'tab' : `'${parsed.meta.delimiter}'`;
  return { table: tableOf(basename(file), parsed.data as Cell[][]), how: `${encoding}, ${delimiter}-separated` };
}

async function readWorkbook(bytes: Buffer, file: string, sheet: string | undefined): Promise<ReadSpreadsheet> {
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    sheets = (await readXlsxFile(bytes, { trim: false })) as unknown as Array<{ sheet: string; data: unknown[][] }>;
  } catch (error) {
    throw new UsageError(`${file} could not be read as an .xlsx workbook (${(error as Error).message}). Save it again from the spreadsheet app as .xlsx, or export the sheet as CSV.`);
  }
  const names = sheets.map((s) => s.sheet);
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet) ?? sheets.find((s) => s.sheet.toLowerCase() === sheet.trim().toLowerCase());
  if (!chosen) {
    throw new UsageError(sheet === undefined ? `${file} has no sheet.` : `${file} has no sheet named '${sheet}'; its sheets are: ${names.map((n) => `'${n}'`).join(', ')}.`);
  }
  const others = sheet === undefined && names.length > 1 ? ` (the first of ${names.length}: --sheet NAME reads another)` : '';
  return { table: tableOf(basename(file), chosen.data as Cell[][]), how: `sheet '${chosen.sheet}'${others}` };
}

/** The table of a .csv, .tsv, .txt or .xlsx file; a UsageError for anything else. */
export async function readSpreadsheet(path: string, shownAs: string, sheet: string | undefined): Promise<ReadSpreadsheet> {
  const ext = extname(path).toLowerCase();
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new UsageError(`No such file: ${shownAs}`);
  if (stat.size > MAX_SPREADSHEET_BYTES) throw new UsageError(`${shownAs} is ${Math.round(stat.size / 1048576)} MB; mops import reads spreadsheets up to ${MAX_SPREADSHEET_BYTES / 1048576} MB. Split it, or export only the rows to import.`);
  if (ext === '.xlsx' || ext === '.xlsm') return readWorkbook(readFileSync(path), shownAs, sheet);
  if (['.xls', '.ods', '.numbers', '.xlsb'].includes(ext)) {
    throw new UsageError(`${shownAs}: mops import reads .xlsx workbooks and CSV; save this ${ext} file as .xlsx (or export the sheet as CSV) first.`);
  }
  if (sheet !== undefined) throw new UsageError(`--sheet is for .xlsx workbooks; ${shownAs} is a text file with one table.`);
  if (!TEXT_TYPES.includes(ext)) throw new UsageError(`${shownAs}: mops import reads .csv, .tsv, .txt and .xlsx files.`);
  return readDelimited(readFileSync(path), shownAs);
}
