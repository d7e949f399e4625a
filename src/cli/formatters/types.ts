// The result of a check as every formatter receives it.

import { countFindings, type CheckCounts, type Finding, type PlaybookRule, type Since } from '../../core';

export { checkedText, cleanText, novelty, plural, scopeText, stateOf, type BaselineState, type Since } from '../../core';

export type Summary = CheckCounts;

export interface CheckResult {
  /** Absolute path of the playbook root; finding files are relative to it. */
  root: string;
  /** Files reported on, relative to the root: those checked, or with --changed-since those changed or affected. */
  files: string[];
  findings: Finding[];
  summary: Summary;
  /** The rules the check could report: the built-in ones and the playbook's policies. */
  rules: readonly PlaybookRule[];
  version: string;
  since?: Since;
  /** The text of a finding's range, whitespace collapsed: what the baseline matches on (see fingerprint.ts). */
  offendingText?: (finding: Finding) => string;
  /** Set when the warnings are more than --max-warnings allows: the check fails on them. */
  tooManyWarnings?: { warnings: number; max: number };
}

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (result: CheckResult, options: FormatOptions) => string;

export function summarize(files: string[], findings: Finding[]): Summary {
  return countFindings(files.length, findings);
}
