// Finds where values sit in a document's text without building the YAML tree: finding a person's 20,000
// mentions must not parse 10,000 files again. Each place the value's text occurs is read back to its data path,
// from its own line up through the keys and list items above it; plain block YAML is read here, and anything
// else (anchors, aliases, block scalars, escapes, collections over several lines) is left to the tree.

import type { DataPath } from '../model/locate';

/** A value's characters in the file (inside its quotes, if quoted). */
export interface Span {
  start: number;
  end: number;
  quote?: '"' | "'";
}

/** One key of a data path, as the scanner and its callers compare paths. */
export const pathKey = (path: DataPath): string => path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

/** A mapping key at the sticky position: plain, or quoted without escapes. */
const KEY = /(?:"([^"\\\n]*)"|'((?:[^'\n]|'')*)'|([^\s#'"[\]{},&*!|>%@`?:-][^#\n]*?|[?:-][^\s#][^#\n]*?))[ \t]*:(?=[ \t\r\n]|$)/y;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && isSpace(text[at])) at++;
  return at;
}

/** Where a quoted scalar starting at `at` closes on its line (the offset of the closing quote), or -1. */
function closing(text: string, at: number, end: number): number {
  const quote = text[at];
  for (let i = at + 1; i < end; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** A scalar at `at` (plain ones end at a comment, the line's end or one of `stops`): its span and what follows it. */
function scalar(text: string, at: number, end: number, stops: string): { span: Span; after: number } | undefined {
  const c = text[at];
  if (c === '"' || c === "'") {
    const close = closing(text, at, end);
    return close === -1 ? undefined : { span: { start: at + 1, end: close, quote: c }, after: close + 1 };
  }
  if (c === undefined || '&*!|>[{#'.includes(c)) return undefined;
  let i = at;
  while (i < end && !(text[i] === '#' && isSpace(text[i - 1])) && !stops.includes(text[i])) i++;
  while (i > at && isSpace(text[i - 1])) i--;
  return i === at ? undefined : { span: { start: at, end: i }, after: i };
}

/** The items of a one-line flow sequence or mapping of scalars at `at`, with their keys; undefined when it is more. */
function flow(text: string, at: number, end: number): Array<[string | number, Span]> | undefined {
  const map = text[at] === '{';
  const close = map ? '}' : ']';
  const out: Array<[string | number, Span]> = [];
  let i = skipSpaces(text, at + 1, end);
  if (text[i] === close) return out;
  while (i < end) {
    let key: string | number = out.length;
    if (map) {
      const k = scalar(text, i, end, ':,}');
      if (!k || text[k.after] !== ':' || k.span.quote === '"') return undefined;
      key = text.slice(k.span.start, k.span.end);
      i = skipSpaces(text, k.after + 1, end);
    }
    const v = scalar(text, i, end, map ? ',}' : ',]');
    if (!v) return undefined;
    out.push([key, v.span]);
    i = skipSpaces(text, v.after, end);
    if (text[i] === close) return out;
    if (text[i] !== ',') return undefined;
    i = skipSpaces(text, i + 1, end);
  }
  return undefined;
}

interface Line {
  start: number;
  /** Before the line break. */
  end: number;
  /** Offset of the first character that is not a space. */
  first: number;
}

function lineAt(text: string, offset: number, from: number, to: number): Line {
  // A loop, not lastIndexOf: V8's lastIndexOf costs a call into the runtime, and lines are short.
  let start = offset;
  while (start > from && text.charCodeAt(start - 1) !== 10) start--;
  let end = text.indexOf('\n', offset);
  if (end === -1 || end > to) end = to;
  if (text.charCodeAt(end - 1) === 13) end--;
  let first = start;
  while (first < end && text[first] === ' ') first++;
  return { start, end, first };
}

/** The line before `line`, or undefined at the document's start. */
function lineBefore(text: string, line: Line, from: number, to: number): Line | undefined {
  if (line.start <= from) return undefined;
  return lineAt(text, line.start - 1, from, to);
}

/** A line that says nothing: blank, or a comment. */
const idle = (text: string, line: Line) => line.first >= line.end || text[line.first] === '#';

/** The column of a line's first character. */
const colOf = (line: Line) => line.first - line.start;

/** What opens a line: its leading dashes and key, and where its value starts. */
interface Opening {
  /** Each `- ` (as null) and the key after them, outermost first, with their columns. */
  parts: Array<{ key: string | null; col: number }>;
  /** Offset of the value after the last part. */
  value: number;
}

function opening(text: string, line: Line): Opening {
  const parts: Opening['parts'] = [];
  let at = line.first;
  for (;;) {
    if (text[at] === '-' && (at + 1 === line.end || isSpace(text[at + 1]))) {
      parts.push({ key: null, col: at - line.start });
      at = skipSpaces(text, at + 1, line.end);
      continue;
    }
    KEY.lastIndex = at;
    const key = text[at] === '[' || text[at] === '{' ? null : KEY.exec(text);
    if (key && key.index === at) {
      parts.push({ key: key[1] ?? (key[2] !== undefined ? key[2].replace(/''/g, "'") : key[3]), col: at - line.start });
      at = skipSpaces(text, at + key[0].length, line.end);
    }
    return { parts, value: at };
  }
}

/** A key or list item's line has nothing after it but a comment: its value is the block below. */
const opensBlock = (text: string, line: Line, o: Opening) => o.value >= line.end || text[o.value] === '#';

/**
 * The data path of the element (a key or a list item's dash) at column `col` that opens `line`, read upward:
 * the sibling items above it give its index, the key or item it stands under its parent. Undefined where the
 * lines above are not plain block YAML.
 */
function pathAbove(text: string, line: Line, part: number, o: Opening, from: number, to: number): string | undefined {
  let suffix = '';
  // The parts of the line itself, innermost first: a key, the dashes before it (an item's first key).
  for (let p = part; p >= 0; p--) {
    const { key } = o.parts[p];
    if (key !== null) {
      suffix = `.${key}${suffix}`;
      continue;
    }
    if (p > 0) {
      // `- - x`: an inner dash on the line of the outer one opens its list: index 0.
      suffix = `[0]${suffix}`;
      continue;
    }
    return ascend(text, line, o.parts[0].col, true, from, to, suffix);
  }
  return ascend(text, line, o.parts[0].col, false, from, to, suffix);
}

/** Climbs from an element at `col` (an item when `item`) on `line` to the document's top; see pathAbove. */
function ascend(text: string, line: Line, col: number, item: boolean, from: number, to: number, suffix: string): string | undefined {
  // A key at the first column is a root key: block scalars and quoted lines below a key are indented deeper.
  if (col === 0 && !item) return suffix;
  let index = 0;
  for (let above = lineBefore(text, line, from, to); above; above = lineBefore(text, above, from, to)) {
    if (idle(text, above)) continue;
    const c = colOf(above);
    if (c === 0 && /^(---|\.\.\.)([ \t]|$)/.test(text.slice(above.first, above.first + 4))) break;
    if (c > col) continue;
    const o = opening(text, above);
    if (o.parts.length === 0) return undefined;
    const last = o.parts.length - 1;
    if (c === col) {
      const head = o.parts[0];
      if (item && head.key === null) {
        index++;
        continue;
      }
      // A key's siblings, and the items of a sibling's list written at the key's column (`tools:` then `- a`).
      if (!item) continue;
      // `key:` with its items below at its own column.
      if (head.key !== null && o.parts.length === 1 && opensBlock(text, above, o)) return pathAbove(text, above, 0, o, from, to)?.concat(`[${index}]`, suffix);
      return undefined;
    }
    // A line further left: the parent. An item's first key is on its dash's line, at this element's column.
    const inner = o.parts.findIndex((p) => p.col === col);
    if (inner > 0) {
      const part = o.parts[inner];
      if (!item && part.key !== null && o.parts[inner - 1].key === null) return pathAbove(text, above, inner - 1, o, from, to)?.concat(suffix);
      // `- key:` with its items below at the key's own column.
      if (item && part.key !== null && inner === last && opensBlock(text, above, o)) return pathAbove(text, above, inner, o, from, to)?.concat(`[${index}]`, suffix);
      return undefined;
    }
    // Else the parent's value must be the block below: a value on its line is not what this line belongs to.
    if (o.parts[last].col >= col || !opensBlock(text, above, o)) return undefined;
    if (o.parts[last].key === null) return item ? undefined : pathAbove(text, above, last, o, from, to)?.concat(suffix);
    return pathAbove(text, above, last, o, from, to)?.concat(item ? `[${index}]` : '', suffix);
  }
  // The top of the document: a root-level key.
  return col === 0 && !item ? suffix : undefined;
}

/** The data path of the value whose text starts at `at` and runs `length` characters, with its span; undefined when unsure. */
function valueAt(text: string, at: number, length: number, from: number, to: number): { key: string; span: Span } | undefined {
  const line = lineAt(text, at, from, to);
  if (at >= line.end || idle(text, line) || text[line.first] === '\t') return undefined;
  const o = opening(text, line);
  if (o.parts.length === 0 || o.value > at) return undefined;
  let tail = '';
  let span: Span | undefined;
  const c = text[o.value];
  if (c === '[' || c === '{') {
    const found = flow(text, o.value, line.end)?.find(([, s]) => s.start === at);
    if (!found) return undefined;
    span = found[1];
    tail = typeof found[0] === 'number' ? `[${found[0]}]` : `.${found[0]}`;
  } else {
    span = scalar(text, o.value, line.end, '')?.span;
    // Only a one-line scalar: a quote left open goes on below.
    if (!span || span.start !== at) return undefined;
  }
  if (span.end - span.start !== length) return undefined;
  const path = pathAbove(text, line, o.parts.length - 1, o, from, to);
  return path === undefined ? undefined : { key: path + tail, span };
}

/** The source of a scalar read back: its text for a plain one, the inside of its quotes; undefined with escapes. */
function decoded(text: string, span: Span): string | undefined {
  const inner = text.slice(span.start, span.end);
  if (span.quote === "'") return inner.replace(/''/g, "'");
  if (span.quote === '"') return inner.includes('\\') ? undefined : inner;
  return inner;
}

/**
 * Where each wanted value is (`keys[i]` a data path key, `values[i]` the value's text as data holds it) in the
 * document that runs from `from` to `to` in `text`: its span at the same index, or undefined when it is not
 * found or written in a way this reader does not follow, for the caller to find in the YAML tree. Each span
 * found reads back as the value, at that path.
 */
export function scanValues(text: string, from: number, to: number, keys: readonly string[], values: readonly string[]): Array<Span | undefined> {
  const found: Array<Span | undefined> = new Array(keys.length);
  let left = keys.length;
  for (let v = 0; v < values.length && left > 0; v++) {
    const value = values[v];
    // Each distinct value is looked for once: a person is usually every wanted value of a document.
    if (value === '' || value.includes('\n') || values.indexOf(value) !== v) continue;
    for (let at = text.indexOf(value, from); at !== -1 && at + value.length <= to && left > 0; at = text.indexOf(value, at + 1)) {
      const hit = valueAt(text, at, value.length, from, to);
      if (!hit || decoded(text, hit.span) !== value) continue;
      for (let i = 0; i < keys.length; i++) {
        if (found[i] === undefined && keys[i] === hit.key && values[i] === value) {
          found[i] = hit.span;
          left--;
        }
      }
    }
  }
  return found;
}
