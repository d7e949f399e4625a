// What the cursor is on, in the terms completion and hover share: the document, its kind, the place and the index.

import { isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { IndexView } from '../engine/index-view';
import type { Workspace } from '../engine/workspace';
import { placeAt, type CursorPlace } from '../model/cursor';
import { isKind, type Kind } from '../model/kinds';
import { locate, type DataPath } from '../model/locate';
import type { ParsedDocument, ParsedFile } from '../model/parse';
import type { Range } from '../model/types';
import { list, rec, type Data } from '../model/readers';
import { yamlScalar } from './text';

export interface AssistScope {
  workspace: Workspace;
  file: ParsedFile;
  doc: ParsedDocument;
  /** The document's kind; undefined while `kind:` is not (yet) a known kind. */
  kind?: Kind;
  place: CursorPlace;
  offset: number;
  index: IndexView;
  /** The document's data, as far as it parses. */
  data: Data;
}

/**
 * The workspace's documents as the rules' index view, for the domain helpers (people, workflows,
 * naming, UTM). Derived tables are built once per request: completion reads them a few times at most.
 */
function indexOf(workspace: Workspace): IndexView {
  const derived = new Map<string, unknown>();
  return {
    all: (kind) => workspace.documents(kind),
    byId: (kind, id) => workspace.documents(kind).filter((d) => d.id === id),
    derive<T>(name: string, _kinds: readonly Kind[], build: (previous: T | undefined) => T): T {
      if (!derived.has(name)) derived.set(name, build(undefined));
      return derived.get(name) as T;
    },
  };
}

/** The scope at `offset` of a mops file in the workspace; undefined in other YAML and outside a mops document's content. */
export function scopeAt(workspace: Workspace, path: string, offset: number): AssistScope | undefined {
  const file = workspace.parsed(path);
  if (!file?.isMops) return undefined;
  // Documents touch at `---`: the later one owns the boundary.
  const doc = [...file.documents].reverse().find((d) => offset >= d.start && offset <= d.end);
  if (!doc) return undefined;
  const place = placeAt(doc, offset, file.text);
  if (!place) return undefined;
  return { workspace, file, doc, kind: isKind(doc.kind) ? doc.kind : undefined, place, offset, index: indexOf(workspace), data: rec(doc.value) };
}

/** The data at a path of the document, if it is there. */
export function dataAt(scope: AssistScope, path: DataPath): unknown {
  let value: unknown = scope.data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (typeof segment === 'string' && value && typeof value === 'object' && !Array.isArray(value)) value = (value as Data)[segment];
    else return undefined;
  }
  return value;
}

/** The other string items of the list the cursor's item is in (what a list should not repeat). */
export function siblings(scope: AssistScope): Set<string> {
  const path = scope.place.path;
  const own = path[path.length - 1];
  if (typeof own !== 'number') return new Set();
  const items = list(dataAt(scope, path.slice(0, -1)));
  return new Set(items.filter((item, i): item is string => typeof item === 'string' && i !== own));
}

/** Whether the cursor's value is an item of a flow sequence (`[a, b]`), where inserted text must suit flow style. */
export function inFlowSequence(scope: AssistScope): boolean {
  const path = scope.place.path;
  if (typeof path[path.length - 1] !== 'number') return false;
  const parent = path.length === 1 ? scope.doc.yaml.contents : locate(scope.doc.yaml, path.slice(0, -1))?.node;
  return isSeq(parent) && !!parent.flow;
}

export interface ValueSpan {
  /** Offsets of the value's characters (inside its quotes, if quoted). */
  start: number;
  end: number;
  quote?: '"' | "'";
  /** Text to put before an inserted value: a space when the cursor sits right after `key:` or `-`. */
  lead: string;
}

/** The characters of the scalar value under the cursor, or an empty span at the cursor where a value would go. */
export function valueSpan(scope: AssistScope): ValueSpan | undefined {
  const { place, offset, file } = scope;
  const node = place.node as YamlNode | undefined;
  if (!isScalar(node) || !node.range || node.range[0] === node.range[1]) {
    const before = file.text[offset - 1];
    return { start: offset, end: offset, lead: before === ':' || before === '-' ? ' ' : '' };
  }
  const [start, end] = node.range;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    const quote = node.type === 'QUOTE_DOUBLE' ? '"' : "'";
    const closed = end - start >= 2 && file.text[end - 1] === quote;
    return { start: start + 1, end: closed ? end - 1 : end, quote, lead: '' };
  }
  return { start, end, lead: '' };
}

/** Text that writes `value` into a span: quoted the way the span is, or as a YAML scalar that reads back unchanged. */
export function valueText(span: ValueSpan, value: string, flow: boolean): string {
  if (span.quote === '"') return JSON.stringify(value).slice(1, -1);
  if (span.quote === "'") return value.replace(/'/g, "''");
  return span.lead + yamlScalar(value, flow);
}

export function rangeOf(scope: AssistScope, start: number, end: number): Range {
  return scope.file.lines.range(start, end);
}
