// Finds the playbook the paths of a command name: one rule for every command, whatever the paths' order.
//
// A path's playbook root is the nearest folder at or above it holding mops.config.yaml; without one, a
// folder is its own root and a file's is its folder. Every path given must resolve to the same root: taking
// the first path's root instead let `mops check notes.txt my-playbook` read the whole folder above the
// playbook, siblings and all, and ignore the playbook's own config.

import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE } from '../core';
import { UsageError, type CliIo } from './io';

/** The playbook root of an existing path. */
export function playbookRoot(path: string): string {
  const start = statSync(path).isDirectory() ? path : dirname(path);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** The playbook that a command's paths name. */
export interface PlaybookPaths {
  root: string;
  /** The paths relative to the root, forward slashes; '' for the root itself. */
  targets: string[];
  /** The targets that are files (not folders). */
  files: string[];
}

/** The file extensions mops reads as YAML. */
const YAML_FILE = /\.ya?ml$/i;

/**
 * Resolves the paths given to `mops <command>` (relative to the working folder; none: the working folder) to
 * one playbook root, or throws a UsageError: a path that does not exist, paths in different playbooks, a
 * file named that is not YAML. With no path and no mops.config.yaml, says on stderr which folder is taken.
 */
export function resolvePlaybook(io: CliIo, command: string, paths: string[]): PlaybookPaths {
  const given = paths.length > 0 ? paths : ['.'];
  const absolute = given.map((p) => resolve(io.cwd, p));
  const missing = given.filter((_, i) => !existsSync(absolute[i]));
  if (missing.length > 0) throw new UsageError(`No such file or folder: ${missing.join(', ')}`);
  const roots = absolute.map(playbookRoot);
  const root = roots[0];
  if (roots.some((r) => r !== root)) throw new UsageError(disagreement(io.cwd, command, given, roots));
  const isFile = absolute.map((p) => !statSync(p).isDirectory());
  const notYaml = given.filter((p, i) => isFile[i] && !YAML_FILE.test(p));
  if (notYaml.length > 0) {
    const these = notYaml.length === 1 ? `${notYaml[0]} is not a YAML file` : `These are not YAML files: ${notYaml.join(', ')}`;
    throw new UsageError(`${these}; mops ${command} reads playbooks of .yaml and .yml files. Name the playbook's folder or its YAML files.`);
  }
  if (paths.length === 0 && !existsSync(join(root, CONFIG_FILE))) {
    io.stderr.write(`mops: no ${CONFIG_FILE} in this folder or above it; taking ${root} as the playbook.\n`);
  }
  const targets = absolute.map((p) => relative(root, p).split(sep).join('/'));
  return { root, targets, files: targets.filter((_, i) => isFile[i]) };
}

/** Which paths resolve to which root, grouped by root, and how to proceed. */
function disagreement(cwd: string, command: string, paths: string[], roots: string[]): string {
  const byRoot = new Map<string, string[]>();
  roots.forEach((r, i) => byRoot.set(r, [...(byRoot.get(r) ?? []), paths[i]]));
  const lines = [...byRoot].map(([r, ps]) => {
    const why = existsSync(join(r, CONFIG_FILE)) ? `it holds ${CONFIG_FILE}` : `no ${CONFIG_FILE} there or above it`;
    const named = ps.length > 4 ? [...ps.slice(0, 4), `and ${ps.length - 4} more`] : ps;
    return `  ${named.join(', ')} → ${shownPath(cwd, r)} (${why})`;
  });
  return `The paths given to mops ${command} are in different playbooks:\n${lines.join('\n')}\nA playbook's root is the nearest folder at or above a path that holds ${CONFIG_FILE}; name paths of one playbook at a time.`;
}

/** A path as the user would type it from the working folder: relative inside it, absolute outside. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
