// `mops rules`: lists every rule with its default severity, as text, Markdown or JSON.

import { parseArgs } from 'node:util';
import { RULES, ruleDocPath, type RuleMeta } from '../../core';
import { UsageError, type CliIo } from '../io';

/** The rule table as Markdown; the README's table is this text, kept in step by a test. */
export function rulesMarkdown(rules: readonly RuleMeta[] = RULES): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](${ruleDocPath(r.id)}) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`);
  return ['| Rule | Default | Finds |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

export function rules(io: CliIo, args: string[]): number {
  const { values } = parseArgs({ args, strict: true, options: { format: { type: 'string', default: 'text' } } });
  if (values.format === 'markdown') {
    io.stdout.write(rulesMarkdown());
  } else if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify(RULES.map(({ id, severity, description }) => ({ id, severity, description })), null, 2)}\n`);
  } else if (values.format === 'text') {
    const width = Math.max(...RULES.map((r) => r.id.length));
    for (const r of RULES) io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
  } else {
    throw new UsageError(`Unknown format '${values.format}'. Formats: text, markdown, json.`);
  }
  return 0;
}
