// The check summary: every finding of a check as a pull-request comment shows them, in Markdown. The CLI's
// `--format markdown`, its GitHub step summary and the extension's "check report" all print this one.

import { ruleDocUrl } from '../engine/rule-docs';
import type { Finding } from '../model/types';

/** How many files were checked and how many findings of each severity they gave. */
export interface CheckCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
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

const ICON = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

export function checkSummaryMarkdown(result: { findings: readonly Finding[]; summary: CheckCounts }): string {
  const { errors, warnings, infos, files } = result.summary;
  const lines = ['## mops check', ''];
  if (result.findings.length === 0) {
    lines.push(`✅ ${plural(files, 'file')} checked: no problems.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${plural(files, 'file')} checked.`, '');
  lines.push('| Severity | File | Line | Problem | Rule |', '| --- | --- | --- | --- | --- |');
  for (const f of result.findings) {
    const rule = `[${mdCell(f.rule)}](${ruleDocUrl(f.rule)})`;
    lines.push(`| ${ICON[f.severity]} | ${mdCell(f.file)} | ${f.range.start.line + 1} | ${mdCell(f.message)} | ${rule} |`);
  }
  return `${lines.join('\n')}\n`;
}
