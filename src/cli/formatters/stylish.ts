// The human format: findings grouped by file, 1-based line:column, like ESLint's "stylish".

import type { Formatter } from './types';
import { cleanText, novelty, plural, scopeText, stateOf } from './types';

const paint = (on: boolean, code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * Text from the playbook with its control and direction-changing characters written as escapes: printed
 * raw, an escape sequence in a person's id could clear the terminal or forge a link, a carriage return
 * could hide a finding behind another, and a bidirectional override could reorder a line.
 */
const visible = (text: string) =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

export const stylish: Formatter = (result, { color }) => {
  const red = paint(color, '31');
  const yellow = paint(color, '33');
  const blue = paint(color, '34');
  const dim = paint(color, '2');
  const bold = paint(color, '1');
  const underline = paint(color, '4');
  const label = { error: red('error'), warning: yellow('warning'), info: blue('info') };
  const width = { error: 5, warning: 7, info: 4 };
  const out: string[] = [];
  const byFile = new Map<string, typeof result.findings>();
  for (const f of result.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    out.push(underline(visible(file)));
    const places = findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
    // A loop, not Math.max(...places): a file with 150,000 findings would overflow the call stack.
    const placeWidth = places.reduce((width, p) => Math.max(width, p.length), 0);
    findings.forEach((f, i) => {
      const pad = ' '.repeat(7 - width[f.severity]);
      // With --changed-since, whether the revision had the finding: `new`, or `unchanged` (dimmed).
      const state = stateOf(result, f);
      const mark = state === undefined ? '' : `${state === 'new' ? bold('new'.padEnd(9)) : dim(state)}  `;
      out.push(`  ${dim(places[i].padEnd(placeWidth))}  ${label[f.severity]}${pad}  ${mark}${visible(f.message)}  ${dim(f.rule)}`);
    });
    out.push('');
  }
  const { errors, warnings, infos } = result.summary;
  const total = errors + warnings + infos;
  const rev = visible(result.since?.rev ?? '');
  if (total === 0) {
    out.push(cleanText(result, rev));
  } else {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'info')];
    const mark = errors > 0 ? red('✖') : yellow('⚠');
    out.push(bold(`${mark} ${plural(total, 'problem')} (${parts.join(', ')}) ${scopeText(result, byFile.size, rev)}.`));
    const compared = novelty(result, rev);
    if (compared) out.push(`  ${compared}.`);
    const fixable = result.findings.filter((f) => f.fixes.length > 0).length;
    if (fixable > 0) out.push(dim(`  ${plural(fixable, 'problem')} can be fixed by a quick fix in the editor.`));
  }
  return `${out.join('\n')}\n`;
};
