// Runs a rule table over one file: its file rules, then every document rule that applies to each of its
// documents; a rule that throws becomes a finding, never a failed check.

import { CONFIG_FILE, type ResolvedConfig } from '../config/config';
import { API_VERSION, isKind } from '../model/kinds';
import type { ParsedDocument, ParsedFile, Problem } from '../model/parse';
import type { SchemaIssue } from '../schema/validate';
import type { FileContent } from './content';
import { documentContext, documentRange } from './context';
import type { IndexView } from './index-view';
import type { DocumentRule, FileRule, Rule } from './rule';

export interface RuleTable {
  fileRules: readonly FileRule[];
  documentRules: readonly DocumentRule[];
  /** Every rule of the table, for checks that name rules (Config's). */
  rules: readonly Rule[];
  config: ResolvedConfig;
  today: number;
  /** The index as this file's check may read it (its reads are recorded as dependencies). */
  index: () => IndexView;
}

export function runRules(file: { path: string; content: FileContent; parsed?: ParsedFile }, table: RuleTable): Problem[] {
  const problems: Problem[] = [];
  const { path, content, parsed } = file;
  // The config is ours even when it holds no mops document: config/header says so.
  if (content.type === 'skipped' || parsed?.isMops || path === CONFIG_FILE) {
    for (const rule of table.fileRules) {
      const report = (p: Omit<Problem, 'rule'>) => problems.push({ ...p, rule: rule.id });
      guard(rule, problems, undefined, () => rule.check({ path, content, file: parsed, report }));
    }
  }
  if (!parsed?.isMops) return problems;
  const index = table.index();
  const schemaIssues = new Map<ParsedDocument, SchemaIssue[]>();
  for (const doc of parsed.documents) {
    for (const rule of table.documentRules) {
      if (!applies(rule, doc)) continue;
      const ctx = documentContext({ file: parsed, doc, config: table.config, rules: table.rules, today: table.today, index, problems, rule: rule.id, schemaIssues });
      guard(rule, problems, doc, () => rule.check(ctx));
    }
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Document rules with kinds run on clean mops/v1 documents of those kinds whose data is a mapping. */
function applies(rule: DocumentRule, doc: ParsedDocument): boolean {
  if (!rule.kinds) return true;
  return doc.apiVersion === API_VERSION && doc.clean && isKind(doc.kind) && rule.kinds.includes(doc.kind) && isRecord(doc.value);
}

/** A rule that throws must not take the check down: it becomes a finding that names the rule. */
function guard(rule: Rule, problems: Problem[], doc: ParsedDocument | undefined, run: () => void): void {
  try {
    run();
  } catch (error) {
    problems.push({
      rule: 'mops/internal-error',
      message: `The rule ${rule.id} failed on this ${doc ? 'document' : 'file'}: ${error instanceof Error ? error.message : String(error)}. Please report this.`,
      range: doc ? documentRange(doc) : { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    });
  }
}
