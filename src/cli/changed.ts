// `--changed-since REV`: the files a check reports on, those changed since REV and those whose findings the change altered.

import { loadPlaybook, type Finding, type LoadOptions, type Workspace } from '../core';
import { applyBaseline, baselineEntries } from './baseline';
import { findingKey } from './fingerprint';
import type { BaselineState, Summary } from './formatters/types';
import { changedSince, repositoryOf, resolveRevision, revisionFileSystem, type Change } from './git';
import { UsageError } from './io';

export interface ChangedScope {
  /** The revision as the user wrote it, and the commit it names. */
  rev: string;
  commit: string;
  changes: Change[];
  /** Files to report on, relative to the playbook root: changed (new paths) or with different findings. */
  files: Set<string>;
  /** Paths deleted since the revision (their findings are gone; their baseline entries are fixed). */
  deleted: Set<string>;
  /** A renamed file's path at the revision, by its path now. */
  renamedFrom: Map<string, string>;
  /** The playbook as committed at the revision, checked with the same options. */
  base: Workspace;
}

/** Resolves `rev` in the playbook's repository, with messages a user can act on. */
function commitOf(root: string, rev: string): string {
  try {
    repositoryOf(root);
  } catch (error) {
    if (/ENOENT/.test((error as Error).message)) throw new UsageError('--changed-since needs git, and git was not found on the PATH.');
    throw new UsageError(`--changed-since needs a git repository, and ${root} is not inside one.`);
  }
  try {
    return resolveRevision(root, rev);
  } catch {
    throw new UsageError(`--changed-since: '${rev}' is not a commit in the repository of ${root} (a branch, tag or commit id; in CI, fetch it first).`);
  }
}

function sortedKeys(workspace: Workspace, path: string): string[] {
  return workspace.findings(path).map((f) => findingKey(workspace, f)).sort();
}

function sameFindings(head: Workspace, base: Workspace, path: string): boolean {
  const now = sortedKeys(head, path);
  const before = base.has(path) ? sortedKeys(base, path) : [];
  return now.length === before.length && now.every((key, i) => key === before[i]);
}

/**
 * Compares the working tree's workspace with the playbook as committed at `rev`, read from git without a
 * checkout and checked with the same options, so that cross-file effects of a change are seen.
 */
export async function changedScope(root: string, rev: string, head: Workspace, options: LoadOptions): Promise<ChangedScope> {
  const commit = commitOf(root, rev);
  const changes = changedSince(root, commit);
  const base = await loadPlaybook(revisionFileSystem(root, commit), options);
  const touched = new Set(changes.filter((c) => c.status !== 'deleted').map((c) => c.path));
  const files = new Set(head.paths().filter((path) => touched.has(path) || !sameFindings(head, base, path)));
  return {
    rev,
    commit,
    changes,
    files,
    deleted: new Set(changes.filter((c) => c.status === 'deleted').map((c) => c.path)),
    renamedFrom: new Map(changes.filter((c) => c.from !== undefined).map((c) => [c.path, c.from as string])),
    base,
  };
}

/**
 * Marks each finding (of the files in scope) new, when the revision did not have it, or unchanged. The
 * revision's findings of those files are taken as a baseline and matched as `--baseline` matches (rule,
 * file with renames followed, offending text; the same message first): one way to say that two findings
 * are the same, whatever compares them.
 */
export function baselineStates(scope: ChangedScope, head: Workspace, findings: Finding[]): Map<Finding, BaselineState> {
  const before = [...scope.files].flatMap((file) => {
    const path = scope.renamedFrom.get(file) ?? file;
    return scope.base.has(path) ? scope.base.findings(path) : [];
  });
  const entries = baselineEntries(scope.base, before);
  const fresh = new Set(applyBaseline(head, findings, entries, (file) => scope.files.has(file), scope.renamedFrom).fresh);
  return new Map(findings.map((f) => [f, fresh.has(f) ? 'new' : 'unchanged']));
}

/** How many findings are new since the revision and how many it had (`hidden`: those --only-new left out). */
export function countStates(findings: Finding[], states: ReadonlyMap<Finding, BaselineState>, hidden?: number): Pick<Summary, 'new' | 'unchanged'> {
  const fresh = findings.filter((f) => states.get(f) === 'new').length;
  return { new: fresh, unchanged: hidden ?? findings.length - fresh };
}
