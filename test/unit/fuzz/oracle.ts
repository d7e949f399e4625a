// What every check must satisfy whatever its input, and the ways the fuzzers run one (loader, editor, CLI threads).

import assert from 'node:assert/strict';
import {
  CONFIG_FILE,
  hydrateParsed,
  loadPlaybook,
  parseFile,
  summarizeParsed,
  Workspace,
  type DirEntry,
  type FileContent,
  type Finding,
  type LoadOptions,
  type ParsedFile,
  type PlaybookFileSystem,
  type Range,
} from '../../../src/core';

/** A fixed clock, so that a config without `today` still checks the same way twice. */
export const CLOCK = () => new Date('2026-11-20T12:00:00Z');

/** Files held in memory, read through the same interface as a disk, VS Code or the web. */
export function memoryFileSystem(files: Readonly<Record<string, Uint8Array>>): PlaybookFileSystem {
  const paths = Object.keys(files);
  return {
    async readDirectory(dir) {
      const prefix = dir === '' ? '' : `${dir}/`;
      const entries = new Map<string, DirEntry>();
      for (const path of paths) {
        if (!path.startsWith(prefix)) continue;
        const [name, ...rest] = path.slice(prefix.length).split('/');
        entries.set(name, rest.length > 0 ? { name, type: 'directory' } : { name, type: 'file', size: files[path].length });
      }
      return [...entries.values()];
    },
    async readFile(path) {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return files[path];
    },
    async exists(path) {
      return path in files;
    },
  };
}

/** The encodings a playbook file may be saved in: what the loader decodes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** A text as a file's bytes (UTF-16 behind its byte-order mark, lone surrogates kept; UTF-8 replaces them). */
export function encodeText(text: string, encoding: Encoding = 'utf-8'): Uint8Array {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return new TextEncoder().encode(encoding === 'utf-8' ? text : `\uFEFF${text}`);
  const littleEndian = encoding === 'utf-16le';
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

export const encodeAll = (files: Readonly<Record<string, string>>, encoding: Encoding = 'utf-8'): Record<string, Uint8Array> =>
  Object.fromEntries(Object.entries(files).map(([p, t]) => [p, encodeText(t, encoding)]));

/** The playbook as the CLI and the extension load it: bytes decoded, config first, included files only. */
export function loadBytes(files: Readonly<Record<string, Uint8Array>>, options: LoadOptions = {}): Promise<Workspace> {
  return loadPlaybook(memoryFileSystem(files), { clock: CLOCK, ...options });
}

/**
 * A file parsed as the CLI's worker threads parse it: a plain-data summary, copied across threads, and
 * hydrated here (its ASTs rebuilt from the text when a finding needs a position).
 */
export const parsedByThread = (path: string, text: string): ParsedFile => hydrateParsed(path, text, structuredClone(summarizeParsed(parseFile(path, text))));

/** The loader's `parseAll` of the CLI: every file parsed by a worker thread. */
export const threadedParse: NonNullable<LoadOptions['parseAll']> = async (files) => files.map(({ path, text }) => parsedByThread(path, text));

/** How a workspace receives a file's parse: made as it is set, or made by a CLI worker thread and copied over. */
export type ParseMode = 'here' | 'threaded';

/** The config first, then the other files by path: the order the loader sets them in. */
export const loaderOrder = (paths: Iterable<string>): string[] =>
  [...paths].sort((a, b) => Number(b === CONFIG_FILE) - Number(a === CONFIG_FILE) || (a < b ? -1 : a > b ? 1 : 0));

/** The paths in an order that `salt` picks (an editor opens files in any order). */
export function shuffled(paths: Iterable<string>, salt: number): string[] {
  const key = (p: string) => {
    let h = salt | 0;
    for (let i = 0; i < p.length; i++) h = Math.imul(h ^ p.charCodeAt(i), 0x9e3779b1);
    return h;
  };
  return [...paths].map((p) => [key(p), p] as const).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).map(([, p]) => p);
}

/** The playbook as an editor fills it: contents set one by one, in the given order. */
export function workspaceOf(files: Readonly<Record<string, string | FileContent>>, order = loaderOrder(Object.keys(files)), parse: ParseMode = 'here'): Workspace {
  const ws = new Workspace({ clock: CLOCK });
  for (const path of order) {
    const file = files[path];
    const content: FileContent = typeof file === 'string' ? { type: 'text', text: file } : file;
    if (parse === 'threaded' && content.type === 'text') {
      ws.set(path, { type: 'text', text: content.text, parsed: parsedByThread(path, content.text) });
    } else {
      ws.set(path, content);
    }
  }
  return ws;
}

