// The mapping from a spreadsheet's columns to a kind's fields, and from its values to the playbook's:
// guessed from the headers and the playbook, or read from a file the user edited; and written back out.

import { parse } from 'yaml';
import { isRecord } from '../model/readers';
import { scalarText } from '../model/write-scalar';
import { nearest } from '../text/distance';
import { FIELDS, fieldSpec, type FieldSpec } from './fields';
import { loose } from './text';
import { IMPORT_KINDS, type DateOrder, type ImportKind } from './types';

export interface Mapping {
  kind: ImportKind;
  /** Every column of the table, in order, with its field (null: not imported). */
  columns: Array<{ header: string; field: string | null; guessed: boolean }>;
  /** Field → spreadsheet value → playbook value (null: no value found, written as it is). */
  values: Record<string, Record<string, string | null>>;
  /** Field → the value every row gets, for a field no column fills. */
  defaults: Record<string, string>;
  dateOrder?: DateOrder;
}

function score(header: string, spec: FieldSpec): number {
  const h = loose(header);
  let best = 0;
  for (const name of [...spec.headers, loose(spec.field)]) {
    const s = h === name ? 3 : h.startsWith(`${name} `) || h.endsWith(` ${name}`) ? 2 : ` ${h} `.includes(` ${name} `) ? 1 : 0;
    // Among equal kinds of match, the longer header name is the more specific one.
    if (s > 0) best = Math.max(best, s * 100 + name.length);
  }
  return best;
}

/** Columns to fields: the best-scoring pairs first, each field and each column used once. */
export function guessColumns(kind: ImportKind, headers: string[], taken: ReadonlySet<string> = new Set(), skip: ReadonlySet<number> = new Set()): Array<string | null> {
  const pairs: Array<{ column: number; field: string; score: number }> = [];
  headers.forEach((header, column) => {
    if (skip.has(column)) return;
    for (const spec of FIELDS[kind]) {
      const s = score(header, spec);
      if (s > 0) pairs.push({ column, field: spec.field, score: s });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const fields: Array<string | null> = headers.map(() => null);
  const used = new Set(taken);
  for (const p of pairs) {
    if (fields[p.column] !== null || used.has(p.field)) continue;
    fields[p.column] = p.field;
    used.add(p.field);
  }
  return fields;
}

export function guessMapping(kind: ImportKind, headers: string[]): Mapping {
  const fields = guessColumns(kind, headers);
  return { kind, columns: headers.map((header, i) => ({ header, field: fields[i], guessed: true })), values: {}, defaults: {} };
}

const fieldList = (kind: ImportKind) => FIELDS[kind].map((s) => s.field);

/** A mapping file read against the table's headers; columns the file does not name are guessed. A string is what is wrong with it. */
export function readMapping(text: string, kind: ImportKind, headers: string[], file: string): Mapping | string {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return `${file} is not valid YAML (${(error as Error).message.split('\n')[0]}).`;
  }
  if (!isRecord(data)) return `${file} is not a mapping file: it should hold import:, columns: and values: (mops import --write-map writes one).`;
  if (data.import !== undefined && data.import !== kind) {
    const which = IMPORT_KINDS.includes(data.import as ImportKind) ? `mops import ${String(data.import)}` : `'import: ${String(data.import)}'`;
    return `${file} is a mapping for ${which}, not for mops import ${kind}.`;
  }
  const columns = isRecord(data.columns) ? data.columns : {};
  const known = fieldList(kind);
  const given = new Map<string, string | null>();
  for (const [header, field] of Object.entries(columns)) {
    if (field !== null && (typeof field !== 'string' || !known.includes(field))) {
      const like = typeof field === 'string' ? nearest(field, known) : undefined;
      return `${file}: the column '${header}' is mapped to ${JSON.stringify(field)}, which is not a field of mops import ${kind}${like ? `; did you mean '${like}'?` : '.'} The fields are: ${known.join(', ')}.`;
    }
    given.set(loose(header), field);
  }
  const taken = new Set([...given.values()].filter((f): f is string => f !== null));
  const skip = new Set(headers.flatMap((h, i) => (given.has(loose(h)) ? [i] : [])));
  const guessed = guessColumns(kind, headers, taken, skip);
  const mapping: Mapping = {
    kind,
    columns: headers.map((header, i) => (given.has(loose(header)) ? { header, field: given.get(loose(header)) ?? null, guessed: false } : { header, field: guessed[i], guessed: true })),
    values: {},
    defaults: {},
  };
  for (const [field, table] of Object.entries(isRecord(data.values) ? data.values : {})) {
    if (!known.includes(field)) return `${file}: values: names '${field}', which is not a field of mops import ${kind}. The fields are: ${known.join(', ')}.`;
    if (!isRecord(table)) continue;
    mapping.values[field] = Object.fromEntries(Object.entries(table).map(([raw, value]) => [raw, value === null || value === undefined ? null : String(value)]));
  }
  for (const [field, value] of Object.entries(isRecord(data.defaults) ? data.defaults : {})) {
    if (!known.includes(field)) return `${file}: defaults: names '${field}', which is not a field of mops import ${kind}.`;
    if (value !== null && value !== undefined) mapping.defaults[field] = String(value);
  }
  if (data.date_order !== undefined) {
    if (data.date_order !== 'dmy' && data.date_order !== 'mdy' && data.date_order !== 'ymd') return `${file}: date_order is ${JSON.stringify(data.date_order)}; it is one of dmy, mdy, ymd.`;
    mapping.dateOrder = data.date_order;
  }
  return mapping;
}

const key = (text: string) => scalarText(text, undefined);

/** The mapping as a file to edit and pass back with --map. */
export function writeMapping(mapping: Mapping, source: string): string {
  const out: string[] = [
    `# How mops import ${mapping.kind} reads ${source}: which column fills which field, and which value in`,
    '# the spreadsheet stands for which value of the playbook. Edit it and pass it back with --map FILE.',
    '# A column mapped to ~ is not imported; a value mapped to ~ is written as it is (and checked).',
    `# The fields: ${fieldList(mapping.kind).join(', ')}.`,
    `import: ${mapping.kind}`,
  ];
  if (mapping.dateOrder) out.push(`date_order: ${mapping.dateOrder}`);
  out.push('columns:');
  for (const c of mapping.columns) out.push(`  ${key(c.header)}: ${c.field ?? '~'}${c.field === null ? '  # not imported' : ''}`);
  const fields = Object.entries(mapping.values).filter(([, t]) => Object.keys(t).length > 0);
  out.push(fields.length > 0 ? 'values:' : 'values: {}');
  for (const [field, table] of fields) {
    out.push(`  ${field}:`);
    const hint = fieldSpec(mapping.kind, field)?.type === 'person' ? 'not in the Team: add them, or write their id' : 'no value of the playbook found: write one';
    for (const [raw, value] of Object.entries(table)) out.push(`    ${key(raw)}: ${value === null ? `~  # ${hint}` : key(value)}`);
  }
  const defaults = Object.entries(mapping.defaults);
  out.push(defaults.length > 0 ? 'defaults:' : 'defaults: {}');
  for (const [field, value] of defaults) out.push(`  ${field}: ${key(value)}`);
  return `${out.join('\n')}\n`;
}
