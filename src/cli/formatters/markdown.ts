// A Markdown summary fit for a pull-request comment; everything from the playbook is escaped.

import { ruleDocUrl } from '../../core';
import type { Formatter } from './types';
import { plural } from './types';

/** Escapes text for a Markdown table cell: no HTML, no links, no emphasis, no cell breaks. */
export function mdCell(text: string): string {
  return text
    // A lone CR ends a line in Markdown as LF does: either would break the table row.
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^([-=])/, '\\$1');
}

const ICON = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

export const markdown: Formatter = (result) => {
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
};
