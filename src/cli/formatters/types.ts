// The result of a check as every formatter receives it.

import type { Finding, RuleMeta } from '../../core';

export interface Summary {
  /** Files checked: every file under the paths given, with --changed-since too. */
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** With --changed-since: the files reported on, changed since the revision or affected by the change. */
  changedFiles?: number;
  /** With --changed-since: findings the revision did not have, and findings it had (not reported with --only-new). */
  new?: number;
  unchanged?: number;
}

/** A finding against the revision of --changed-since, in SARIF's words: one the revision did not have, or one it had. */
export type BaselineState = 'new' | 'unchanged';

/** With --changed-since: the revision, each reported finding's state against it, and whether only new ones are reported. */
export interface Since {
  rev: string;
  states: ReadonlyMap<Finding, BaselineState>;
  onlyNew: boolean;
}

export interface CheckResult {
  /** Absolute path of the playbook root; finding files are relative to it. */
  root: string;
  /** Files reported on, relative to the root: those checked, or with --changed-since those changed or affected. */
  files: string[];
  findings: Finding[];
  summary: Summary;
  rules: readonly RuleMeta[];
  version: string;
  since?: Since;
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

/** A finding's state against the revision of --changed-since, if the check compared with one. */
export function stateOf(result: CheckResult, finding: Finding): BaselineState | undefined {
  return result.since?.states.get(finding);
}

/** With --changed-since, which of the files checked were reported on: `, 5 of them changed since main or affected by the change`. */
function changedText(result: CheckResult, rev: string): string {
  return result.since ? `, ${result.summary.changedFiles ?? 0} of them changed since ${rev} or affected by the change` : '';
}

/** `12 files checked, 1 of them changed since main or affected by the change`. `rev` is the revision as the format prints it. */
export function checkedText(result: CheckResult, rev = result.since?.rev ?? ''): string {
  return `${plural(result.summary.files, 'file')} checked${changedText(result, rev)}`;
}

/** `in 4 files of 12 checked, 5 of them changed since main or affected by the change`: what the counts cover. */
export function scopeText(result: CheckResult, withProblems: number, rev = result.since?.rev ?? ''): string {
  return `in ${plural(withProblems, 'file')} of ${result.summary.files} checked${changedText(result, rev)}`;
}

/** `12 files checked: no problems.`, `…: no new problems (2 unchanged problems not reported: --only-new).` */
export function cleanText(result: CheckResult, rev = result.since?.rev ?? ''): string {
  const unchanged = result.summary.unchanged ?? 0;
  const onlyNew = result.since?.onlyNew === true;
  const hidden = onlyNew && unchanged > 0 ? ` (${plural(unchanged, 'unchanged problem')} not reported: --only-new)` : '';
  return `${checkedText(result, rev)}: no ${onlyNew ? 'new ' : ''}problems${hidden}.`;
}

/** `3 new since main, 1 unchanged`, or with --only-new `3 new since main; 1 unchanged not reported (--only-new)`. */
export function novelty(result: CheckResult, rev = result.since?.rev ?? ''): string | undefined {
  const { since, summary } = result;
  if (!since) return undefined;
  const unchanged = summary.unchanged ?? 0;
  if (since.onlyNew) return `${summary.new ?? 0} new since ${rev}${unchanged > 0 ? `; ${unchanged} unchanged not reported (--only-new)` : ''}`;
  return `${summary.new ?? 0} new since ${rev}, ${unchanged} unchanged`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
