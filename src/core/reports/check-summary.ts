// The check summary: every finding of a check as a pull-request comment shows them, in Markdown. The CLI's
// `--format markdown`, its GitHub step summary and the extension's "check report" all print this one.

import { ruleDocUrl } from '../engine/rule-docs';
import type { Finding } from '../model/types';

/** How many files were checked and how many findings of each severity they gave. */
export interface CheckCounts {
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

/** What the summary of a check reads: its findings, their counts and, with --changed-since, the revision compared with. */
export interface CheckSummaryInput {
  findings: readonly Finding[];
  summary: CheckCounts;
  since?: Since;
}

export function countFindings(files: number, findings: readonly Finding[]): CheckCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { files, errors, warnings, infos };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Escapes text for a Markdown table cell: no HTML, no links, no emphasis, no cell breaks. */
export function mdCell(text: string): string {
  return text
    // A lone CR ends a line in Markdown as LF does: either would break the table row.
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^([-=])/, '\\$1');
}

/** A finding's state against the revision of --changed-since, if the check compared with one. */
export function stateOf(result: CheckSummaryInput, finding: Finding): BaselineState | undefined {
  return result.since?.states.get(finding);
}

/** With --changed-since, which of the files checked were reported on: `, 5 of them changed since main or affected by the change`. */
function changedText(result: CheckSummaryInput, rev: string): string {
  return result.since ? `, ${result.summary.changedFiles ?? 0} of them changed since ${rev} or affected by the change` : '';
}

/** `12 files checked, 1 of them changed since main or affected by the change`. `rev` is the revision as the format prints it. */
export function checkedText(result: CheckSummaryInput, rev = result.since?.rev ?? ''): string {
  return `${plural(result.summary.files, 'file')} checked${changedText(result, rev)}`;
}

/** `in 4 files of 12 checked, 5 of them changed since main or affected by the change`: what the counts cover. */
export function scopeText(result: CheckSummaryInput, withProblems: number, rev = result.since?.rev ?? ''): string {
  return `in ${plural(withProblems, 'file')} of ${result.summary.files} checked${changedText(result, rev)}`;
}

/** `12 files checked: no problems.`, `…: no new problems (2 unchanged problems not reported: --only-new).` */
export function cleanText(result: CheckSummaryInput, rev = result.since?.rev ?? ''): string {
  const unchanged = result.summary.unchanged ?? 0;
  const onlyNew = result.since?.onlyNew === true;
  const hidden = onlyNew && unchanged > 0 ? ` (${plural(unchanged, 'unchanged problem')} not reported: --only-new)` : '';
  return `${checkedText(result, rev)}: no ${onlyNew ? 'new ' : ''}problems${hidden}.`;
}

/** `3 new since main, 1 unchanged`, or with --only-new `3 new since main; 1 unchanged not reported (--only-new)`. */
export function novelty(result: CheckSummaryInput, rev = result.since?.rev ?? ''): string | undefined {
  const { since, summary } = result;
  if (!since) return undefined;
  const unchanged = summary.unchanged ?? 0;
  if (since.onlyNew) return `${summary.new ?? 0} new since ${rev}${unchanged > 0 ? `; ${unchanged} unchanged not reported (--only-new)` : ''}`;
  return `${summary.new ?? 0} new since ${rev}, ${unchanged} unchanged`;
}

const ICON = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

/** With --changed-since, a column says whether the revision had each finding. */
const STATE = { new: '🆕 new', unchanged: 'unchanged' };

export function checkSummaryMarkdown(result: CheckSummaryInput): string {
  const { errors, warnings, infos } = result.summary;
  const rev = mdCell(result.since?.rev ?? '');
  const compared = novelty(result, rev);
  const lines = ['## mops check', ''];
  if (result.findings.length === 0) {
    lines.push(`✅ ${cleanText(result, rev)}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${checkedText(result, rev)}${compared ? `; ${compared}` : ''}.`, '');
  const since = result.since ? ` Since ${rev} |` : '';
  lines.push(`| Severity | File | Line | Problem | Rule |${since}`, `| --- | --- | --- | --- | --- |${since ? ' --- |' : ''}`);
  for (const f of result.findings) {
    const rule = `[${mdCell(f.rule)}](${ruleDocUrl(f.rule)})`;
    const state = stateOf(result, f);
    lines.push(`| ${ICON[f.severity]} | ${mdCell(f.file)} | ${f.range.start.line + 1} | ${mdCell(f.message)} | ${rule} |${state ? ` ${STATE[state]} |` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
