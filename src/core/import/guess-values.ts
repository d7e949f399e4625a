// Fills a mapping's value tables: each spreadsheet value of a dictionary or person column, once, with the
// playbook value it stands for (or ~ when none fits), unless the mapping already says.

import { workflowOf } from '../domain/workflow';
import type { ImportContext } from './context';
import { guessValue } from './dictionaries';
import { fieldSpec, type FieldSpec } from './fields';
import type { Mapping } from './mapping';
import { trimCell } from './text';
import { readText } from './values';
import type { Table } from './types';

/** A list cell's items: `Email; Webinar`, `email, social`, one per line. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;|\n/]+/)
    .map((s) => trimCell(s))
    .filter((s) => s !== '');
}

/** What guessValue and the Team say a value is, as the mapping's value table writes it. */
function guess(spec: FieldSpec, raw: string, ctx: ImportContext): string | null | undefined {
  if (spec.type === 'person') {
    const match = ctx.person(raw);
    if (match && 'id' in match) return match.id === raw ? undefined : match.id;
    return null;
  }
  if (spec.type !== 'dictionary' || !spec.dictionary) return undefined;
  const dictionary = ctx.dictionary(spec.dictionary);
  if (dictionary.values.includes(raw)) return undefined;
  // A dictionary the playbook leaves empty (no regions in the convention) has nothing to translate to.
  if (dictionary.values.length === 0 && !dictionary.open) return undefined;
  return guessValue(raw, dictionary)?.value ?? null;
}

export function guessValues(mapping: Mapping, table: Table, ctx: ImportContext): void {
  mapping.columns.forEach((column, i) => {
    const spec = column.field === null ? undefined : fieldSpec(mapping.kind, column.field);
    if (!spec || (spec.type !== 'person' && spec.type !== 'dictionary')) return;
    const values = (mapping.values[spec.field] ??= {});
    for (const row of table.rows) {
      const text = trimCell(readText(row.cells[i]));
      if (text === '') continue;
      for (const raw of spec.list ? splitList(text) : [text]) {
        if (raw in values) continue;
        const value = guess(spec, raw, ctx);
        if (value !== undefined && value !== raw) values[raw] = value;
      }
    }
    if (Object.keys(values).length === 0) delete mapping.values[spec.field];
  });
}

/**
 * Values every row gets for a required field no column gives, when the playbook settles them: a brief's
 * workflow (the playbook's only one, or `campaign`) and its stage (that workflow's first).
 */
export function guessDefaults(mapping: Mapping, ctx: ImportContext): void {
  if (mapping.kind !== 'briefs') return;
  const has = (field: string) => mapping.columns.some((c) => c.field === field) || field in mapping.defaults;
  const workflows = ctx.index.all('Workflow').filter((d) => typeof d.id === 'string');
  if (!has('workflow')) {
    const only = workflows.length === 1 ? workflows[0] : workflows.find((d) => d.id === 'campaign');
    if (only?.id) mapping.defaults.workflow = only.id;
  }
  if (!has('stage') && mapping.defaults.workflow !== undefined && !mapping.columns.some((c) => c.field === 'workflow')) {
    const first = workflowOf(ctx.index, mapping.defaults.workflow)?.stages[0]?.id;
    if (first) mapping.defaults.stage = first;
  }
}
