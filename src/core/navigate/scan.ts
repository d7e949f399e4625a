// Finds where values sit in a document's text by reading its lines, without building the YAML tree: finding a
// person's 20,000 mentions must not parse 10,000 files again. Plain block YAML is read here; anything it does
// not follow (anchors, aliases, block scalars, multi-line flow collections, escapes) is left to the tree.

import type { DataPath } from '../model/locate';

/** A value's characters in the file (inside its quotes, if quoted). */
export interface Span {
  start: number;
  end: number;
  quote?: '"' | "'";
}

/** One key of a data path, as the scanner and its callers compare paths. */
export const pathKey = (path: DataPath): string => path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

interface Frame {
  /** The column of the key or of the item's dash; -1 for the document. */
  col: number;
  key: string;
  item: boolean;
  /** The index the next item of a sequence under this frame gets. */
  next: number;
}

const KEY = /^(?:"([^"\\]*)"|'((?:[^']|'')*)'|([^\s#'"[\]{},&*!|>%@`?:-][^#]*?|[?:-][^\s#][^#]*?))[ \t]*:(?=[ \t]|$)/;

/** The source of a scalar read back: its text for a plain one, the inside of its quotes; undefined with escapes. */
function decoded(text: string, span: Span): string | undefined {
  const inner = text.slice(span.start, span.end);
  if (span.quote === "'") return inner.replace(/''/g, "'");
  if (span.quote === '"') return inner.includes('\\') ? undefined : inner;
  return inner;
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

/** A plain scalar from `at` to before a comment or the end of the line, or a flow item's end. */
function plainEnd(text: string, at: number, end: number, stops: string): number {
  let i = at;
  while (i < end && !(text[i] === '#' && /[ \t]/.test(text[i - 1])) && !stops.includes(text[i])) i++;
  while (i > at && /[ \t]/.test(text[i - 1])) i--;
  return i;
}

/** A scalar at `at`: its span and where it ends, or undefined for one this reader does not follow. */
function scalar(text: string, at: number, end: number, stops: string): { span: Span; after: number } | undefined {
  const c = text[at];
  if (c === '"' || c === "'") {
    const close = closing(text, at, end);
    return close === -1 ? undefined : { span: { start: at + 1, end: close, quote: c }, after: close + 1 };
  }
  if ('&*!|>[{'.includes(c)) return undefined;
  const stop = plainEnd(text, at, end, stops);
  return stop === at ? undefined : { span: { start: at, end: stop }, after: stop };
}

const skipSpaces = (text: string, at: number, end: number) => {
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
};

/** The items of a one-line flow sequence or mapping of scalars at `at`, by their keys; undefined when it is more. */
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
      if (!k || text[k.after] !== ':') return undefined;
      key = decoded(text, k.span) ?? '';
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

/**
 * The spans of the wanted values (data path key → the value's text as data holds it) in the document that runs
 * from `from` to `to` in `text`. Each span found reads back as the wanted value; a value not found (or written in
 * a way this reader does not follow) is missing from the answer, for the caller to find in the YAML tree.
 */
export function scanValues(text: string, from: number, to: number, wanted: ReadonlyMap<string, string>): Map<string, Span> {
  const found = new Map<string, Span>();
  let frames: Frame[] = [{ col: -1, key: '', item: false, next: 0 }];
  /** Lines indented deeper than this column continue a scalar (block or multi-line) begun above; -1 when none. */
  let within = -1;
  const record = (key: string, span: Span) => {
    const want = wanted.get(key);
    if (want !== undefined && !found.has(key) && decoded(text, span) === want) found.set(key, span);
  };
  const here = () => frames.slice(1).map((f) => (f.item ? `[${f.key}]` : `.${f.key}`)).join('');
  /** The value at `at` of the key or item at column `col`; false when the reader cannot go on. */
  const value = (at: number, end: number, col: number): boolean => {
    const c = text[at];
    if (at >= end || c === '#') {
      within = -1;
      return true;
    }
    within = col;
    if (c === '[' || c === '{') {
      const items = flow(text, at, end);
      const base = here();
      for (const [k, span] of items ?? []) record(typeof k === 'number' ? `${base}[${k}]` : `${base}.${k}`, span);
      return true;
    }
    if (c === '&' || c === '!') {
      // A property alone on its line: what it marks follows below.
      const rest = skipSpaces(text, plainEnd(text, at, end, ' \t'), end);
      if (rest >= end || text[rest] === '#') within = -1;
      return true;
    }
    if (c === '"' || c === "'") {
      const s = scalar(text, at, end, '');
      if (s) record(here(), s.span);
      return true;
    }
    if (c === '*' || c === '|' || c === '>') return true;
    const s = scalar(text, at, end, '');
    if (s) record(here(), s.span);
    return true;
  };
  let pos = from;
  while (pos < to && found.size < wanted.size) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > to) eol = to;
    let end = eol;
    if (text.charCodeAt(end - 1) === 13) end--;
    const lineStart = pos;
    pos = eol + 1;
    let at = lineStart;
    while (at < end && text[at] === ' ') at++;
    let col = at - lineStart;
    if (at >= end || text[at] === '#') continue;
    if (within >= 0 && col > within) continue;
    within = -1;
    if (text[at] === '\t') return found;
    if (col === 0 && /^(---|\.\.\.)([ \t]|$)/.test(text.slice(at, at + 4))) {
      frames = [frames[0]];
      continue;
    }
    if (col === 0 && text[at] === '%') continue;
    let structural = false;
    for (;;) {
      if (text[at] === '-' && (at + 1 === end || text[at + 1] === ' ')) {
        while (frames.length > 1 && (frames[frames.length - 1].col > col || (frames[frames.length - 1].col === col && frames[frames.length - 1].item))) frames.pop();
        const parent = frames[frames.length - 1];
        frames.push({ col, key: String(parent.next++), item: true, next: 0 });
        structural = true;
        const next = skipSpaces(text, at + 1, end);
        if (next >= end || text[next] === '#') {
          within = -1;
          break;
        }
        col += next - at;
        at = next;
        continue;
      }
      const key = text[at] === '[' || text[at] === '{' ? null : KEY.exec(text.slice(at, end));
      if (key) {
        while (frames.length > 1 && frames[frames.length - 1].col >= col) frames.pop();
        const name = key[1] ?? (key[2] !== undefined ? key[2].replace(/''/g, "'") : key[3]);
        frames.push({ col, key: name, item: false, next: 0 });
        if (!value(skipSpaces(text, at + key[0].length, end), end, col)) return found;
        break;
      }
      // A scalar or flow collection on its own: an item's value after its dash, else nothing this reader follows.
      if (!structural) return found;
      value(at, end, col);
      break;
    }
  }
  return found;
}
