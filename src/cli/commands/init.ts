// `mops init [dir] [--force]`: writes a new playbook scaffold into a folder, never over a file unless told.

import { lstatSync, mkdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, scaffoldPlaybook } from '../../core';
import { UsageError, type CliIo } from '../io';
import { parseCommandArgs } from '../args';

export const INIT_HELP = `Usage: mops init [dir] [--force]

Scaffolds a new playbook repo in dir (default: the current folder): ${CONFIG_FILE}, the team,
a workflow, the naming convention and UTM standard, a budget, a tool, an SOP, a first brief, a README
and a GitHub Actions workflow that checks every pull request. Dates count from today, so the new
playbook checks clean. Only the scaffold's own files are written; nothing else in dir is touched.

Options:
  --force   overwrite the scaffold's files where they already exist

Exit codes: 0 written, 2 usage error or files in the way (then nothing is written).`;

/** What is at a path, without following a link; undefined when nothing is (or a file stands where a folder would). */
function stat(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function init(io: CliIo, args: string[]): number {
  const { values, positionals } = parseCommandArgs('init', { args, allowPositionals: true, strict: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length > 1) throw new UsageError(`mops init takes one folder, not ${positionals.length}.`);
  const given = positionals[0] ?? '.';
  const dir = resolve(io.cwd, given);
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(`${given} exists and is not a folder.`);

  const files = scaffoldPlaybook();
  const blocked: string[] = [];
  const existing: string[] = [];
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    const found = stat(target);
    // A folder or a link where a file goes, or a file where a folder goes, is never replaced, even with --force.
    if (found && !found.isFile()) blocked.push(`${file.path} (${found.isDirectory() ? 'a folder' : 'a link'})`);
    else if (found) existing.push(file.path);
    const parent = parentInTheWay(dir, file.path);
    if (parent) blocked.push(`${parent} (a file where a folder goes)`);
  }
  if (blocked.length > 0) {
    throw new UsageError(`Nothing written: these are in the way in ${given}, and --force does not replace them:\n${indent([...new Set(blocked)])}`);
  }
  if (existing.length > 0 && !values.force) {
    throw new UsageError(`Nothing written: ${given} already has ${existing.length === 1 ? 'this file' : 'these files'} of the scaffold:\n${indent(existing)}\nRun mops init${given === '.' ? '' : ` ${quote(given)}`} --force to overwrite ${existing.length === 1 ? 'it' : 'them'} (no other file is touched).`);
  }

  const written: string[] = [];
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    try {
      mkdirSync(dirname(target), { recursive: true });
      // Without --force a file is only ever created: one that appeared since the check above stays as it is.
      writeFileSync(target, file.text, { flag: values.force ? 'w' : 'wx' });
    } catch (error) {
      const done = written.length > 0 ? ` Written before it:\n${indent(written)}` : ' Nothing was written.';
      throw new UsageError(`Could not write ${file.path} in ${given}: ${(error as Error).message}.${done}`);
    }
    written.push(file.path);
  }
  const lines = files.map((f) => `${f.path}${existing.includes(f.path) ? ' (overwritten)' : ''}`);
  io.stdout.write(`Created a playbook in ${dir}:\n${indent(lines)}\n\nNext: check it with\n  mops check${given === '.' ? '' : ` ${quote(given)}`}\n`);
  return 0;
}

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
