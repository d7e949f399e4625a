// A sheet's rows of cells as a table: the first row with something in it is the header; empty rows go,
// every other row keeps the number the spreadsheet app shows for it.

import { readText } from './values';
import { trimCell } from './text';
import type { Cell, Table } from './types';

const blank = (cell: Cell) => cell === null || cell === undefined || (typeof cell === 'string' && trimCell(cell) === '');

/** `rows[i]` is the spreadsheet's row i + 1 (CSV records count as rows, whatever line breaks their cells hold). */
export function tableOf(source: string, rows: Cell[][]): Table {
  const headerAt = rows.findIndex((r) => r.some((c) => !blank(c)));
  if (headerAt === -1) return { source, headers: [], rows: [], blank: 0 };
  const header = rows[headerAt];
  let width = header.length;
  while (width > 0 && blank(header[width - 1])) width--;
  // Two columns with one header would make one mapping key: the second is told apart by its number.
  const seen = new Map<string, number>();
  const headers = header.slice(0, width).map((cell, i) => {
    const name = trimCell(readText(cell)).replace(/\s+/g, ' ') || `Column ${i + 1}`;
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    return count === 1 ? name : `${name} (${count})`;
  });
  const after = rows.slice(headerAt + 1);
  // A CSV's last line break leaves one empty record behind it: that is no blank row of the sheet.
  const trailing = after.length > 0 && after[after.length - 1].length <= 1 && blank(after[after.length - 1][0]) ? 1 : 0;
  const body = after.flatMap((cells, i) => (cells.some((c) => !blank(c)) ? [{ line: headerAt + i + 2, cells }] : []));
  return { source, headers, rows: body, blank: after.length - trailing - body.length };
}
