// Every place in the playbook that names an entity: its definitions and the reference fields of the FIELDS
// table that name it, read from the documents' data in one pass over the index; only the places that match
// are then found in the text (see scan.ts), so 10,000 briefs cost a walk over their data, not a parse.

import { isAlias, isScalar } from 'yaml';
import { FIELDS, type ReferenceKind } from '../assist/references';
import type { Workspace } from '../engine/workspace';
import { isRecord, rec, str } from '../model/readers';
import { locate, type DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import type { Range } from '../model/types';
import { trackedLinks } from '../utm/links';
import { pathKey, scanValues, type Span } from './scan';
import type { Entity, EntityKind } from './symbol-at';

export interface Occurrence {
  doc: ParsedDocument;
  /** The data path of the value that names the entity. */
  data: DataPath;
  /** The value as the data holds it (a number written as text). */
  value: string;
  /** For a name inside a longer string (a URL's utm_campaign): its characters in that string. */
  within?: [number, number];
  declaration: boolean;
}

export interface Located extends Occurrence {
  /** Offsets of the name's characters in the file (inside quotes). */
  start: number;
  end: number;
  quote?: '"' | "'";
  /** Written through an alias (`*lead`): found, but not to be rewritten alone. */
  alias?: boolean;
  range: Range;
}

/** Every value of `data` at a FIELDS pattern (`#` any list index, `*` any key), with its path. */
export function expand(data: unknown, pattern: readonly string[], at = 0, path: Array<string | number> = [], out: Array<[DataPath, unknown]> = []): Array<[DataPath, unknown]> {
  if (at === pattern.length) {
    out.push([[...path], data]);
    return out;
  }
  const segment = pattern[at];
  if (segment === '#') {
    if (Array.isArray(data)) data.forEach((item, i) => expand(item, pattern, at + 1, [...path, i], out));
  } else if (isRecord(data)) {
    for (const key of segment === '*' ? Object.keys(data) : [segment]) if (key in data) expand(data[key], pattern, at + 1, [...path, key], out);
  }
  return out;
}

const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

/** The FIELDS rows whose reference names entities of this kind, patterns split once. */
const rowsOf = (kind: ReferenceKind) => FIELDS.filter(([, , r]) => r.kind === kind).map(([docKind, pattern]) => [docKind, pattern.split('.')] as const);

/** Where each kind of entity is defined: document kind and the pattern of its id. */
const DEFINITIONS: Record<EntityKind, ReadonlyArray<readonly [string, string[]]>> = {
  person: [['Team', ['members', '#', 'id']]],
  tool: [['Tool', ['id']]],
  brief: [['Brief', ['id']]],
  workflow: [['Workflow', ['id']]],
  stage: [['Workflow', ['stages', '#', 'id']]],
  tier: [['Workflow', ['tiers', '#', 'tier']]],
  program: [['Budget', ['allocations', '#', 'program']]],
  channel: [['NamingConvention', ['tokens', 'channel', 'values', '#']]],
  role: [],
  sop: [['Sop', ['id']]],
  policy: [['Policy', ['id']]],
};

/** A stage or tier belongs to one workflow: the briefs that follow it, and the workflow itself. */
function inWorkflow(doc: ParsedDocument, entity: Entity): boolean {
  if (entity.workflow === undefined) return true;
  const data = rec(doc.value);
  return doc.kind === 'Workflow' ? str(data.id) === entity.workflow : str(data.workflow) === entity.workflow;
}

/**
 * The paths of `data` at `pattern` whose value is `id`, as expand finds them but building a path only for a
 * match: this runs over every brief's data for each person field.
 */
function matchPaths(data: unknown, pattern: readonly string[], id: string, at: number, path: Array<string | number>, found: (path: DataPath) => void): void {
  if (at === pattern.length) {
    if (text(data) === id) found([...path]);
    return;
  }
  const segment = pattern[at];
  if (segment === '#') {
    if (!Array.isArray(data)) return;
    for (let i = 0; i < data.length; i++) {
      path.push(i);
      matchPaths(data[i], pattern, id, at + 1, path, found);
      path.pop();
    }
  } else if (isRecord(data)) {
    if (segment !== '*') {
      const value = data[segment];
      if (value === undefined) return;
      path.push(segment);
      matchPaths(value, pattern, id, at + 1, path, found);
      path.pop();
      return;
    }
    for (const key of Object.keys(data)) {
      path.push(key);
      matchPaths(data[key], pattern, id, at + 1, path, found);
      path.pop();
    }
  }
}

/** The places in documents of `docKind` at any of `patterns` whose value is the entity's id: each document visited once. */
function matching(workspace: Workspace, entity: Entity, docKind: string, patterns: ReadonlyArray<readonly string[]>, declaration: boolean, out: Occurrence[]): void {
  const path: Array<string | number> = [];
  for (const doc of workspace.documents(docKind)) {
    if (doc.value === undefined || !inWorkflow(doc, entity)) continue;
    for (const pattern of patterns) matchPaths(doc.value, pattern, entity.id, 0, path, (data) => out.push({ doc, data, value: entity.id, declaration }));
  }
}

/** The links of every brief whose utm_campaign names the brief `id` (as utm/campaign-mismatch compares: case aside). */
function campaignLinks(workspace: Workspace, id: string, out: Occurrence[]): void {
  const lower = id.toLowerCase();
  for (const doc of workspace.documents('Brief')) {
    for (const { index, url, link } of trackedLinks(doc)) {
      // Most links do not name the brief at all: skip them before looking at their parameters.
      if (!link.ok || (!url.toLowerCase().includes(lower) && !url.includes('%'))) continue;
      for (const param of link.params) {
        if (param.name !== 'utm_campaign' || param.value.trim().toLowerCase() !== lower) continue;
        out.push({ doc, data: ['links', index, 'url'], value: url, within: [param.start, param.start + param.raw.length], declaration: false });
      }
    }
  }
}

/** Every place that names the entity, definitions marked, in no particular order; not yet located in the text. */
export function occurrencesOf(workspace: Workspace, entity: Entity): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [docKind, pattern] of DEFINITIONS[entity.kind]) matching(workspace, entity, docKind, [pattern], true, out);
  if (entity.kind === 'brief') campaignLinks(workspace, entity.id, out);
  const byKind = new Map<string, Array<readonly string[]>>();
  for (const [docKind, pattern] of rowsOf(entity.kind as ReferenceKind)) byKind.set(docKind, [...(byKind.get(docKind) ?? []), pattern]);
  // A role is held by Team members (where it comes from) and asked for by gates and SOP steps.
  for (const [docKind, patterns] of byKind) matching(workspace, entity, docKind, patterns, entity.kind === 'role' && docKind === 'Team', out);
  return out;
}

