// The result of a check as every formatter receives it.

import { countFindings, type CheckCounts, type Finding, type PlaybookRule } from '../../core';

export { plural } from '../../core';

export type Summary = CheckCounts;

export interface CheckResult {
  /** Absolute path of the playbook root; finding files are relative to it. */
  root: string;
  /** Files checked, relative to the root. */
  files: string[];
  findings: Finding[];
  summary: Summary;
  /** The rules the check could report: the built-in ones and the playbook's policies. */
  rules: readonly PlaybookRule[];
  version: string;
}

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (result: CheckResult, options: FormatOptions) => string;

export function summarize(files: string[], findings: Finding[]): Summary {
  return countFindings(files.length, findings);
}
