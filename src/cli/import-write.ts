// Writes what an import planned: new files created exclusively, changed files replaced only if they still
// hold what was read; all inside the playbook, never through a symbolic link.

import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportPlan } from '../core/import';
import { UsageError } from './io';
import { createOutput, writeOutput } from './output';

/** Whether anything (file, folder, link) is at a playbook-relative path. */
export function existsIn(root: string): (path: string) => boolean {
  return (path) => lstatSync(join(root, ...path.split('/')), { throwIfNoEntry: false }) !== undefined;
}

/** Writes the plan's files; refuses, before writing anything, when a file to change has changed on disk since it was read. */
export function writePlan(root: string, plan: ImportPlan): void {
  const abs = (path: string) => join(root, ...path.split('/'));
  const changed = plan.files.filter((f) => f.before !== undefined && readFileSync(abs(f.path), 'utf8') !== f.before);
  if (changed.length > 0) {
    throw new UsageError(`Nothing written: ${changed.map((f) => f.path).join(', ')} changed on disk while mops import ran. Run it again.`);
  }
  const blocked: string[] = [];
  for (const file of plan.files) {
    if (file.before !== undefined) writeOutput(root, abs(file.path), file.text);
    else if (!createOutput(root, abs(file.path), file.text)) blocked.push(file.path);
  }
  if (blocked.length > 0) throw new UsageError(`Not written, because a file appeared there while mops import ran: ${blocked.join(', ')}. Run it again.`);
}
