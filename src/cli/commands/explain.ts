// `mops explain RULE`: prints a rule's documentation page; a rule's short name (gate-missing) finds it too,
// and a family (utm) lists its rules.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRule, RULES, ruleDocPath, ruleDocUrl, type PlaybookRule, type RuleMeta } from '../../core';
import { nearest } from '../../core/text/distance';
import { parseCommandArgs } from '../args';
import { UsageError, type CliIo } from '../io';
import { packageRoot } from '../package-info';
import { policiesAt } from '../policies';
import { rulesText } from './rules';

export const EXPLAIN_HELP = `Usage: mops explain RULE [path]

Prints the documentation of a rule: its full id (brief/gate-missing), or its
name alone when no other family has a rule of that name (gate-missing).
A family (utm, brief, …) lists its rules. mops rules lists them all.
A team policy (policy/<id>) is looked up in the playbook at path, or in the one
the working folder is in: its standard, why the team has it, where it is defined.`;

const shortName = (id: string) => id.slice(id.indexOf('/') + 1);
const family = (id: string) => id.slice(0, id.indexOf('/'));

/** What a name given to `mops explain` stands for: one rule, the rules of a family, or several rules of that name. */
function lookUp(name: string): { rule: RuleMeta } | { family: RuleMeta[] } | { several: RuleMeta[] } | undefined {
  const id = name.toLowerCase().replace(/\/\*?$/, '');
  const exact = findRule(id);
  if (exact) return { rule: exact };
  const members = RULES.filter((r) => family(r.id) === id);
  if (members.length > 0) return { family: members };
  const named = RULES.filter((r) => shortName(r.id) === id);
  if (named.length === 1) return { rule: named[0] };
  if (named.length > 1) return { several: named };
  return undefined;
}

/** The nearest full id, family or short name (as the full id, when it names one rule) to a name that matched nothing. */
function suggestion(name: string): string | undefined {
  const families = new Set(RULES.map((r) => family(r.id)));
  const near = nearest(name, [...RULES.map((r) => r.id), ...families]);
  if (near !== undefined) return near;
  const short = nearest(name, new Set(RULES.map((r) => shortName(r.id))));
  const named = RULES.filter((r) => shortName(r.id) === short);
  return named.length === 1 ? named[0].id : short;
}

/** A team policy as `mops explain` prints it: its standard, why, and where it is defined. */
function policyText(policy: PlaybookRule): string {
  const where = policy.source ? `Defined in ${policy.source.file}, line ${policy.source.line + 1}.` : '';
  return `# ${policy.id}\n\n${policy.title ?? policy.description}\n\nA team policy of this playbook · Default severity: **${policy.severity}**\n\n${policy.help ? `${policy.help.trimEnd()}\n\n` : ''}${where}\n`;
}

export async function explain(io: CliIo, args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs('explain', { args, allowPositionals: true, strict: true, options: {} });
  const [name, path, ...rest] = positionals;
  if (!name) throw new UsageError('Usage: mops explain RULE [path] (see `mops rules` for the list)');
  if (rest.length > 0) throw new UsageError(`mops explain takes one rule (and a playbook path); got also ${rest.join(' ')}.`);
  if (name.startsWith('policy/') && !findRule(name)) {
    const { policies } = await policiesAt(io, path);
    const policy = policies.find((p) => p.id === name);
    if (!policy) {
      const near = nearest(name, policies.map((p) => p.id));
      throw new UsageError(`This playbook has no policy '${name}'.${near ? ` Did you mean '${near}'?` : ''} ${policies.length > 0 ? `Its policies: ${policies.map((p) => p.id).join(', ')}.` : 'It has no policies (Policy documents) yet.'}`);
    }
    io.stdout.write(policyText(policy));
    return 0;
  }
  const found = lookUp(name);
  if (!found) {
    const near = suggestion(name);
    throw new UsageError(`There is no rule '${name}'.${near ? ` Did you mean '${near}'?` : ''} Run \`mops rules\` for the list.`);
  }
  if ('several' in found) {
    throw new UsageError(`'${name}' is the name of ${found.several.length} rules: ${found.several.map((r) => r.id).join(', ')}. Run mops explain with one of them.`);
  }
  if ('family' in found) {
    io.stdout.write(`The ${family(found.family[0].id)} rules (mops explain RULE prints one's documentation):\n\n${rulesText(found.family)}`);
    return 0;
  }
  const { rule } = found;
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
