// Finds what the cursor is on in a YAML document: the data path, and whether on a key or a value.

import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { DataPath } from './locate';
import type { ParsedDocument } from './parse';
import { keyText } from './walk';

export interface CursorPlace {
  doc: ParsedDocument;
  path: DataPath;
  /** On a key (or where a new key would go), or on a value (or where a value would go). */
  on: 'key' | 'value';
  /** The scalar under the cursor (a key on: 'key'), when there is one. */
  node?: YamlNode;
  /** The mapping a new key would go into (on: 'key'). */
  mapPath?: DataPath;
}

type Segment = string | number;

const within = (node: YamlNode | null | undefined, offset: number) =>
  !!node?.range && offset >= node.range[0] && offset <= node.range[1];

/** A scalar with no text: what the parser makes of `key:` or `- ` with nothing typed yet. */
const isEmpty = (node: unknown) => node === null || node === undefined || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);

const isBlock = (node: unknown): node is YamlNode => (isMap(node) || isSeq(node)) && !node.flow;

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Whether `prefix` (a line up to the cursor) ends inside a comment. Quotes are tracked so a `#` in a string is not one. */
function inComment(prefix: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,-]/.test(prefix[i - 1]))) {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(prefix[i - 1]))) {
      return true;
    }
  }
  return false;
}

/**
 * The place of `offset` in `doc`; undefined outside its content (before or after it, in a comment,
 * on a `---` line, or in indentation that no key or value can start at).
 */
export function placeAt(doc: ParsedDocument, offset: number, text: string): CursorPlace | undefined {
  if (offset < doc.start || offset > doc.end || offset > text.length) return undefined;
  const lineStart = lineStartOf(text, offset);
  const prefix = text.slice(lineStart, offset);
  if (/^(---|\.\.\.)(\s|$)/.test(prefix) || inComment(prefix)) return undefined;
  if (/^[ \t]*$/.test(prefix)) {
    const lineEnd = text.indexOf('\n', offset);
    const rest = text.slice(offset, lineEnd === -1 ? text.length : lineEnd);
    // An empty line (or only spaces): the indentation says which mapping a new key would go into.
    if (/^[ \t\r]*$/.test(rest)) return blankPlace(doc, offset, prefix.length, text);
  }
  return descend(doc, offset, text);
}

function descend(doc: ParsedDocument, offset: number, text: string): CursorPlace | undefined {
  let node = doc.yaml.contents as YamlNode | null;
  const path: Segment[] = [];
  for (let depth = 0; depth < 200 && node; depth++) {
    if (isMap(node)) {
      const found = inMap(doc, node.items as Pair[], path, offset, text);
      if (!found) return undefined;
      if ('on' in found) return found;
      path.push(found.segment);
      node = found.next;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => !isPair(item) && within(item as YamlNode, offset));
      // In a flow sequence between items (`[a, |]`): where a new item goes.
      if (index === -1) return node.flow ? { doc, path: [...path, node.items.length], on: 'value' } : undefined;
      path.push(index);
      node = node.items[index] as YamlNode;
    } else if (isScalar(node)) {
      return { doc, path: [...path], on: 'value', node };
    } else {
      return undefined;
    }
  }
  return undefined;
}

type MapStep = CursorPlace | { segment: string; next: YamlNode };

function inMap(doc: ParsedDocument, pairs: Pair[], path: Segment[], offset: number, text: string): MapStep | undefined {
  for (const pair of pairs) {
    const key = pair.key as YamlNode | null;
    if (within(key, offset)) return { doc, path: [...path, keyText(key)], on: 'key', node: key ?? undefined, mapPath: [...path] };
    const value = pair.value as YamlNode | null;
    if (value && within(value, offset) && !(isEmpty(value) && value.range && value.range[0] < offset)) {
      return { segment: keyText(key), next: value };
    }
    // After `key:` on the key's own line, before its value (or with none typed yet): the value's place.
    if (key?.range && offset > key.range[1] && !text.slice(key.range[1], offset).includes('\n')) {
      const valueStart = value?.range?.[0];
      if (isEmpty(value) || (valueStart !== undefined && offset <= valueStart)) {
        return { doc, path: [...path, keyText(key)], on: 'value', node: isScalar(value) ? value : undefined };
      }
    }
  }
  return undefined;
}

const columnOf = (text: string, offset: number) => offset - lineStartOf(text, offset);

/** A blank line at `column`: the deepest block mapping whose keys start at that column and that the line belongs to. */
function blankPlace(doc: ParsedDocument, offset: number, column: number, text: string): CursorPlace | undefined {
  let node = doc.yaml.contents as YamlNode | null;
  const path: Segment[] = [];
  for (let depth = 0; depth < 200 && node; depth++) {
    if (isMap(node) && !node.flow) {
      const first = node.items[0]?.key as YamlNode | null | undefined;
      const keyColumn = first?.range ? columnOf(text, first.range[0]) : column;
      if (column === keyColumn) return { doc, path: [...path], on: 'key', mapPath: [...path] };
      if (column < keyColumn) return undefined;
      const pair = [...node.items].reverse().find((p) => ((p.key as YamlNode | null)?.range?.[0] ?? Infinity) < offset);
      if (!pair) return undefined;
      const key = keyText(pair.key);
      // An empty line inside `[…]` or `{…}` spread over lines: the flow collection says where it is.
      if ((isMap(pair.value) || isSeq(pair.value)) && pair.value.flow && within(pair.value, offset)) return descend(doc, offset, text);
      if (isBlock(pair.value)) {
        path.push(key);
        node = pair.value;
      } else if (isEmpty(pair.value)) {
        // `timeline:` with nothing under it yet: the first key of a new mapping.
        return { doc, path: [...path, key], on: 'key', mapPath: [...path, key] };
      } else {
        return undefined;
      }
    } else if (isSeq(node) && !node.flow) {
      const dash = node.range ? columnOf(text, node.range[0]) : 0;
      if (column <= dash) return undefined;
      let index = -1;
      node.items.forEach((item, i) => {
        if (((item as YamlNode | null)?.range?.[0] ?? Infinity) < offset) index = i;
      });
      if (index === -1) return undefined;
      const item = node.items[index] as YamlNode | null;
      path.push(index);
      if (isBlock(item)) node = item;
      else if (isEmpty(item)) return { doc, path: [...path], on: 'key', mapPath: [...path] };
      else return undefined;
    } else {
      return undefined;
    }
  }
  return undefined;
}
