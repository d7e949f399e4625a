// Reading a playbook as it was at a git revision, without a checkout: the files changed since it, and the
// core's file-system interface over `git ls-tree` and `git cat-file`, so that a Workspace can load it.

import { execFileSync } from 'node:child_process';
import { relative, sep } from 'node:path';
import type { DirEntry, PlaybookFileSystem } from '../core';
import { UsageError } from './io';

const MAX_BUFFER = 1 << 30;

function git(cwd: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, maxBuffer: MAX_BUFFER, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new UsageError(`git ${args.join(' ')} failed in ${cwd}: ${stderr || (error as Error).message}`);
  }
}

/** The repository's top folder, and the playbook root's path inside it ('' at the top), forward slashes. */
export function repositoryOf(root: string): { top: string; prefix: string } {
  const top = git(root, ['rev-parse', '--show-toplevel']).toString().trim();
  const prefix = relative(top, root).split(sep).join('/');
  return { top, prefix: prefix === '' ? '' : `${prefix}/` };
}

/** Checks that `rev` names a commit; returns its full id. */
export function resolveRevision(root: string, rev: string): string {
  if (rev.startsWith('-')) throw new UsageError(`'${rev}' is not a revision.`);
  return git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).toString().trim();
}

export interface Change {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Relative to the playbook root; for a rename, the new path. */
  path: string;
  /** For a rename, the path it had at the revision. */
  from?: string;
}

/**
 * The playbook's files changed between `rev` and the working tree (committed, staged or not, and untracked
 * files that git does not ignore), relative to the playbook root. Renames are detected.
 */
export function changedSince(root: string, rev: string): Change[] {
  const { prefix } = repositoryOf(root);
  const inside = (p: string) => (p.startsWith(prefix) ? p.slice(prefix.length) : undefined);
  const out = git(root, ['diff', '--name-status', '-z', '--find-renames', rev, '--', '.']).toString().split('\0');
  const changes: Change[] = [];
  for (let i = 0; i < out.length - 1; ) {
    const code = out[i++];
    if (code.startsWith('R')) {
      const [from, to] = [inside(out[i++]), inside(out[i++])];
      if (to !== undefined) changes.push({ status: 'renamed', path: to, from });
      else if (from !== undefined) changes.push({ status: 'deleted', path: from });
      continue;
    }
    const path = inside(out[i++]);
    if (path === undefined) continue;
    changes.push({ status: code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified', path });
  }
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', '.']).toString().split('\0').filter(Boolean);
  for (const file of untracked) {
    const path = inside(file);
    if (path !== undefined && !changes.some((c) => c.path === path)) changes.push({ status: 'added', path });
  }
  return changes;
}

/**
 * The core's file-system interface over the playbook as committed at `rev`: directories from `git ls-tree`,
 * contents from `git cat-file`. Symbolic links and submodules are listed as such (the core skips them).
 */
export function revisionFileSystem(root: string, rev: string): PlaybookFileSystem {
  const commit = resolveRevision(root, rev);
  const { top, prefix } = repositoryOf(root);
  const entries = new Map<string, DirEntry[]>();
  const blobs = new Map<string, string>();
  // One ls-tree of the whole playbook: mode, type, object, size and path of every entry.
  const listing = git(top, ['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', commit, '--', prefix || '.']).toString().split('\0').filter(Boolean);
  const add = (dir: string, entry: DirEntry) => {
    const list = entries.get(dir);
    if (list) list.push(entry);
    else entries.set(dir, [entry]);
  };
  entries.set('', []);
  for (const line of listing) {
    const tab = line.indexOf('\t');
    const [mode, type, object, size] = line.slice(0, tab).split(/\s+/);
    const full = line.slice(tab + 1);
    if (!full.startsWith(prefix)) continue;
    const path = full.slice(prefix.length);
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (type === 'tree') {
      entries.set(path, entries.get(path) ?? []);
      add(dir, { name, type: 'directory' });
    } else if (type === 'blob' && mode === '120000') {
      add(dir, { name, type: 'symlink' });
    } else if (type === 'blob') {
      blobs.set(path, object);
      add(dir, { name, type: 'file', size: Number(size) });
    } else {
      add(dir, { name, type: 'other' });
    }
  }
  // The YAML files' contents in one `git cat-file --batch` (one process, not one per file), on first need.
  let yaml: Map<string, Uint8Array> | undefined;
  const loadYaml = () => {
    const wanted = [...blobs].filter(([path]) => /\.ya?ml$/i.test(path));
    const out = git(top, ['cat-file', '--batch'], wanted.map(([, object]) => object).join('\n') + '\n');
    const contents = new Map<string, Uint8Array>();
    let at = 0;
    for (const [path] of wanted) {
      const eol = out.indexOf(10, at);
      const [, type, size] = out.subarray(at, eol).toString().split(' ');
      if (type !== 'blob') throw new Error(`git cat-file --batch gave '${out.subarray(at, eol).toString()}' for ${path}`);
      contents.set(path, new Uint8Array(out.subarray(eol + 1, eol + 1 + Number(size))));
      at = eol + 1 + Number(size) + 1;
    }
    return contents;
  };
  return {
    async readDirectory(path) {
      const list = entries.get(path);
      if (!list) throw new Error(`${path} is not a folder at ${rev}`);
      return list;
    },
    async readFile(path) {
      const object = blobs.get(path);
      if (!object) throw new Error(`${path} is not a file at ${rev}`);
      const cached = (yaml ??= loadYaml()).get(path);
      return cached ?? new Uint8Array(git(top, ['cat-file', 'blob', object]));
    },
    async exists(path) {
      return blobs.has(path);
    },
  };
}
