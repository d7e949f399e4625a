// The minimal text edits that append one mapping entry to a top-level list of a document (a brief's
// `history` or `links`), written the way the list's last entry is written: block or flow, quoting, key
// order, indentation and line endings. Nothing else of the file changes; comments stay where they are.

import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { locate } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { scalarText } from '../model/write-scalar';
import type { TextEdit } from '../model/types';

export interface ListEntryOptions {
  /** Key order for a new entry when the list has none to imitate (default: the order of `values`). */
  order?: string[];
  /** When the list is missing, the key to add it after (default: the document's last key). */
  after?: string;
  /** An empty flow list (`approvals: []`) becomes a block list holding the entry, as a filled one is written. */
  blockWhenEmpty?: boolean;
}

/** An entry's values: strings, or lists of strings (written `[a, b]`). */
export type EntryValues = Record<string, string | readonly string[]>;

/** How the list writes its entries, read from the last one so that a new entry looks the same. */
interface EntryStyle {
  flow: boolean;
  /** `{ a: …, b: … }` rather than `{a: …, b: …}`. */
  padded: boolean;
  order: string[];
  like: Record<string, Scalar | undefined>;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Edits that append `values` as a new entry of the list under `key`, or why that cannot be done. */
export function appendListEntry(doc: ParsedDocument, key: string, values: EntryValues, options: ListEntryOptions = {}): TextEdit[] | string {
  const text = doc.lines.text;
  const eol = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const fallback: EntryStyle = { flow: false, padded: true, order: options.order ?? Object.keys(values), like: {} };
  const span = listSpan(doc, text, eol, key, values, fallback, options);
  return typeof span === 'string' ? span : [{ range: doc.lines.range(span.start, span.end), newText: span.text }];
}

function listSpan(doc: ParsedDocument, text: string, eol: string, key: string, values: EntryValues, fallback: EntryStyle, options: ListEntryOptions): Span | string {
  const found = locate(doc.yaml, [key]);
  if (!found) return newKey(doc, text, eol, key, values, fallback, options.after);
  const { node } = found;
  if (!isSeq(node) || !node.range) return `The brief's ${key} is not a list, so no entry can be added to it.`;
  if (node.items.length === 0 && !node.flow) return `The brief's ${key} is not a list, so no entry can be added to it.`;
  // Only `key: []` alone on its line: a comment inside or after the brackets keeps the list in flow style.
  const lineRest = text.slice(node.range[1], doc.lines.lineEnd(doc.lines.position(node.range[1]).line));
  if (node.items.length === 0 && options.blockWhenEmpty && !/[#\n]/.test(text.slice(node.range[0], node.range[1])) && /^\s*$/.test(lineRest)) {
    const root = doc.yaml.contents;
    const pair = isMap(root) ? (root.items as Pair[]).find((p) => p.value === node) : undefined;
    const column = doc.lines.position((pair?.key as YamlNode | null)?.range?.[0] ?? node.range[0]).character;
    const keyEnd = (pair?.key as YamlNode | null)?.range?.[1];
    // From just after `key:` to the closing bracket: `key: []` becomes `key:` and the entry's lines.
    const start = keyEnd !== undefined && text[keyEnd] === ':' ? keyEnd + 1 : node.range[0];
    return { start, end: node.range[1], text: `${eol}${blockEntry(fallback, values, column + blockIndent(doc), 1, eol)}` };
  }
  return node.flow ? appendToFlow(node, text, eol, values, fallback, doc) : appendToBlock(node, text, eol, values, fallback, doc);
}

/** How far the document's block lists stand right of their keys (2 when it has none to imitate). */
function blockIndent(doc: ParsedDocument): number {
  const root = doc.yaml.contents;
  const sibling = isMap(root) ? (root.items as Pair[]).find((p) => isSeq(p.value) && !p.value.flow && p.value.items.length > 0) : undefined;
  return sibling ? seqIndent(sibling, doc) : 2;
}

/** No such key: add it after `after` (or the last key), with its list indented like the document's others. */
function newKey(doc: ParsedDocument, text: string, eol: string, key: string, values: EntryValues, fallback: EntryStyle, after?: string): Span | string {
  const root = doc.yaml.contents;
  if (!isMap(root) || root.flow || root.items.length === 0) return `The document is not a block mapping, so ${key} cannot be added to it.`;
  const items = root.items as Pair[];
  const named = (name: string) => items.find((p) => (p.key as Scalar | null)?.value === name);
  const anchor = (after !== undefined ? named(after) : undefined) ?? items[items.length - 1];
  const column = doc.lines.position((items[0].key as YamlNode).range?.[0] ?? 0).character;
  const indent = blockIndent(doc);
  const end = lastContentLineEnd(doc, text, ((anchor.value ?? anchor.key) as YamlNode).range?.[1] ?? 0);
  return { start: end, end, text: `${eol}${' '.repeat(column)}${key}:${eol}${blockEntry(fallback, values, column + indent, 1, eol)}` };
}

/** How far a block list's dashes stand right of its key. */
function seqIndent(pair: Pair, doc: ParsedDocument): number {
  const keyColumn = doc.lines.position((pair.key as YamlNode).range?.[0] ?? 0).character;
  const dash = doc.lines.position((pair.value as YamlNode).range?.[0] ?? 0).character;
  return Math.max(0, dash - keyColumn);
}

function appendToBlock(seq: YAMLSeq, text: string, eol: string, values: EntryValues, fallback: EntryStyle, doc: ParsedDocument): Span {
  const last = seq.items[seq.items.length - 1] as YamlNode;
  const lastStart = last.range?.[0] ?? seq.range![0];
  // The dash of the last entry, and the gap after it; the entries below it follow its layout.
  let dash = lastStart - 1;
  while (dash > 0 && text[dash] === ' ') dash--;
  const onDashLine = text[dash] === '-';
  const dashColumn = doc.lines.position(onDashLine ? dash : seq.range![0]).character;
  const gap = onDashLine ? lastStart - dash - 1 : 1;
  const at = lastContentLineEnd(doc, text, last.range?.[1] ?? lastStart);
  return { start: at, end: at, text: eol + blockEntry(styleOf(last, text, fallback), values, dashColumn, gap, eol) };
}

function appendToFlow(seq: YAMLSeq, text: string, eol: string, values: EntryValues, fallback: EntryStyle, doc: ParsedDocument): Span {
  const [open, close] = [seq.range![0], seq.range![1] - 1];
  const items = seq.items as YamlNode[];
  const last = items[items.length - 1];
  if (!last?.range) {
    const inner = text.slice(open + 1, close);
    const entry = flowEntry({ ...fallback, flow: true }, values);
    return /^[ \t]*$/.test(inner) ? { start: open + 1, end: close, text: entry } : { start: open + 1, end: open + 1, text: entry };
  }
  const entry = flowEntry(styleOf(last, text, fallback), values);
  const previous = items.length > 1 ? (items[items.length - 2].range?.[0] ?? open) : open;
  const { line, character } = doc.lines.position(last.range[0]);
  const oneALine = line !== doc.lines.position(previous).line;
  const separator = oneALine ? eol + ' '.repeat(character) : ' ';
  const comma = trailingComma(text, last.range[1], close);
  if (comma !== undefined) return { start: comma + 1, end: comma + 1, text: `${separator}${entry},` };
  return { start: last.range[1], end: last.range[1], text: `,${separator}${entry}` };
}

/** The offset of a comma between the last item and the closing bracket, if the list has one. */
function trailingComma(text: string, from: number, close: number): number | undefined {
  for (let i = from; i < close; i++) {
    const c = text[i];
    if (c === ',') return i;
    if (c === '#') while (i < close && text[i] !== '\n') i++;
    else if (!/\s/.test(c)) return undefined;
  }
  return undefined;
}

/** The end of the line holding the node's last character (its trailing comment stays with it). */
function lastContentLineEnd(doc: ParsedDocument, text: string, end: number): number {
  let last = end - 1;
  while (last > 0 && /\s/.test(text[last])) last--;
  return doc.lines.lineEnd(doc.lines.position(last).line);
}

function styleOf(entry: YamlNode, text: string, fallback: EntryStyle): EntryStyle {
  if (!isMap(entry)) return fallback;
  const map = entry as YAMLMap;
  const like: EntryStyle['like'] = {};
  const order: string[] = [];
  for (const pair of map.items) {
    const key = (pair.key as Scalar | null)?.value;
    if (typeof key !== 'string' || !fallback.order.includes(key)) continue;
    order.push(key);
    if (isScalar(pair.value)) like[key] = pair.value;
  }
  const padded = map.flow ? text[(map.range?.[0] ?? 0) + 1] === ' ' : true;
  return { flow: map.flow ?? false, padded, order: order.length === fallback.order.length ? order : fallback.order, like };
}

/** A value of an entry: a scalar as its model is written, a list as `[a, b]`. */
function valueText(value: string | readonly string[], like: Scalar | undefined, inFlow: boolean): string {
  return typeof value === 'string' ? scalarText(value, like, inFlow) : `[${value.map((v) => scalarText(v, undefined, true)).join(', ')}]`;
}

function flowEntry(style: EntryStyle, values: EntryValues): string {
  const body = style.order.map((k) => `${k}: ${valueText(values[k], style.like[k], true)}`).join(', ');
  return style.padded ? `{ ${body} }` : `{${body}}`;
}

/** A block-list entry whose dash stands at `dashColumn`, followed by `gap` spaces. */
function blockEntry(style: EntryStyle, values: EntryValues, dashColumn: number, gap: number, eol: string): string {
  const head = `${' '.repeat(dashColumn)}-${' '.repeat(gap)}`;
  if (style.flow) return head + flowEntry(style, values);
  const indent = ' '.repeat(dashColumn + 1 + gap);
  return head + style.order.map((k) => `${k}: ${valueText(values[k], style.like[k], false)}`).join(eol + indent);
}
