// `mops init [dir] [--name NAME] [--force]`: writes a new playbook scaffold into a folder, never over a file
// unless told, and then only after keeping the old file as a backup. `--hooks` installs the git pre-commit hook.

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, mergeGitignore, scaffoldPlaybook } from '../../core';
import { UsageError, type CliIo } from '../io';
import { parseCommandArgs } from '../args';
import { backupName, stat } from '../backup';
import { installHook } from './init-hooks';

export const INIT_HELP = `Usage: mops init [dir] [--name NAME] [--force]
       mops init --hooks [dir] [--force]

Scaffolds a new playbook repo in dir (default: the current folder): ${CONFIG_FILE}, the team,
a workflow, the naming convention and UTM standard, a budget, a tool, an SOP, a first brief, a README
that says how to install and run mops, a .gitignore and a GitHub Actions workflow that checks every
pull request. Dates count from today, so the new playbook checks clean. Only the scaffold's own files are
written; nothing else in dir is touched. A .gitignore already there is added to, not replaced.

Options:
  --name NAME   the team or company, e.g. "Acme Outdoor": the README's title, the Team's description and
                the ids of the Team, naming convention and UTM standard
  --force       overwrite the scaffold's files where they already exist; each one that differs is first
                kept as FILE.bak (FILE.bak.1, … when that is taken)
  --hooks       write no scaffold: install a git pre-commit hook in the repository that holds the playbook
                dir (its root, with ${CONFIG_FILE}). Each commit then checks the staged YAML files of the
                playbook as staged, with the mops on the PATH (else node_modules/.bin/mops, or the command
                in $MOPS), and is refused on errors; git commit --no-verify skips it once. An existing hook
                is replaced only with --force, and kept as pre-commit.bak first.

Exit codes: 0 written (or the same hook already there), 2 usage error or files in the way, or with
--hooks no git repository, no ${CONFIG_FILE} in dir, or another hook there without --force
(then nothing is written).`;

/** What init does to one file of the scaffold. */
interface Plan {
  path: string;
  text: string;
  /** `create` a new file, `merge` into a .gitignore, `keep` an identical file, `replace` one that differs (after a backup). */
  action: 'create' | 'merge' | 'keep' | 'replace';
  backup?: string;
}

export function init(io: CliIo, args: string[]): number {
  const { values, positionals } = parseCommandArgs('init', {
    args,
    allowPositionals: true,
    strict: true,
    options: { force: { type: 'boolean', default: false }, name: { type: 'string' }, hooks: { type: 'boolean', default: false } },
  });
  if (positionals.length > 1) throw new UsageError(`mops init takes one folder, not ${positionals.length}.`);
  if (values.name !== undefined && values.name.trim() === '') throw new UsageError('--name needs a name, e.g. --name "Acme Outdoor".');
  const given = positionals[0] ?? '.';
  const dir = resolve(io.cwd, given);
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`${given} exists and is not a folder.`);
  if (values.hooks) {
    if (values.name !== undefined) throw new UsageError('--name names a new scaffold; mops init --hooks writes none, only the pre-commit hook.');
    return installHook(io, dir, given, values.force);
  }

  const files = scaffoldPlaybook({ name: values.name });
  const blocked: string[] = [];
  const existing: string[] = [];
  const plans: Plan[] = [];
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    const found = stat(target);
    // A folder or a link where a file goes, or a file where a folder goes, is never replaced, even with --force.
    if (found && !found.isFile()) blocked.push(`${file.path} (${found.isDirectory() ? 'a folder' : 'a link'})`);
    const parent = parentInTheWay(dir, file.path);
    if (parent) blocked.push(`${parent} (a file where a folder goes)`);
    if (!found?.isFile()) plans.push({ ...file, action: 'create' });
    else if (file.path === '.gitignore') {
      const merged = mergeGitignore(readFileSync(target, 'utf8'));
      plans.push(merged === undefined ? { ...file, action: 'keep' } : { path: file.path, text: merged, action: 'merge' });
    } else if (readFileSync(target, 'utf8') === file.text) plans.push({ ...file, action: 'keep' });
    else {
      existing.push(file.path);
      plans.push({ ...file, action: 'replace', backup: backupName(target, file.path) });
    }
  }
  if (blocked.length > 0) {
    throw new UsageError(`Nothing written: these are in the way in ${given}, and --force does not replace them:\n${indent([...new Set(blocked)])}`);
  }
  if (existing.length > 0 && !values.force) {
    const them = existing.length === 1 ? 'it' : 'them';
    throw new UsageError(
      `Nothing written: ${given} already has ${existing.length === 1 ? 'this file' : 'these files'} of the scaffold:\n${indent(existing)}\n` +
        `Run mops init${given === '.' ? '' : ` ${quote(given)}`} --force to overwrite ${them}; each is kept as FILE.bak first (no other file is touched).`,
    );
  }

  const written: string[] = [];
  for (const plan of plans) {
    if (plan.action === 'keep') continue;
    const target = join(dir, ...plan.path.split('/'));
    try {
      mkdirSync(dirname(target), { recursive: true });
      // The backup is a new file, never written over; the file is replaced only once its backup exists.
      if (plan.backup) writeFileSync(join(dir, ...plan.backup.split('/')), readFileSync(target), { flag: 'wx' });
      // A new file is only ever created: one that appeared since the check above stays as it is.
      writeFileSync(target, plan.text, { flag: plan.action === 'create' ? 'wx' : 'w' });
    } catch (error) {
      const done = written.length > 0 ? ` Written before it:\n${indent(written)}` : ' Nothing was written.';
      throw new UsageError(`Could not write ${plan.path} in ${given}: ${(error as Error).message}.${done}`);
    }
    written.push(plan.backup ? `${plan.path} (and its backup ${plan.backup})` : plan.path);
  }
  const lines = plans.map((p) => `${p.path}${NOTE[p.action](p)}`);
  io.stdout.write(
    `Created a playbook in ${dir}:\n${indent(lines)}\n\nNext: check it with\n  mops check${given === '.' ? '' : ` ${quote(given)}`}\n` +
      'README.md says how to install mops for everyone who works in this repo.\n',
  );
  return 0;
}

const NOTE: Record<Plan['action'], (plan: Plan) => string> = {
  create: () => '',
  merge: () => ' (added the lines mops needs)',
  keep: () => ' (already there, unchanged)',
  replace: (plan) => ` (overwritten; the old one is kept as ${plan.backup})`,
};

/** The first folder on a file's path that exists as something other than a folder. */
function parentInTheWay(dir: string, path: string): string | undefined {
  const parts = path.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const found = stat(join(dir, ...parts.slice(0, i)));
    if (!found) return undefined;
    if (!found.isDirectory()) return parts.slice(0, i).join('/');
  }
  return undefined;
}

function indent(lines: string[]): string {
  return lines.map((l) => `  ${l}`).join('\n');
}

/** A folder argument as a shell would need it. */
function quote(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
