// What `mops import` prints: the mapping it used, then one entry per spreadsheet row (the file written,
// the normalisations, the findings left, or why the row was not imported), then the totals.

import type { Finding } from '../model/types';
import type { Mapping } from './mapping';
import type { ImportKind, Note, RowOutcome } from './types';

export interface ImportSummary {
  kind: ImportKind;
  source: string;
  dryRun: boolean;
  mapping: Mapping;
  /** The mapping came from --map (else it was guessed). */
  mapFile?: string;
  rows: RowOutcome[];
  findings: Map<number, Finding[]>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function noteText(note: Note): string {
  if (note.from === '' && note.to === '') return `${note.column}: ${note.why ?? ''}`;
  if (note.from === '') return `${note.column}: ${note.to}${note.why ? ` (${note.why})` : ''}`;
  return `${note.column} ${note.from} → ${note.to}${note.why ? ` (${note.why})` : ''}`;
}

function mappingLines(s: ImportSummary): string[] {
  const { mapping } = s;
  const out = [s.mapFile ? `Mapping from ${s.mapFile}:` : `Mapping guessed from the headers and the playbook (--write-map FILE writes it, to edit and pass back with --map):`];
  const placed = mapping.columns.filter((c) => c.field !== null);
  for (const c of placed) out.push(`  ${c.header} → ${c.field}${s.mapFile && c.guessed ? ' (guessed: not in the map)' : ''}`);
  const unplaced = mapping.columns.filter((c) => c.field === null);
  if (unplaced.length > 0) out.push(`  Not imported: ${unplaced.map((c) => c.header).join(', ')} (${s.mapFile ? 'mapped to ~' : 'no field found for them'})`);
  for (const [field, value] of Object.entries(mapping.defaults)) out.push(`  Every row: ${field}: ${value} (no column gives it)`);
  for (const [field, table] of Object.entries(mapping.values)) {
    const entries = Object.entries(table);
    const shownEntries = entries.slice(0, 12).map(([raw, v]) => `${JSON.stringify(raw)} → ${v ?? '(no match: kept as written)'}`);
    const more = entries.length > 12 ? `, and ${entries.length - 12} more` : '';
    out.push(`  Values of ${field}: ${shownEntries.join(', ')}${more}`);
  }
  if (mapping.dateOrder) out.push(`  Dates: ${mapping.dateOrder}`);
  return out;
}

function findingLine(f: Finding): string {
  return `${f.severity} ${f.rule} (line ${f.range.start.line + 1}): ${f.message}`;
}

const STATUS: Record<RowOutcome['status'], string> = { written: 'written', appended: 'appended to', unchanged: 'unchanged', 'not-imported': 'NOT IMPORTED' };

/** The report as text lines. */
export function importReport(s: ImportSummary): string {
  const out = mappingLines(s);
  out.push('');
  const verb = s.dryRun ? { written: 'would write', appended: 'would append to' } : { written: 'written', appended: 'appended to' };
  for (const row of s.rows) {
    const status = row.status === 'written' || row.status === 'appended' ? verb[row.status] : STATUS[row.status];
    const where = row.file ? ` ${row.file}` : '';
    const why = row.status === 'not-imported' || row.status === 'unchanged' ? `: ${row.reason}` : '';
    out.push(`Row ${row.line}: ${status}${where}${why}`);
    if (row.status === 'written' || row.status === 'appended') for (const note of row.notes) out.push(`  ${noteText(note)}`);
    if ((row.status === 'written' || row.status === 'appended') && row.reason) out.push(`  not read: ${row.reason}`);
    for (const f of s.findings.get(row.line) ?? []) out.push(`  left: ${findingLine(f)}`);
  }
  out.push('', totals(s));
  return `${out.join('\n')}\n`;
}

export function counts(s: ImportSummary) {
  const by = (status: RowOutcome['status']) => s.rows.filter((r) => r.status === status).length;
  const left = [...s.findings.values()].flat();
  return {
    rows: s.rows.length,
    written: by('written'),
    appended: by('appended'),
    unchanged: by('unchanged'),
    notImported: by('not-imported'),
    errors: left.filter((f) => f.severity === 'error').length,
    warnings: left.filter((f) => f.severity === 'warning').length,
    rowsWithFindings: [...s.findings.values()].filter((f) => f.some((x) => x.severity !== 'info')).length,
  };
}

function totals(s: ImportSummary): string {
  const c = counts(s);
  const done = s.dryRun ? 'Dry run, nothing written' : 'Done';
  const parts = [`${c.written} ${s.dryRun ? 'to write' : 'written'}`, `${c.appended} ${s.dryRun ? 'to append' : 'appended'}`, `${c.unchanged} unchanged`, `${c.notImported} not imported`];
  const left = c.errors + c.warnings > 0 ? ` ${plural(c.rowsWithFindings, 'imported row')} ${c.rowsWithFindings === 1 ? 'has' : 'have'} findings left: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}. Next: mops fix applies the fixes that exist, then mops check lists what needs a person.` : '';
  return `${done}. ${plural(c.rows, 'row')}: ${parts.join(', ')}.${left}`;
}
