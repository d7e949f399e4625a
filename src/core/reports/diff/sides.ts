// The two sides of a diff report: each workspace as report builders read it, renamed paths, and files that did not parse.

import type { Workspace } from '../../engine/workspace';
import { isRecord } from '../../model/readers';
import type { ReportInput } from '../facts';

export interface Side {
  input: ReportInput;
  /** Files whose mops documents could not all be read (YAML errors, too large): their absence proves nothing. */
  unreadable: Set<string>;
}

export interface Sides {
  base: Side;
  head: Side;
  /** A head path as it was named on the base (the same path unless the file was renamed). */
  toBase(path: string): string;
  /** A base path as it is named on the head. */
  toHead(path: string): string;
}

function unreadableFiles(workspace: Workspace): Set<string> {
  return new Set(
    workspace.paths().filter((path) => {
      const parsed = workspace.parsed(path);
      if (!parsed) return true;
      return parsed.isMops && (parsed.documents.length === 0 || parsed.documents.some((d) => !d.clean || !isRecord(d.value)));
    }),
  );
}

function side(workspace: Workspace, today: number): Side {
  return { input: { workspace, index: workspace.view(), config: workspace.config, today }, unreadable: unreadableFiles(workspace) };
}

/** `renames` maps a head path to the path it had on the base. */
export function sidesOf(base: Workspace, head: Workspace, today: number, renames: ReadonlyMap<string, string>): Sides {
  const back = new Map([...renames].map(([to, from]) => [from, to]));
  return {
    base: side(base, today),
    head: side(head, today),
    toBase: (path) => renames.get(path) ?? path,
    toHead: (path) => back.get(path) ?? path,
  };
}

/** What happened to an item (a brief, a tool) found by id on one side or both. */
export type Presence = 'both' | 'added' | 'removed' | 'parses now' | 'no longer parses';

export interface Paired<T> {
  presence: Presence;
  base?: T;
  head?: T;
}

/**
 * Pairs items by key (the first of two with one key wins, as reports resolve them). An item on one side
 * only whose file did not parse on the other side is not added or removed: it could not be read there.
 */
export function pairById<T extends { file: string; key: string }>(sides: Sides, base: T[], head: T[]): Array<Paired<T>> {
  const index = (items: T[]) => {
    const map = new Map<string, T>();
    for (const item of items) if (!map.has(item.key)) map.set(item.key, item);
    return map;
  };
  const [before, after] = [index(base), index(head)];
  const pairs: Array<Paired<T>> = [];
  for (const [id, item] of after) {
    const old = before.get(id);
    if (old) pairs.push({ presence: 'both', base: old, head: item });
    else pairs.push({ presence: sides.base.unreadable.has(sides.toBase(item.file)) ? 'parses now' : 'added', head: item });
  }
  for (const [id, item] of before) {
    if (after.has(id)) continue;
    pairs.push({ presence: sides.head.unreadable.has(sides.toHead(item.file)) ? 'no longer parses' : 'removed', base: item });
  }
  return pairs;
}

/** Files that could not be read on one side only (head paths), whose documents are counted on the other side only. */
export function unreadableOnOneSide(sides: Sides): { base: string[]; head: string[] } {
  const base = [...sides.base.unreadable].map(sides.toHead).filter((p) => !sides.head.unreadable.has(p) && sides.head.input.workspace.has(p));
  const head = [...sides.head.unreadable].filter((p) => !sides.base.unreadable.has(sides.toBase(p)) && sides.base.input.workspace.has(sides.toBase(p)));
  return { base: base.sort(), head: head.sort() };
}
