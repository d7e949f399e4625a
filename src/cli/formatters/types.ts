// The result of a check as every formatter receives it.

import type { Finding, RuleMeta } from '../../core';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface CheckResult {
  /** Absolute path of the playbook root; finding files are relative to it. */
  root: string;
  /** Files checked, relative to the root. */
  files: string[];
  findings: Finding[];
  summary: Summary;
  rules: readonly RuleMeta[];
  version: string;
  /** Set when the warnings are more than --max-warnings allows: the check fails on them. */
  tooManyWarnings?: { warnings: number; max: number };
}

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (result: CheckResult, options: FormatOptions) => string;

export function summarize(files: string[], findings: Finding[]): Summary {
  return {
    files: files.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
