// The workspace's documents by kind and id, and the dependency keys that let re-checks stay incremental.

import { API_VERSION, type Kind } from '../model/kinds';
import type { ParsedDocument } from '../model/parse';

/** Dependency on every document of a kind (its contents included). */
export const allKey = (kind: string) => `all:${kind}`;
/** Dependency on the documents of a kind that carry one id. */
export const idKey = (kind: string, id: string) => `id:${kind}/${id}`;

/** What a rule may read of the rest of the workspace; every read is recorded as a dependency. */
export interface IndexView {
  /** Every document of a kind, in file order. */
  all(kind: Kind): readonly ParsedDocument[];
  /** The documents of a kind with this id, in file order (more than one is a duplicate). */
  byId(kind: Kind, id: string): readonly ParsedDocument[];
  /**
   * A value computed from every document of the given kinds, cached until one of them changes:
   * lookup tables such as "person id → member", built once, not once per brief. `build` is given the
   * value it built last time (if any), to update rather than start again.
   */
  derive<T>(name: string, kinds: readonly Kind[], build: (previous: T | undefined) => T): T;
}

/**
 * `compute` of a document, kept per document (the same object: it is parsed again when its file changes) while
 * the documents of `kinds`, all it reads of the rest, are the same: a change to one brief of 10,000 computes
 * that one again. What it returns is shared: nothing may change it.
 */
export function perDocument<T>(index: IndexView, name: string, kinds: readonly Kind[], compute: (doc: ParsedDocument) => T): (doc: ParsedDocument) => T {
  const kept = index.derive(name, kinds, () => new WeakMap<ParsedDocument, { value: T }>());
  return (doc) => {
    let found = kept.get(doc);
    if (!found) kept.set(doc, (found = { value: compute(doc) }));
    return found.value;
  };
}

/** File order: by path, then by position in the file. */
export const order = (a: ParsedDocument, b: ParsedDocument) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index);

/**
 * A file with more documents than this is added or removed by dropping its kinds' sorted lists (sorted
 * again on the next read), not by one copy of the list per document.
 */
const RESORT_MAX = 64;

/**
 * Puts a document into a list kept in file order: appended when it comes last, as documents are added
 * in file order, so a thousand documents sharing one id cost a thousand steps, not a thousand sorts.
 */
function insertInOrder(list: ParsedDocument[], doc: ParsedDocument): void {
  let at = list.length;
  while (at > 0 && order(list[at - 1], doc) > 0) at--;
  list.splice(at, 0, doc);
}

/**
 * Documents of another apiVersion than this mops reads (a near miss, `mops/v2`) are not checked, so they
 * are not in the index either: no rule or report counts a brief that mops could not check.
 */
const indexed = (doc: ParsedDocument): doc is ParsedDocument & { kind: string } => doc.kind !== undefined && doc.apiVersion === API_VERSION;

export class DocumentIndex {
  private readonly kinds = new Map<string, Map<string, ParsedDocument>>();
  private readonly sorted = new Map<string, ParsedDocument[]>();
  private readonly ids = new Map<string, ParsedDocument[]>();
  private readonly versions = new Map<string, number>();
  private readonly derived = new Map<string, { stamp: string; value: unknown }>();

  add(docs: readonly ParsedDocument[]): void {
    const many = docs.length > RESORT_MAX;
    for (const doc of docs) {
      if (!indexed(doc)) continue;
      let byKey = this.kinds.get(doc.kind);
      if (!byKey) this.kinds.set(doc.kind, (byKey = new Map()));
      byKey.set(`${doc.path}#${doc.index}`, doc);
      this.touch(doc.kind);
      if (many) this.sorted.delete(doc.kind);
      else this.resort(doc.kind, doc, 'add');
      if (doc.id !== undefined) {
        const key = idKey(doc.kind, doc.id);
        const list = this.ids.get(key);
        if (list) insertInOrder(list, doc);
        else this.ids.set(key, [doc]);
      }
    }
  }

  remove(docs: readonly ParsedDocument[]): void {
    const many = docs.length > RESORT_MAX;
    // Per id, the documents going: each list is filtered once, however many of its documents go.
    const going = new Map<string, Set<ParsedDocument>>();
    for (const doc of docs) {
      if (!indexed(doc)) continue;
      this.kinds.get(doc.kind)?.delete(`${doc.path}#${doc.index}`);
      this.touch(doc.kind);
      if (many) this.sorted.delete(doc.kind);
      else this.resort(doc.kind, doc, 'remove');
      if (doc.id !== undefined) {
        const key = idKey(doc.kind, doc.id);
        const set = going.get(key);
        if (set) set.add(doc);
        else going.set(key, new Set([doc]));
      }
    }
    for (const [key, set] of going) {
      const list = (this.ids.get(key) ?? []).filter((d) => !set.has(d));
      if (list.length > 0) this.ids.set(key, list);
      else this.ids.delete(key);
    }
  }

  private touch(kind: string): void {
    this.versions.set(kind, (this.versions.get(kind) ?? 0) + 1);
  }

  /**
   * Keeps a kind's sorted list current without sorting it again (a keystroke in a 10,000-brief playbook
   * must not re-sort 10,000 briefs): a binary search finds the place, and the list is copied, never changed
   * in place, because a reader may still hold the previous one.
   */
  private resort(kind: string, doc: ParsedDocument, change: 'add' | 'remove'): void {
    const list = this.sorted.get(kind);
    if (!list) return;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (order(list[mid], doc) < 0) low = mid + 1;
      else high = mid;
    }
    const next = list.slice();
    if (change === 'add') next.splice(low, 0, doc);
    else if (next[low] === doc) next.splice(low, 1);
    else {
      this.sorted.delete(kind); // not where it should be: sort afresh on the next read
      return;
    }
    this.sorted.set(kind, next);
  }

  all(kind: string): readonly ParsedDocument[] {
    let list = this.sorted.get(kind);
    if (!list) {
      list = [...(this.kinds.get(kind)?.values() ?? [])].sort(order);
      this.sorted.set(kind, list);
    }
    return list;
  }

  byId(kind: string, id: string): readonly ParsedDocument[] {
    return this.ids.get(idKey(kind, id)) ?? [];
  }

  derive<T>(name: string, kinds: readonly string[], build: (previous: T | undefined) => T): T {
    const stamp = kinds.map((k) => `${k}:${this.versions.get(k) ?? 0}`).join(',');
    const cached = this.derived.get(name);
    if (cached && cached.stamp === stamp) return cached.value as T;
    const value = build(cached?.value as T | undefined);
    this.derived.set(name, { stamp, value });
    return value;
  }

  /** A view for one check that records every key it reads into `deps`. */
  view(deps: Set<string>): IndexView {
    return {
      all: (kind) => {
        deps.add(allKey(kind));
        return this.all(kind);
      },
      byId: (kind, id) => {
        deps.add(idKey(kind, id));
        return this.byId(kind, id);
      },
      derive: (name, kinds, build) => {
        for (const kind of kinds) deps.add(allKey(kind));
        return this.derive(name, kinds, build);
      },
    };
  }
}
