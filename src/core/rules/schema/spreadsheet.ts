// Fixes for what a spreadsheet leaves in a hand-edited file: `"$12,000"` for an amount, `35%` for a share, an
// Excel serial number for a date, `02/05/2027` (a choice of two dates), `In Progress` for a status. Read by the
// same functions `mops import` uses, so a value reads the same way in both.

import type { DocumentRuleContext } from '../../engine/rule';
import { readDate } from '../../import/dates';
import { dictionaryOf, guessValue } from '../../import/dictionaries';
import { readBoolean, readInteger, readMoney, readShare } from '../../import/values';
import type { Kind } from '../../model/kinds';
import type { DataPath } from '../../model/locate';
import type { Fix } from '../../model/types';
import { schemaAt } from '../../schema/lookup';
import { parseDay } from '../../text/dates';
import type { SchemaIssue } from '../../schema/validate';

function valueAt(data: unknown, path: DataPath): unknown {
  let at = data;
  for (const segment of path) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[segment] : undefined;
  return at;
}

/** A fix writing `text` as it is (a number, a date, a word: no quotes) over the value at `path`. */
function rawFix(ctx: DocumentRuleContext, path: DataPath, text: string, title: string, choice = false): Fix | undefined {
  const range = ctx.rangeOf(path, 'value');
  return range ? { title, edits: [{ range, newText: text }], ...(choice ? { choice } : {}) } : undefined;
}

const quoted = (value: unknown) => (typeof value === 'string' ? `'${value}'` : String(value));

/** A number where text was written: an amount, a share, a whole number, read as a spreadsheet writes them. */
function numberFixes(ctx: DocumentRuleContext, path: DataPath, schema: Record<string, unknown>, value: string): Fix[] {
  let read: { ok: true; value: number } | { ok: false } | undefined;
  if (schema.minimum === 0 && schema.maximum === 1) read = readShare(value);
  else if (schema.type === 'integer') read = readInteger(value);
  else {
    const money = readMoney(value);
    read = money.ok ? { ok: true, value: money.value.amount } : { ok: false };
  }
  if (!read.ok) return [];
  const fix = rawFix(ctx, path, String(read.value), `Change to ${read.value} (read from ${quoted(value)})`);
  return fix ? [fix] : [];
}

/** A date: from an Excel serial number, or from day/month text (two fixes to choose from when either order reads). */
function dateFixes(ctx: DocumentRuleContext, path: DataPath, value: string | number): Fix[] {
  const read = readDate(value);
  if (read.ok === true) {
    const fix = rawFix(ctx, path, read.day, `Change to ${read.day}${read.why ? ` (${read.why})` : ''}`);
    return fix ? [fix] : [];
  }
  if (read.ok !== 'ambiguous') return [];
  const day = (d: number, m: number) => `${read.year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // Only real days: 11/18/2026 reads one way alone, and is no choice.
  const readings = [
    { text: day(read.a, read.b), order: 'day first' },
    { text: day(read.b, read.a), order: 'month first' },
  ].filter((r) => parseDay(r.text) !== undefined);
  const choice = readings.length > 1;
  return readings.map((r) => rawFix(ctx, path, r.text, `Change to ${r.text} (${r.order}: ${read.text})`, choice)).filter((f): f is Fix => f !== undefined);
}

/** A status written as a tracker writes it (`In Progress`, `Done`): the value it stands for. */
function statusFix(ctx: DocumentRuleContext, kind: Kind, path: DataPath, value: string, spelling: string | undefined): Fix[] {
  if (path.length !== 1 || path[0] !== 'status' || (kind !== 'Brief' && kind !== 'Tool')) return [];
  const guess = guessValue(value, dictionaryOf(ctx.index, kind === 'Brief' ? 'brief-status' : 'tool-status'));
  // A misspelling ('actve') gets the plain fix of the nearest spelling; a tracker's word ('In Progress') gets this one.
  const fix = guess && guess.value !== value && guess.value !== spelling ? rawFix(ctx, path, guess.value, `Change to '${guess.value}' (for ${quoted(value)})`) : undefined;
  return fix ? [fix] : [];
}

/** The fixes a spreadsheet's leftover gets, for a schema issue on it; none for anything else. */
export function spreadsheetFixes(ctx: DocumentRuleContext, kind: Kind, issue: SchemaIssue): Fix[] {
  if (issue.place !== 'value') return [];
  const schema = schemaAt(kind, issue.path) as Record<string, unknown> | undefined;
  const value = valueAt(ctx.data, issue.path);
  if (!schema) return [];
  if (issue.rule === 'schema/type') {
    if ((schema.type === 'number' || schema.type === 'integer') && typeof value === 'string') return numberFixes(ctx, issue.path, schema, value);
    if (schema.format === 'date' && typeof value === 'number') return dateFixes(ctx, issue.path, value);
    if (schema.type === 'boolean' && typeof value === 'string') {
      const read = readBoolean(value);
      const fix = read.ok ? rawFix(ctx, issue.path, String(read.value), `Change to ${read.value} (read from ${quoted(value)})`) : undefined;
      return fix ? [fix] : [];
    }
  }
  if (issue.rule === 'schema/format' && schema.format === 'date' && typeof value === 'string') return dateFixes(ctx, issue.path, value);
  if (issue.rule === 'schema/enum' && typeof value === 'string') return statusFix(ctx, kind, issue.path, value, issue.suggestion);
  return [];
}