/** What a workspace holds, file by file: what a fresh workspace is built from to compare with it. */
export function contentsOf(ws: Workspace): Record<string, FileContent> {
  return Object.fromEntries(ws.paths().map((p) => [p, ws.content(p) as FileContent]));
}

/**
 * Lets the current job end. The engine lets a file's YAML ASTs go through a WeakRef, and a WeakRef's
 * target lives until the job that made it ends: without a real turn of the event loop between runs,
 * every run's ASTs would pile up until the whole property finishes.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Line lengths as YAML counts them: a line ends at \n or \r\n (a \r elsewhere, even at the end of the
 * text, is a character of the line; an editor turns such a lone \r into a line break of its own).
 */
function lineLengths(text: string): number[] {
  const lines = text.split('\n');
  return lines.map((line, i) => (i < lines.length - 1 && line.endsWith('\r') ? line.length - 1 : line.length));
}

function assertInside(range: Range, lengths: number[] | undefined, what: string): void {
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: starts after it ends ${JSON.stringify(range)}`);
  for (const pos of [start, end]) {
    assert.ok(Number.isInteger(pos.line) && Number.isInteger(pos.character) && pos.line >= 0 && pos.character >= 0, `${what}: not a position ${JSON.stringify(pos)}`);
    if (lengths === undefined) {
      assert.equal(pos.line, 0, `${what}: a file that is not text has findings on line 1 only`);
      continue;
    }
    assert.ok(pos.line < lengths.length, `${what}: line ${pos.line} of ${lengths.length}`);
    assert.ok(pos.character <= lengths[pos.line], `${what}: character ${pos.character} past the end of line ${pos.line} (${lengths[pos.line]})`);
  }
}

/**
 * Every finding of the workspace, checked: no rule crashed, and every range (the finding's, its related
 * locations' and its fixes' edits) lies inside the file it names, which the workspace holds.
 */
export function soundFindings(ws: Workspace): Finding[] {
  const lengths = new Map<string, number[] | undefined>();
  const linesOf = (path: string, what: string) => {
    if (!lengths.has(path)) {
      const content = ws.content(path);
      assert.ok(content, `${what}: names ${path}, which is not in the workspace`);
      lengths.set(path, content.type === 'text' ? lineLengths(content.text) : undefined);
    }
    return lengths.get(path);
  };
  const findings = ws.allFindings();
  for (const f of findings) {
    const what = `${f.file} ${f.rule} "${f.message.slice(0, 200)}"`;
    assert.notEqual(f.rule, 'mops/internal-error', what);
    assertInside(f.range, linesOf(f.file, what), what);
    for (const r of f.related) assertInside(r.range, linesOf(r.file, `${what} related`), `${what} related ${r.file}`);
    for (const fix of f.fixes) for (const edit of fix.edits) assertInside(edit.range, linesOf(f.file, what), `${what} fix "${fix.title}"`);
  }
  return findings;
}

/** Runs `fn` and measures its wall time in milliseconds. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

/**
 * The time a check may take: a fixed allowance (a garbage collection, a busy neighbour on a shared
 * machine) plus a per-kilobyte rate well above the measured one, so that only a blow-up worse than
 * linear in the input's size fails it. Measured on a shared two-core machine: 20–300 ms for the
 * reference playbook, and 0.6–1 ms per KB for playbooks of 0.1–5 MB (2.3 at worst, with neighbours busy).
 */
export const TIME_BOUND = { fixedMs: 2000, perKbMs: 5 };

export function assertFast(ms: number, chars: number, what: string): void {
  const bound = TIME_BOUND.fixedMs + (TIME_BOUND.perKbMs * chars) / 1024;
  assert.ok(ms <= bound, `${what}: ${Math.round(ms)} ms for ${Math.round(chars / 1024)} KB, over the bound of ${Math.round(bound)} ms`);
}

/** Total characters of a playbook's texts (or bytes of its files). */
export const sizeOf = (files: Readonly<Record<string, string | Uint8Array>>): number => Object.values(files).reduce((sum, f) => sum + f.length, 0);
