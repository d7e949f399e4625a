// Writes what an import planned: new files created exclusively, changed files replaced only if they still
// hold what was read; all inside the playbook, never through a symbolic link.

import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFile, Workspace } from '../core';
import type { ImportPlan, PlannedFile } from '../core/import';
import { parserFor } from './parallel-parse';
import { UsageError } from './io';
import { createOutputAsync, prepareFolder, writeOutput } from './output';

/**
 * Puts the planned files into the workspace, to be checked: parsed on worker threads as `mops check` parses
 * (MOPS_JOBS=1: on this one), then set in plan order.
 */
export async function addPlanned(workspace: Workspace, files: PlannedFile[], env: Record<string, string | undefined>): Promise<void> {
  const start = files.length > 1 ? parserFor(env) : undefined;
  if (!start) {
    for (const file of files) workspace.set(file.path, { type: 'text', text: file.text });
    return;
  }
  const session = start();
  files.forEach((file, i) => session.add(i, file.path, file.text));
  const parsed: ParsedFile[] = [];
  await session.done((i, file) => void (parsed[i] = file));
  files.forEach((file, i) => workspace.set(file.path, { type: 'text', text: file.text, parsed: parsed[i] }));
}

/** Whether anything (file, folder, link) is at a playbook-relative path. */
export function existsIn(root: string): (path: string) => boolean {
  return (path) => lstatSync(join(root, ...path.split('/')), { throwIfNoEntry: false }) !== undefined;
}

/** Files written at once: the writes wait on the disk, not on this thread, so a few run side by side. */
const WRITERS = 16;

/** Writes the plan's files; refuses, before writing anything, when a file to change has changed on disk since it was read. */
export async function writePlan(root: string, plan: ImportPlan): Promise<void> {
  const abs = (path: string) => join(root, ...path.split('/'));
  const changed = plan.files.filter((f) => f.before !== undefined && readFileSync(abs(f.path), 'utf8') !== f.before);
  if (changed.length > 0) {
    throw new UsageError(`Nothing written: ${changed.map((f) => f.path).join(', ')} changed on disk while mops import ran. Run it again.`);
  }
  const blocked: string[] = [];
  const ready = new Set<string>();
  for (const file of plan.files) if (file.before !== undefined) writeOutput(root, abs(file.path), file.text);
  const created = plan.files.filter((f) => f.before === undefined);
  // Folders are checked for links and made first, one by one; then the files go in, a few at a time.
  for (const file of created) prepareFolder(root, abs(file.path), ready);
  let next = 0;
  const worker = async () => {
    while (next < created.length) {
      const file = created[next++];
      if (!(await createOutputAsync(root, abs(file.path), file.text))) blocked.push(file.path);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITERS, created.length) }, worker));
  if (blocked.length > 0) throw new UsageError(`Not written, because a file appeared there while mops import ran: ${blocked.sort().join(', ')}. Run it again.`);
}