/** A scalar's characters as the YAML tree places them: inside its quotes, an alias as written. */
function treeSpan(doc: ParsedDocument, data: DataPath): (Span & { alias?: boolean }) | undefined {
  const node = locate(doc.yaml, data)?.node;
  if (!node?.range) return undefined;
  if (isAlias(node)) return { start: node.range[0], end: node.range[1], alias: true };
  if (!isScalar(node)) return undefined;
  const [start, end] = node.range;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return { start: start + 1, end: Math.max(start + 1, end - 1), quote: node.type === 'QUOTE_DOUBLE' ? '"' : "'" };
  let stop = end;
  while (stop > start && /\s/.test(doc.lines.text[stop - 1])) stop--;
  if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') return { start, end: stop };
  // A one-line block scalar (`>-` and the name below it): the name's own characters.
  const value = String(node.value).trimEnd();
  const from = stop - value.length;
  return value !== '' && !value.includes('\n') && doc.lines.text.slice(from, stop) === value ? { start: from, end: stop } : undefined;
}

/** File order: by path, then by position in the file. */
const byFile = (a: ParsedDocument, b: ParsedDocument) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index);

/**
 * The occurrences found in their files' text, in file order: one scan per document for all its occurrences
 * (see scan.ts), the YAML tree only for those the scan cannot place. A name inside a URL needs the URL's
 * source to spell it as the data does. Tens of thousands of them are placed per request: no spread objects,
 * no map per document.
 */
export function locateAll(occurrences: readonly Occurrence[]): Located[] {
  const byDoc = new Map<ParsedDocument, Occurrence[]>();
  for (const o of occurrences) {
    const own = byDoc.get(o.doc);
    if (own) own.push(o);
    else byDoc.set(o.doc, [o]);
  }
  const docs = [...byDoc.keys()].sort(byFile);
  const out: Located[] = [];
  for (const doc of docs) {
    const own = byDoc.get(doc)!;
    const source = doc.lines.text;
    const keys = own.map((o) => pathKey(o.data));
    const scanned = scanValues(source, doc.start, doc.end, keys, own.map((o) => o.value));
    const start = out.length;
    own.forEach((o, i) => {
      const span: (Span & { alias?: boolean }) | undefined = scanned[i] ?? treeSpan(doc, o.data);
      if (!span) return;
      let [from, to] = [span.start, span.end];
      if (o.within) {
        if (source.slice(span.start, span.end) !== o.value) return;
        [from, to] = [span.start + o.within[0], span.start + o.within[1]];
      }
      out.push({ doc, data: o.data, value: o.value, within: o.within, declaration: o.declaration, start: from, end: to, quote: span.quote, alias: span.alias, range: doc.lines.range(from, to) });
    });
    if (out.length - start > 1) out.push(...out.splice(start).sort((a, b) => a.start - b.start));
  }
  return out;
}
