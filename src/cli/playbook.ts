// The playbook a check or a baseline covers: its root from the given paths, the loaded workspace, the files selected.

import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { decodeText, loadPlaybook, type LoadOptions, type Workspace, type WorkspaceOptions } from '../core';
import { UsageError, type CliIo } from './io';
import { nodeFileSystem } from './node-fs';
import { progressReporter } from './progress';
import { playbookRoot } from './root';
import { loadWithCache } from './cache';
import { parserFor } from './parallel-parse';
import type { Timing } from './timing';

export interface OpenPlaybook {
  root: string;
  workspace: Workspace;
  /** The workspace's files that the paths select, relative to the root. */
  files: string[];
  /** Whether a path relative to the root (present or not) is under one of the given paths. */
  selects(file: string): boolean;
  /** With --cache: writes it, once the findings are computed. */
  saveCache?: () => void;
}

/** Paths relative to the root, forward slashes; '' for the root itself. */
function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function under(target: string, file: string): boolean {
  return target === '' || file === target || file.startsWith(`${target}/`);
}

/** Files named on the command line are checked even when the config's globs would not pick them. */
function addExplicitFiles(workspace: Workspace, root: string, targets: string[]): void {
  for (const target of targets) {
    if (target === '' || workspace.has(target)) continue;
    const abs = resolve(root, target);
    if (lstatSync(abs).isFile()) workspace.set(target, decodeText(readFileSync(abs)));
  }
}

/** Loads the playbook holding the first path (paths relative to the working folder); all must be inside it. */
export async function openPlaybook(
  io: CliIo,
  paths: string[],
  options: WorkspaceOptions & Pick<LoadOptions, 'checkWhileParsing'>,
  cache?: string,
  timing?: Timing,
): Promise<OpenPlaybook> {
  const absolute = paths.map((p) => resolve(io.cwd, p));
  for (const [i, path] of absolute.entries()) {
    if (!existsSync(path)) throw new UsageError(`No such file or folder: ${paths[i]}`);
  }
  const root = playbookRoot(absolute[0]);
  const targets = absolute.map((p) => toRelative(root, p));
  const outside = targets.find((t) => t.startsWith('..'));
  if (outside !== undefined) {
    throw new UsageError(`${outside} is outside the playbook at ${root}; check one playbook at a time.`);
  }
  let workspace: Workspace;
  let saveCache: (() => void) | undefined;
  let phase = 'load with the cache';
  if (cache !== undefined) {
    const file = resolve(root, cache || '.mopscache');
    const loaded = await loadWithCache(root, nodeFileSystem(root), options, file, io.env);
    workspace = loaded.workspace;
    saveCache = () => {
      try {
        loaded.save();
      } catch (error) {
        io.stderr.write(`mops: warning: could not write the cache ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    };
    if (io.env.MOPS_CACHE_REPORT === '1') io.stderr.write(`mops: the cache gave the findings of ${loaded.reused} files\n`);
  } else {
    const start = parserFor(io.env, io.stderr);
    const parser =
      start &&
      (() => {
        const session = start();
        return {
          add: session.add.bind(session),
          async done(parsed: Parameters<typeof session.done>[0], idle?: () => boolean) {
            timing?.lap('read (parsing meanwhile)');
            await session.done(parsed, idle);
            timing?.lap(idle ? 'parse the rest and check meanwhile' : 'parse the rest');
          },
        };
      });
    phase = parser ? 'index' : 'read, parse and index';
    workspace = await loadPlaybook(nodeFileSystem(root), { ...options, onProgress: progressReporter(io.stderr, 'Checking'), parser });
  }
  timing?.lap(phase);
  addExplicitFiles(workspace, root, targets);
  const selects = (file: string) => targets.some((t) => under(t, file));
  return { root, workspace, files: workspace.paths().filter(selects), selects, saveCache };
}
