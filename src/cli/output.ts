// Writes the CLI's outputs (reports, --out files, baselines, the cache) without ever writing through a
// symbolic link: a playbook repo is untrusted, and a link it commits at an output's path (reports/ →
// ~/.ssh, pipeline.md → ~/.bashrc) must not turn a report into a write outside the place the user named.

import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { link, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UsageError } from './io';

/**
 * The first symbolic link on the way from `cwd` to `file`'s folder, counting only folders below `cwd`
 * (the ones a checked-out repo can hold); undefined when there is none.
 */
function linkOnTheWay(cwd: string, folder: string): string | undefined {
  const rel = relative(cwd, folder);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  let at = cwd;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    const found = lstatSync(at, { throwIfNoEntry: false });
    if (!found) return undefined; // the rest is created by us, as real folders
    if (found.isSymbolicLink()) return at;
  }
  return undefined;
}

/**
 * Writes `text` to `file` (absolute), creating its folder. The text goes to a new file created
 * exclusively next to it and is then renamed over `file`, so a link at `file` is replaced, never
 * followed, and a reader never sees half a file.
 */
export function writeOutput(cwd: string, file: string, text: string): void {
  const folder = dirname(file);
  const link = linkOnTheWay(cwd, folder);
  if (link) throw new UsageError(`Nothing written to ${shown(cwd, file)}: ${shown(cwd, link)} is a symbolic link, and mops does not write through links inside the folder it runs in. Name the real folder instead.`);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`Could not write ${shown(cwd, file)}: ${(error as Error).message}.`);
  }
}

/** Checks once that no link stands on the way to a folder inside `cwd`, and makes it; `ready` remembers the folders done. */
export function prepareFolder(cwd: string, file: string, ready: Set<string>): void {
  const folder = dirname(file);
  if (ready.has(folder)) return;
  const link = linkOnTheWay(cwd, folder);
  if (link) throw new UsageError(`Nothing written to ${shown(cwd, file)}: ${shown(cwd, link)} is a symbolic link, and mops does not write through links inside the folder it runs in. Name the real folder instead.`);
  mkdirSync(folder, { recursive: true });
  ready.add(folder);
}

let temporaries = 0;

/**
 * Writes a new file into a folder prepared by prepareFolder, never over anything already at `file` (a file,
 * a folder or a link): the text goes to a temporary file that is then hard-linked at `file`, which fails if
 * anything is there, so a reader never sees half a file and nothing is replaced. False when something was there.
 */
export async function createOutputAsync(cwd: string, file: string, text: string): Promise<boolean> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${++temporaries}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await link(temporary, file);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return false;
    throw new UsageError(`Could not write ${shown(cwd, file)}: ${(error as Error).message}.`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/**
 * Refuses an output path that is one of the playbook's own files (one holding mops documents): a report or
 * baseline written there would replace the user's work (a slip such as `--out team.yaml` for `team.json`).
 */
export function refusePlaybookFile(cwd: string, root: string, file: string, isPlaybookFile: (path: string) => boolean): void {
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !isPlaybookFile(rel.split(sep).join('/'))) return;
  throw new UsageError(`Nothing written: ${shown(cwd, file)} is a file of the playbook, and mops does not write its output over it. Name another file.`);
}

function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
