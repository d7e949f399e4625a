// Renders a report's main table as CSV (RFC 4180), safe to open in a spreadsheet: no formula runs from a cell.

import { cellValue, type ReportDocument } from '../model';

/** A cell that a spreadsheet would read as a formula gets a leading apostrophe, so it stays text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: numbers as plain digits, text quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every column of the main table, CSV-only ones included; records end with CRLF. */
export function renderCsv(doc: ReportDocument): string {
  const { columns, rows } = doc.main;
  const lines = [columns.map((c) => csvField(c.label)), ...rows.map((row) => columns.map((_, i) => csvField(cellValue(row[i] ?? null))))];
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}
