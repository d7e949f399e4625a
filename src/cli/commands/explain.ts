// `mops explain RULE`: prints a rule's documentation page.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRule, RULES, ruleDocPath, ruleDocUrl } from '../../core';
import { nearest } from '../../core/text/distance';
import { UsageError, type CliIo } from '../io';
import { packageRoot } from '../package-info';

export function explain(io: CliIo, args: string[]): number {
  const [id] = args;
  if (!id) throw new UsageError('Usage: mops explain RULE (see `mops rules` for the list)');
  const rule = findRule(id);
  if (!rule) {
    const suggestion = nearest(id, RULES.map((r) => r.id));
    throw new UsageError(`There is no rule '${id}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Run \`mops rules\` for the list.`);
  }
  let doc: string;
  try {
    doc = readFileSync(join(packageRoot(), ruleDocPath(rule.id)), 'utf8');
  } catch {
    doc = `# ${rule.id}\n\n${rule.description}\n\nDefault severity: ${rule.severity}.\n`;
  }
  io.stdout.write(doc.endsWith('\n') ? doc : `${doc}\n`);
  io.stdout.write(`\nOnline: ${ruleDocUrl(rule.id)}\n`);
  return 0;
}
