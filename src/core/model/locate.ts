// Finds the YAML node behind a data path and the range a finding about it should underline.

import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { LineIndex } from './lines';
import { nodeRange, visibleRange } from './parse';
import { keyText } from './walk';
import type { Range } from './types';

export type PathSegment = string | number;
export type DataPath = readonly PathSegment[];

interface Located {
  node?: YamlNode;
  /** The key-value pair whose value `node` is, when it sits in a mapping. */
  pair?: Pair;
}

/** Mappings with more keys than this are looked up through an index, built once per mapping. */
const INDEXED_FROM = 16;
const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The first pair of a mapping with this key, as YAML reads it: a finding per key of a 100,000-key mapping stays linear. */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  if (map.items.length <= INDEXED_FROM) return map.items.find((p) => keyText(p.key) === key);
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (!index.has(keyText(p.key))) index.set(keyText(p.key), p);
    keyIndexes.set(map, index);
  }
  return index.get(key);
}

export function locate(doc: Document.Parsed, path: DataPath): Located | undefined {
  let node = doc.contents as YamlNode | null;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = (node.resolve(doc) as YamlNode | undefined) ?? null;
    if (isMap(node)) {
      pair = pairOf(node, String(segment));
      if (!pair) return undefined;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && Number.isInteger(Number(segment))) {
      node = node.items[Number(segment)] as YamlNode | null;
      pair = undefined;
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  return { node: node ?? undefined, pair };
}

/** The first line of a node that may span many lines. */
function firstLine(lines: LineIndex, node: YamlNode): Range {
  const [start, valueEnd] = node.range ?? [0, 0];
  const { line } = lines.position(start);
  return visibleRange(lines, start, Math.min(valueEnd, lines.lineEnd(line)));
}

/**
 * Where a finding about the value at `path` goes: a scalar's own text; for a collection, the key
 * it stands under (underlining a whole block would hide the problem), else its first line.
 */
export function valueRange(doc: Document.Parsed, lines: LineIndex, path: DataPath): Range | undefined {
  const found = locate(doc, path);
  if (!found) return undefined;
  const { node, pair } = found;
  if (node && (isScalar(node) || isAlias(node))) return nodeRange(lines, node);
  if (pair?.key) return nodeRange(lines, pair.key as YamlNode);
  if (node) return firstLine(lines, node);
  return undefined;
}

/** Where a finding about a key goes: the key of `path`'s last segment, else the value's place. */
export function keyRange(doc: Document.Parsed, lines: LineIndex, path: DataPath): Range | undefined {
  const found = locate(doc, path);
  if (found?.pair?.key) return nodeRange(lines, found.pair.key as YamlNode);
  return valueRange(doc, lines, path);
}

/**
 * Where a finding about an object as a whole goes (a missing property, say): the key it stands
 * under; for a list item, its first line; for the document itself, its `kind`.
 */
export function objectRange(doc: Document.Parsed, lines: LineIndex, path: DataPath): Range | undefined {
  if (path.length === 0) {
    return valueRange(doc, lines, ['kind']) ?? valueRange(doc, lines, ['apiVersion']) ?? docStart(doc, lines);
  }
  const found = locate(doc, path);
  if (!found) return undefined;
  if (found.pair?.key) return nodeRange(lines, found.pair.key as YamlNode);
  return found.node ? firstLine(lines, found.node) : undefined;
}

function docStart(doc: Document.Parsed, lines: LineIndex): Range {
  return lines.lineRange(lines.position(doc.range[0]).line);
}

/** The source text of a scalar at `path`, if there is one. */
export function scalarAt(doc: Document.Parsed, path: DataPath): { value: unknown; node: YamlNode } | undefined {
  const found = locate(doc, path);
  return found?.node && isScalar(found.node) ? { value: found.node.value, node: found.node } : undefined;
}

/**
 * Where the characters of the string value at `path` start in the file, when its source spells the
 * value exactly (a plain scalar, or a quoted one without escapes); undefined otherwise.
 */
export function scalarTextStart(doc: { yaml: Document.Parsed }, text: string, path: DataPath): number | undefined {
  const node = locate(doc.yaml, path)?.node;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const source = text.slice(node.range[0], node.range[1]);
  if (node.type === 'PLAIN' && source === node.value) return node.range[0];
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  if (quoted && source.slice(1, -1) === node.value) return node.range[0] + 1;
  return undefined;
}

/** Whether `text` can be written inside the scalar at `path` as it is (no quote or backslash its quoting would need escaped). */
export function writableInScalar(doc: { yaml: Document.Parsed }, path: DataPath, text: string): boolean {
  const node = locate(doc.yaml, path)?.node;
  if (!isScalar(node)) return false;
  if (node.type === 'QUOTE_DOUBLE') return !/["\\]/.test(text);
  if (node.type === 'QUOTE_SINGLE') return !text.includes("'");
  return true;
}
