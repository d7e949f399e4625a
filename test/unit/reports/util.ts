// Shared helpers of the report tests: the fixture playbooks, building a report from a folder, and an RFC 4180 reader.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildReport, parseDay, type Report, type ReportName } from '../../../src/core';
import { FIXTURES, loadDir } from '../../helpers';

/** A small playbook whose figures the tests compute by hand (see the comments next to each expectation). */
export const SMALL = join(FIXTURES, 'reports', 'small');
/** Hostile strings in every printed field. */
export const PAYLOAD = join(FIXTURES, 'reports', 'payload');

export async function reportOf<N extends ReportName>(name: N, dir: string, today?: string): Promise<Report<N>> {
  const workspace = await loadDir(dir);
  return buildReport(name, workspace, today === undefined ? {} : { today: parseDay(today) });
}

/**
 * Reads CSV as RFC 4180 says: fields separated by commas, records by CRLF, a quoted field may hold
 * commas, CR, LF and doubled quotes. Throws on a stray quote, so a broken writer cannot pass.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`character after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i}: records end with CRLF`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

/** The cells of a Markdown table row, split on pipes that are not escaped. */
export function mdCells(row: string): string[] {
  assert.ok(row.startsWith('| ') && row.endsWith(' |'), `a table row: ${row}`);
  return row.slice(1, -1).split(/(?<!\\)\|/);
}

/** Markdown tables: runs of lines starting with `|`, outside fenced code. */
export function mdTables(md: string): string[][] {
  const tables: string[][] = [];
  let fenced = false;
  let current: string[] | undefined;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && line.startsWith('|')) {
      if (!current) tables.push((current = []));
      current.push(line);
    } else current = undefined;
  }
  return tables;
}
