// `mops rules`: lists every rule with its default severity, as text, Markdown or JSON.

import { RULES, ruleDocPath, type RuleMeta } from '../../core';
import { UsageError, type CliIo } from '../io';
import { parseCommandArgs } from '../args';
import { didYouMean, nearest } from '../../core/text/distance';

const FORMATS = ['text', 'markdown', 'json'];

/** The rule table as Markdown; the README's table is this text, kept in step by a test. */
export function rulesMarkdown(rules: readonly RuleMeta[] = RULES): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](${ruleDocPath(r.id)}) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`);
  return ['| Rule | Default | Finds |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

/** The rules as aligned lines of text: id, default severity, what each finds. */
export function rulesText(rules: readonly RuleMeta[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`).join('');
}

export function rules(io: CliIo, args: string[]): number {
  const { values } = parseCommandArgs('rules', { args, strict: true, options: { format: { type: 'string', default: 'text' } } });
  if (values.format === 'markdown') {
    io.stdout.write(rulesMarkdown());
  } else if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify(RULES.map(({ id, severity, description }) => ({ id, severity, description })), null, 2)}\n`);
  } else if (values.format === 'text') {
    io.stdout.write(rulesText(RULES));
  } else {
    throw new UsageError(`Unknown format '${values.format}'.${didYouMean(nearest(values.format, FORMATS))} Formats: ${FORMATS.join(', ')}.`);
  }
  return 0;
}
