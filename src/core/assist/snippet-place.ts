// Where a snippet may go, read from the text around the cursor (the word being typed usually breaks the YAML,
// so the parse cannot say): a new document, a top-level key, or a new item of a block list. Never a value.

/** What the cursor's line and the lines above it say about the place of a snippet. */
export interface SnippetPlace {
  /** The offsets of the word being typed (`mops-li`), which a snippet replaces; the cursor may sit inside it. */
  start: number;
  end: number;
  /** `- ` is typed before the word: a list item's snippet leaves out its own dash. */
  dash: boolean;
  /** The document at the cursor holds nothing yet but this word (and comments): a whole document goes here. */
  emptyDocument: boolean;
  /** The word stands at column 0, where a top-level key goes. */
  topLevel: boolean;
  /** The keys of the block list whose new item the word would be (`['budget', 'lines']`), when it is one. */
  list?: string[];
  /** When that list is written `key: []`: the offsets of ` []`, which must go for a block item to follow. */
  emptyFlow?: { start: number; end: number };
  /** The text of the document the cursor is in, for its kind and id. */
  documentText: string;
}

const WORD = /[A-Za-z0-9_-]/;
const KEY_ONLY = /^([A-Za-z_][\w-]*):[ \t]*(#.*)?$/;
/** `key: []`, an empty list a first block item may replace. */
const KEY_EMPTY_FLOW = /^([A-Za-z_][\w-]*):([ \t]*\[[ \t]*\])[ \t]*(#.*)?$/;

interface Line {
  /** Offset of the line's first character in the file. */
  start: number;
  indent: number;
  text: string;
}

/** The place at `offset`, or undefined where no snippet belongs (after `key:`, in a value, a comment or a flow list). */
export function snippetPlace(text: string, offset: number): SnippetPlace | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', offset);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const prefix = text.slice(lineStart, offset);
  const match = /^( *)(- +)?((?:[A-Za-z][A-Za-z0-9_-]*)?)$/.exec(prefix);
  if (!match) return undefined;
  let end = offset;
  while (end < lineEnd && WORD.test(text[end])) end++;
  if (!/^[ \t\r]*$/.test(text.slice(end, lineEnd))) return undefined;
  const start = offset - match[3].length;
  const column = match[1].length;
  const dash = match[2] !== undefined;

  const { before, after, documentText } = documentAround(text, lineStart, lineEnd);
  const emptyDocument = !dash && column === 0 && [...before, ...after].every((l) => l.text === '' || l.text.startsWith('#'));
  const list = listAbove(before, column);
  return { start, end, dash, emptyDocument, topLevel: column === 0 && !dash, list: list?.keys, emptyFlow: list?.emptyFlow, documentText };
}

/** The lines of the cursor's document before and after the cursor's line (`---` lines bound it). */
function documentAround(text: string, lineStart: number, lineEnd: number): { before: Line[]; after: Line[]; documentText: string } {
  const lines = (from: number, to: number): Line[] => {
    let at = from;
    return text.slice(from, to).split('\n').map((raw) => {
      const line = raw.replace(/\r$/, '');
      const indent = /^ */.exec(line)![0].length;
      const start = at;
      at += raw.length + 1;
      return { start, indent, text: line.slice(indent) };
    });
  };
  const head = lines(0, lineStart === 0 ? 0 : lineStart - 1);
  const tail = lines(Math.min(lineEnd + 1, text.length), text.length);
  const separator = (l: Line) => l.indent === 0 && /^(---|\.\.\.)(\s|$)/.test(l.text);
  const first = head.map(separator).lastIndexOf(true);
  const last = tail.findIndex(separator);
  const before = lineStart === 0 ? [] : head.slice(first + 1);
  const after = last === -1 ? tail : tail.slice(0, last);
  const documentText = [...before, ...after].map((l) => ' '.repeat(l.indent) + l.text).join('\n');
  return { before, after, documentText };
}

const isBlank = (l: Line) => l.text === '' || l.text.startsWith('#');
const isDash = (l: Line) => l.text === '-' || l.text.startsWith('- ');

/**
 * The keys of the list a new item at `column` would join: the nearest `key:` above with nothing after it,
 * standing left of the column (items indented under it) or at it (items level with it, `links:\n- …`), with
 * only that list's items, deeper lines and blank lines between. Its own keys up to the top must be plain
 * nested mappings: a list inside a list item is not a place snippets know.
 */
function listAbove(before: Line[], column: number): { keys: string[]; emptyFlow?: { start: number; end: number } } | undefined {
  let sawItem = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const line = before[i];
    if (isBlank(line) || line.indent > column) continue;
    if (line.indent === column && isDash(line)) {
      sawItem = true;
      continue;
    }
    const flow = sawItem ? undefined : KEY_EMPTY_FLOW.exec(line.text);
    const key = KEY_ONLY.exec(line.text)?.[1] ?? flow?.[1];
    if (!key || isDash(line) || (line.indent === column && !sawItem && column > 0)) return undefined;
    // An item under `key: []` must be indented: level with the key it would read as a new key.
    if (flow && line.indent === column) return undefined;
    const parents = keysAbove(before.slice(0, i), line.indent);
    if (!parents) return undefined;
    const at = line.start + line.indent + key.length + 1;
    return { keys: [...parents, key], emptyFlow: flow ? { start: at, end: at + flow[2].length } : undefined };
  }
  return undefined;
}

/** The keys of the block mappings that hold a key at `column`, outermost first. */
function keysAbove(before: Line[], column: number): string[] | undefined {
  if (column === 0) return [];
  for (let i = before.length - 1; i >= 0; i--) {
    const line = before[i];
    if (isBlank(line) || line.indent >= column) continue;
    const key = KEY_ONLY.exec(line.text)?.[1];
    if (!key || isDash(line)) return undefined;
    const parents = keysAbove(before.slice(0, i), line.indent);
    return parents && [...parents, key];
  }
  return undefined;
}
