// A Markdown summary fit for a pull-request comment; everything from the playbook is escaped.

import { ruleDocUrl } from '../../core';
import type { Formatter } from './types';
import { checkedText, cleanText, novelty, plural, stateOf } from './types';

/** Escapes text for a Markdown table cell: no HTML, no links, no emphasis, no cell breaks. */
export function mdCell(text: string): string {
  return text
    // A lone CR ends a line in Markdown as LF does: either would break the table row.
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^([-=])/, '\\$1');
}

const ICON = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

/** With --changed-since, a column says whether the revision had each finding. */
const STATE = { new: '🆕 new', unchanged: 'unchanged' };

export const markdown: Formatter = (result) => {
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
};
