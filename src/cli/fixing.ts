// Writes what fix-all changed back to the playbook's files, or shows it as a unified diff. A file is written
// only when it is a mops file of the playbook, a plain file (never a link), unchanged on disk since it was
// read, and then atomically (a new file renamed over it, with the old one's permissions).

import { chmodSync, lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { decodeText, fixPlaybook, type FileFix, type Finding, type Workspace } from '../core';
import type { Output } from './io';

export interface FixRun {
  /** The files written (or, in a dry run, that would be). */
  written: FileFix[];
  /** Files fix-all changed but that were left as they are, and why. */
  refused: Array<{ path: string; reason: string }>;
}

/** `--rule ID` (repeatable; `family/*` for a family): which findings to fix. */
export function ruleFilter(rules: readonly string[]): ((f: Finding) => boolean) | undefined {
  if (rules.length === 0) return undefined;
  return (f) => rules.some((r) => r === f.rule || (r.endsWith('/*') && f.rule.startsWith(r.slice(0, -1))));
}

/** Why a file may not be written over, or undefined when it may (`command`: what to run again after a change on disk). */
export function refusal(root: string, path: string, before: string, command = 'mops fix'): string | undefined {
  const abs = join(root, ...path.split('/'));
  const rel = relative(root, abs);
  if (rel.startsWith('..') || rel.split(sep).includes('..')) return 'it is outside the playbook';
  let stat;
  try {
    stat = lstatSync(abs);
  } catch {
    return 'it no longer exists';
  }
  if (!stat.isFile()) return 'it is not a plain file (a link or a folder)';
  const now = decodeText(readFileSync(abs));
  if (now.type !== 'text' || now.text !== before) return `it changed on disk since mops read it; run ${command} again`;
  return undefined;
}

/** Writes `text` over `file` through a new file renamed over it, keeping the old file's permissions. */
export function replaceFile(file: string, text: string): void {
  const mode = lstatSync(file).mode & 0o7777;
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode });
    chmodSync(temporary, mode);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Applies fix-all to `files` in the workspace and writes the result (or, with `dryRun`, prints a unified diff
 * to `out` and writes nothing). Files that may not be written are put back in the workspace as they are on
 * disk, so that what is reported afterwards is what the files hold.
 */
export function fixFiles(root: string, workspace: Workspace, files: readonly string[], options: { dryRun: boolean; select?: (f: Finding) => boolean; out: Output }): FixRun {
  const changes = fixPlaybook(workspace, files, { select: options.select });
  const run: FixRun = { written: [], refused: [] };
  for (const change of changes) {
    const reason = refusal(root, change.path, change.before);
    if (reason) {
      run.refused.push({ path: change.path, reason });
      workspace.set(change.path, { type: 'text', text: change.before });
      continue;
    }
    if (options.dryRun) options.out.write(createTwoFilesPatch(`a/${change.path}`, `b/${change.path}`, change.before, change.after, '', '', { context: 3 }));
    else replaceFile(join(root, ...change.path.split('/')), change.after);
    run.written.push(change);
  }
  if (options.dryRun) for (const change of run.written) workspace.set(change.path, { type: 'text', text: change.before });
  return run;
}

/** One line per file: how many problems were fixed, and of which rules; then the files left alone. */
export function fixSummary(run: FixRun, dryRun: boolean): string {
  const lines = run.written.map((c) => {
    const rules = [...new Set(c.fixed.map((f) => f.rule))].sort();
    return `${c.path}: ${dryRun ? 'would fix' : 'fixed'} ${c.fixed.length} problem${c.fixed.length === 1 ? '' : 's'} (${rules.join(', ')})`;
  });
  for (const r of run.refused) lines.push(`${r.path}: not written: ${r.reason}`);
  if (lines.length === 0) lines.push('Nothing to fix: no finding here has a fix that mops can apply on its own.');
  return `${lines.join('\n')}\n`;
}
