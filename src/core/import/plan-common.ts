// What every kind of import shares when it plans its files: where the playbook keeps a kind, which
// records are already there, and the row outcomes.

import type { Kind } from '../model/kinds';
import { rec, str } from '../model/readers';
import type { ImportContext } from './context';
import type { Note, PlannedFile, RowOutcome, RowValues } from './types';

export interface PlanInput {
  ctx: ImportContext;
  rows: RowValues[];
  source: string;
  /** Whether a path (playbook-relative) holds a file on disk, whatever it is. */
  exists(path: string): boolean;
  createBriefs?: boolean;
}

/** The folder most documents of a kind are in (`campaigns`), or the default for a playbook with none. */
export function folderOf(ctx: ImportContext, kind: Kind, fallback: string): string {
  const counts = new Map<string, number>();
  for (const doc of ctx.index.all(kind)) {
    const folder = doc.path.includes('/') ? doc.path.slice(0, doc.path.lastIndexOf('/')) : '';
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : fallback;
}

export const joinPath = (folder: string, name: string) => (folder === '' ? name : `${folder}/${name}`);

/** The playbook's currency: its first Budget's. */
export function playbookCurrency(ctx: ImportContext): string | undefined {
  for (const doc of ctx.index.all('Budget')) {
    const currency = str(rec(doc.value).currency);
    if (currency) return currency;
  }
  return undefined;
}

export const notImported = (row: RowValues, reason: string, notes: Note[] = row.notes): RowOutcome => ({ line: row.line, status: 'not-imported', notes, reason });

/** The notes of a row, with the columns whose spaces were trimmed as one note. */
export function rowNotes(row: RowValues): Note[] {
  return row.trimmed.length > 0 ? [...row.notes, { column: row.trimmed.join(', '), from: '', to: '', why: 'spaces around the value removed' }] : row.notes;
}

/** Rows that hold nothing in the columns imported are listed, never dropped. */
export function emptyRow(row: RowValues): boolean {
  return row.values.size === 0 && row.problems.length === 0;
}

/** The record of a new file: a fresh path for it, or why there is none. */
export function newFile(files: Map<string, PlannedFile>, input: PlanInput, path: string): string | undefined {
  if (files.has(path)) return `${path} is written by an earlier row`;
  if (input.exists(path)) return `${path} is already there (and holds something else); mops import never writes over a file`;
  return undefined;
}
