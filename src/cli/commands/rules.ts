// `mops rules`: lists every rule with its default severity, as text, Markdown or JSON.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES, ruleDocPath, type RuleMeta } from '../../core';
import { UsageError, type CliIo } from '../io';
import { parseCommandArgs } from '../args';
import { didYouMean, nearest } from '../../core/text/distance';
import { policiesAt } from '../policies';

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

export const RULES_HELP = `Usage: mops rules [path] [--format text|markdown|json]

Lists the built-in rules with their default severity and what each finds, then the
team policies (policy/<id>) of the playbook at path, or of the playbook the working
folder is in (a mops.config.yaml at or above it).`;

export async function rules(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('rules', { args, strict: true, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
  if (!FORMATS.includes(values.format)) {
    throw new UsageError(`Unknown format '${values.format}'.${didYouMean(nearest(values.format, FORMATS))} Formats: ${FORMATS.join(', ')}.`);
  }
  if (positionals.length > 1) throw new UsageError(`mops rules takes one playbook path; got ${positionals.join(' ')}.`);
  const path = positionals[0];
  if (path !== undefined && !existsSync(resolve(io.cwd, path))) {
    throw new UsageError(`No such file or folder: ${path}. mops rules [path] takes a playbook; to list a family's rules, run mops explain ${path}.`);
  }
  const { policies } = await policiesAt(io, path);
  if (values.format === 'markdown') {
    io.stdout.write(rulesMarkdown());
    if (policies.length > 0) io.stdout.write(`\n### Team policies\n\n| Policy | Default | Standard | Defined in |\n| --- | --- | --- | --- |\n${policies.map((p) => `| \`${p.id}\` | ${p.severity} | ${p.description.replace(/\|/g, '\\|')} | ${p.source?.file}:${(p.source?.line ?? 0) + 1} |`).join('\n')}\n`);
  } else if (values.format === 'json') {
    const rows = [...RULES.map(({ id, severity, description }) => ({ id, severity, description })), ...policies.map(({ id, severity, description, help, source }) => ({ id, severity, description, ...(help ? { help } : {}), policy: source }))];
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    io.stdout.write(rulesText(RULES));
    if (policies.length > 0) io.stdout.write(`\nTeam policies of this playbook (mops explain policy/<id> prints one):\n${rulesText(policies)}`);
  }
  return 0;
}
