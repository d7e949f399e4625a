// Builds the context a document rule runs in: its data, placement helpers and the recorded index view.

import type { Node as YamlNode } from 'yaml';
import type { ResolvedConfig } from '../config/config';
import type { Kind } from '../model/kinds';
import { replaceScalar } from '../model/write-scalar';
import { keyRange, locate, objectRange, scalarTextStart, valueRange, writableInScalar, type DataPath } from '../model/locate';
import type { ParsedDocument, ParsedFile, Problem } from '../model/parse';
import type { Range, RelatedLocation } from '../model/types';
import type { DocumentRuleContext, RuleMeta } from './rule';
import { validateKind, type Place, type SchemaIssue } from '../schema/validate';
import type { IndexView } from './index-view';

export function rangeIn(doc: ParsedDocument, path: DataPath, place: Place = 'value'): Range | undefined {
  switch (place) {
    case 'value':
      return valueRange(doc.yaml, doc.lines, path);
    case 'key':
      return keyRange(doc.yaml, doc.lines, path);
    case 'object':
      return objectRange(doc.yaml, doc.lines, path);
  }
}

/** Where a finding on a document goes when nothing more precise is known: its `kind`, else its first line. */
export function documentRange(doc: ParsedDocument): Range {
  return rangeIn(doc, [], 'object') ?? doc.lines.lineRange(doc.lines.position(doc.start).line);
}

export interface ContextInput {
  file: ParsedFile;
  doc: ParsedDocument;
  config: ResolvedConfig;
  rules: readonly RuleMeta[];
  today: number;
  index: IndexView;
  problems: Problem[];
  rule: string;
  /**
   * Schema issues per document, shared by the rules of one file's check and dropped with it: kept for the
   * document's lifetime, a 150,000-key document's issues would stay in memory after its findings are made.
   */
  schemaIssues: Map<ParsedDocument, SchemaIssue[]>;
}

export function documentContext(input: ContextInput): DocumentRuleContext {
  const { file, doc, problems, rule } = input;
  return {
    file,
    doc,
    data: doc.value as Record<string, unknown>,
    config: input.config,
    rules: input.rules,
    today: input.today,
    index: input.index,
    schemaIssues() {
      let issues = input.schemaIssues.get(doc);
      if (!issues) input.schemaIssues.set(doc, (issues = validateKind(doc.kind as Kind, doc.value)));
      return issues;
    },
    report(report) {
      const range =
        report.range ?? (report.path ? rangeIn(doc, report.path, report.place) : undefined) ?? documentRange(doc);
      // A rule may report under another id of its own family (policy/invalid reports each policy/<id>).
      const id = report.rule !== undefined && report.rule.startsWith(rule.slice(0, rule.indexOf('/') + 1)) ? report.rule : rule;
      problems.push({ rule: id, message: report.message, range, related: report.related, fixes: report.fixes, ...(report.severity ? { severity: report.severity } : {}) });
    },
    rangeOf: (path, place) => rangeIn(doc, path, place),
    locationOf(other, path, message, place): RelatedLocation {
      return { file: other.path, range: rangeIn(other, path, place) ?? documentRange(other), message };
    },
    textRange(path, start, end) {
      const base = scalarTextStart(doc, file.text, path);
      return base === undefined ? rangeIn(doc, path) : doc.lines.range(base + start, base + end);
    },
    textFix(path, start, end, text, title) {
      const base = scalarTextStart(doc, file.text, path);
      if (base === undefined || !writableInScalar(doc, path, text)) return undefined;
      return { title, edits: [{ range: doc.lines.range(base + start, base + end), newText: text }] };
    },
    replaceFix(path, text, title, place = 'value') {
      const found = locate(doc.yaml, path);
      const edit = replaceScalar(doc.yaml, doc.lines, place === 'key' ? (found?.pair?.key as YamlNode | null | undefined) : found?.node, text);
      return edit ? { title, edits: [edit] } : undefined;
    },
  };
}
