// The playbook a command covers: its root from the given paths, the loaded workspace, the files selected.

import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE, decodeText, loadPlaybook, type LoadOptions, type Workspace, type WorkspaceOptions } from '../core';
import { UsageError, type CliIo } from './io';
import { nodeFileSystem } from './node-fs';
import { progressReporter } from './progress';
import { resolvePlaybook } from './root';
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

function under(target: string, file: string): boolean {
  return target === '' || file === target || file.startsWith(`${target}/`);
}

/** Files named on the command line are checked even when the config's globs would not pick them. */
function addExplicitFiles(workspace: Workspace, root: string, files: string[]): void {
  for (const target of files) {
    if (workspace.has(target)) continue;
    const abs = resolve(root, target);
    if (lstatSync(abs).isFile()) workspace.set(target, decodeText(readFileSync(abs)));
  }
}

/** Whether the workspace's configuration has errors: then the command reports them, and nothing else counts. */
export function configBroken(workspace: Workspace): boolean {
  return workspace.findings(CONFIG_FILE).some((f) => f.severity === 'error');
}

/**
 * Refuses what would otherwise pass with nothing checked: a path given with no YAML file in it (none, or
 * none the config's globs select), or a playbook without a single mops document besides its config.
 * A broken config is left for the command to report.
 */
export function requireSomethingToCheck(workspace: Workspace, root: string, paths: string[], targets: string[], command: string): void {
  if (configBroken(workspace)) return;
  const files = workspace.paths();
  const empty = paths.filter((_, i) => !workspace.has(targets[i]) && !files.some((f) => under(targets[i], f)));
  if (empty.length > 0) {
    const globs = workspace.has(CONFIG_FILE) ? ` that the include and exclude globs of ${CONFIG_FILE} select` : '';
    throw new UsageError(`No YAML file (.yaml or .yml)${globs} to check in ${empty.map((p) => (p === '.' ? 'the current folder' : p)).join(', ')}.`);
  }
  const ours = files.some((f) => f !== CONFIG_FILE && (workspace.parsed(f)?.isMops === true || workspace.content(f)?.type === 'skipped'));
  if (!ours) {
    const yaml = files.filter((f) => f !== CONFIG_FILE).length;
    // With no YAML file at all, the path check above has spoken, unless the config is there.
    const detail = yaml === 0 ? `its include and exclude globs select no YAML file besides ${CONFIG_FILE}` : `none of its ${yaml === 1 ? 'YAML file' : `${yaml} YAML files`} holds one`;
    throw new UsageError(`No mops document in the playbook at ${root}, so nothing for mops ${command}: ${detail}. A mops document is YAML that starts with apiVersion: mops/v1 and a kind; mops init starts a playbook.`);
  }
}

/**
 * Loads the playbook that the paths (relative to the working folder; none: the working folder) name; they
 * must all resolve to one playbook root, and hold something to check.
 */
export async function openPlaybook(
  io: CliIo,
  command: string,
  paths: string[],
  options: WorkspaceOptions & Pick<LoadOptions, 'checkWhileParsing'>,
  cache?: string,
  timing?: Timing,
): Promise<OpenPlaybook> {
  const { root, targets, files: named } = resolvePlaybook(io, command, paths);
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
  addExplicitFiles(workspace, root, named);
  requireSomethingToCheck(workspace, root, paths.length > 0 ? paths : ['.'], targets, command);
  const selects = (file: string) => targets.some((t) => under(t, file));
  return { root, workspace, files: workspace.paths().filter(selects), selects, saveCache };
}
