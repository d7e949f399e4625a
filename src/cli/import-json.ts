// The import report as JSON (--format json): the mapping, and each row with its file, notes and findings.

import type { ImportSummary } from '../core/import';
import { noteText } from '../core/import/report';

export function importJson(s: ImportSummary, how: string, into: string) {
  return {
    version: 1,
    kind: s.kind,
    source: s.source,
    read: how,
    into,
    dryRun: s.dryRun,
    mapping: {
      columns: s.mapping.columns.map((c) => ({ header: c.header, field: c.field })),
      values: s.mapping.values,
      defaults: s.mapping.defaults,
      dateOrder: s.mapping.dateOrder ?? null,
    },
    rows: s.rows.map((r) => ({
      row: r.line,
      status: r.status,
      file: r.file ?? null,
      id: r.id ?? null,
      reason: r.reason ?? null,
      notes: r.notes.map(noteText),
      findings: (s.findings.get(r.line) ?? []).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, line: f.range.start.line + 1 })),
    })),
  };
}
