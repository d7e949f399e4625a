// `mops check --cache`: what a check found, per file and keyed by the hash of the file's content, so that
// the next check reads every file but parses and checks only those that changed and those whose findings
// a change can reach (their recorded dependency keys). A cache from another mops version, another config,
// another day or in a damaged file is ignored, never trusted.

import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import {
  allKey,
  CONFIG_FILE,
  decodeText,
  discover,
  factsOf,
  hydrateParsed,
  idKey,
  LazyText,
  parseFile,
  readFileContent,
  sizeLimit,
  summarizeParsed,
  Workspace,
  type FileContent,
  type Finding,
  type ParsedSummary,
  type PlaybookFileSystem,
  type WorkspaceOptions,
} from '../core';
import { VERSION } from './package-info';
import { writeOutput } from './output';
import { startStamping } from './stamps';

const FORMAT = 3;

/** A file's entry as it is used here. */
interface Entry {
  hash: string;
  /** The file's size, times and inode when it was read (see stamps.ts); absent when it was too recent to trust. */
  stamp?: string;
  /** The parse of a text file, less its documents' values (absent for a file that was not read). */
  summary?: ParsedSummary;
  /** The documents' values, as the JSON text of an array: parsed only when a check reads one. */
  values?: string;
  findings: Finding[];
  deps: string[];
}

/** An entry as it is stored: its values are a span of the blob after the JSON head. */
type StoredEntry = Omit<Entry, 'values'> & { values?: [start: number, length: number] };

/**
 * A cache file is a JSON head (one line), a line break, and a blob: the documents' values of every entry,
 * one JSON text after another, each found by its span. A check parses the head, and only the values that
 * its re-checked files read (a brief's check reads the Team, not the other briefs).
 */
interface Head {
  format: number;
  files: Record<string, StoredEntry>;
}

interface CacheHead extends Head {
  /** Names this full write: a delta file applies to the cache it names. */
  id: string;
  mops: string;
  /** Hash of mops.config.yaml's text ('' without one): a config change re-checks everything. */
  config: string;
  today: number;
}

/**
 * The entries written since the last full write, next to the cache in `FILE.delta`: a check that changed a
 * few files writes those, not the whole cache again.
 */
interface DeltaHead extends Head {
  base: string;
  removed: string[];
}

const hashOf = (content: FileContent) => createHash('sha1').update(content.type === 'text' ? `t${content.text}` : `s${content.rule}\0${content.message}`).digest('base64');

/** The dependency keys a file's documents provide: a change to the file touches these. */
function keysOf(summary: ParsedSummary | undefined): string[] {
  return (summary?.documents ?? []).flatMap((d) => (d.kind ? [allKey(d.kind), ...(d.id !== undefined ? [idKey(d.kind, d.id)] : [])] : []));
}

/** A full write once the delta holds more than this share of the entries (and more than DELTA_MIN). */
const DELTA_SHARE = 0.1;
const DELTA_MIN = 50;

/**
 * A file changed less than this before it was read may change again within the same tick of a coarse clock
 * (2 s on FAT) and keep its times: its stamp is not kept, and it is read and hashed on every check.
 */
const RACY_MS = 2000;

/** A cache or delta file's head, with each entry's values cut from the blob; undefined when missing or damaged. */
function readCacheFile<T extends Head>(file: string): { head: T; files: Record<string, Entry> } | undefined {
  try {
    // A link is not read: a cache committed to the repo as a link must not make mops read what it points to.
    if (!lstatSync(file).isFile()) return undefined;
    const bytes = readFileSync(file);
    // The cache is written in ASCII (see asciiJson), which reads fastest as Latin-1; any other file as UTF-8.
    const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    const line = text.indexOf('\n');
    const head = JSON.parse(line === -1 ? text : text.slice(0, line)) as T;
    if (head.format !== FORMAT || typeof head.files !== 'object' || head.files === null) return undefined;
    const blob = line + 1;
    // Each entry's span becomes its values' text, in place: ten thousand entries are not copied.
    const files = head.files as unknown as Record<string, Entry>;
    for (const path of Object.keys(head.files)) {
      const values: unknown = head.files[path].values;
      if (values === undefined) continue;
      if (Array.isArray(values) && values[0] >= 0 && values[1] >= 0 && blob + values[0] + values[1] <= text.length) {
        files[path].values = text.slice(blob + values[0], blob + values[0] + values[1]);
      } else delete files[path]; // a span outside the file: the entry is left out, and its file checked
    }
    return { head, files };
  } catch {
    return undefined; // missing or damaged: a cold check, and a new cache
  }
}

/** A head and its entries as one file: the head on the first line, the values' blob after it. */
function cacheText(head: Omit<Head, 'files'> & Record<string, unknown>, files: Record<string, Entry>): string {
  const stored: Record<string, StoredEntry> = {};
  const blob: string[] = [];
  let offset = 0;
  for (const [path, { values, ...rest }] of Object.entries(files)) {
    if (values === undefined) stored[path] = rest;
    else {
      stored[path] = { ...rest, values: [offset, values.length] };
      blob.push(values);
      offset += values.length;
    }
  }
  return `${asciiJson({ ...head, files: stored })}\n${blob.join('')}`;
}

/**
 * Writes a cache or delta file, but never over a file that is something else: a user's file at the
 * --cache-location stays. A link there is replaced, never followed (see writeOutput).
 */
function writeCacheFile(root: string, file: string, text: string): void {
  if (!replaceable(file)) throw new Error('it is not a mops cache, and mops does not write over other files; delete it or name another --cache-location');
  writeOutput(root, file, text);
}

/** JSON with every character past ASCII escaped: the same value, read back without decoding UTF-8. */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Nothing there, a link, or a mops cache or delta file (of any version, even damaged): what the cache may replace. */
function replaceable(file: string): boolean {
  const found = lstatSync(file, { throwIfNoEntry: false });
  if (!found?.isFile()) return !found?.isDirectory();
  const head = Buffer.alloc(64);
  const fd = openSync(file, 'r');
  try {
    return /^\s*\{\s*"format"\s*:/.test(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)));
  } finally {
    closeSync(fd);
  }
}

interface Read {
  head: CacheHead;
  /** The cache's entries with the delta's applied. */
  files: Record<string, Entry>;
  /** The delta as it is (to add to). */
  delta: { files: Record<string, Entry>; removed: string[] };
}

function readCache(file: string): Read | undefined {
  const cache = readCacheFile<CacheHead>(file);
  if (!cache || cache.head.mops !== VERSION) return undefined;
  const found = readCacheFile<DeltaHead>(`${file}.delta`);
  const delta = found && found.head.base === cache.head.id && Array.isArray(found.head.removed) ? { files: found.files, removed: found.head.removed } : { files: {}, removed: [] };
  for (const path of delta.removed) delete cache.files[path];
  Object.assign(cache.files, delta.files);
  return { head: cache.head, files: cache.files, delta };
}

/** A document's values as the parse of a cached summary: from the entry, or from the file when the entry's are damaged. */
function valuesOf(path: string, entry: Entry, summary: ParsedSummary, text: () => string): () => unknown[] {
  let values: unknown[] | undefined;
  return () => {
    if (values) return values;
    try {
      const parsed: unknown = JSON.parse(entry.values ?? '');
      if (Array.isArray(parsed) && parsed.length === summary.documents.length) return (values = parsed);
    } catch {
      // a damaged span: parsed from the file below
    }
    const documents = parseFile(path, text()).documents;
    values = summary.documents.map((d) => documents.find((p) => p.index === d.index)?.value);
    entry.values = asciiJson(values);
    return values;
  };
}

/** A parse's summary less the values, and the values as JSON: how an entry keeps them. */
function split(summary: ParsedSummary): { summary: ParsedSummary; values: string } {
  return {
    summary: { ...summary, documents: summary.documents.map(({ value: _value, ...head }) => ({ ...head, value: undefined })) },
    values: asciiJson(summary.documents.map((d) => d.value)),
  };
}

export interface CachedLoad {
  workspace: Workspace;
  /** Files whose findings came from the cache. */
  reused: number;
  /** Writes the cache for the workspace as it is now (after its findings were computed). */
  save(): void;
}

export async function loadWithCache(
  root: string,
  fs: PlaybookFileSystem,
  options: WorkspaceOptions,
  cacheFile: string,
  env: Record<string, string | undefined> = {},
): Promise<CachedLoad> {
  const workspace = new Workspace(options);
  const config = (await fs.exists(CONFIG_FILE)) ? decodeText(await fs.readFile(CONFIG_FILE)) : undefined;
  if (config !== undefined) workspace.set(CONFIG_FILE, config);
  const configHash = config ? hashOf(config) : '';
  const { include, exclude } = workspace.config;
  // The loader's own discovery and reads (the node file system lists without a stat per file).
  const candidates = (await discover(fs, include, exclude)).filter((c) => !(config !== undefined && c.path === CONFIG_FILE));
  const limit = sizeLimit(workspace.config);
  const trustedBefore = Date.now() - RACY_MS;
  // What identifies a file's version without reading it (see stamps.ts), taken while the cache is read.
  const files = candidates.map((c) => join(root, ...c.path.split('/')));
  const stamps = startStamping(files, env);
  const read = readCache(cacheFile);
  const stamped = await stamps();
  const usable = read && read.head.config === configHash && read.head.today === workspace.today ? read.files : undefined;

  // Each file's hash and stamp: taken from its entry when the stamp matches, else from reading it.
  const known = new Map<string, { hash: string; stamp?: string }>();
  const unchanged = new Map<string, Entry>();
  const dirty = new Set<string>();
  for (const [i, candidate] of candidates.entries()) {
    const { path } = candidate;
    const entry = usable?.[path];
    const file = files[i];
    const { stamp, size, ctimeMs, mtimeMs } = stamped[i];
    if (entry?.summary && stamp !== undefined && entry.stamp === stamp) {
      known.set(path, { hash: entry.hash, stamp });
      unchanged.set(path, entry);
      const content = new LazyText(size, () => readTextNow(file));
      const text = () => content.text;
      content.parsed = hydrateParsed(path, text, entry.summary, valuesOf(path, entry, entry.summary, text));
      workspace.set(path, content);
    } else {
      const content = await readFileContent(fs, path, limit, candidate.entry);
      const hash = hashOf(content);
      // The stamp was taken before the read: a change after it shows newer times next time.
      known.set(path, { hash, stamp: stamp !== undefined && ctimeMs < trustedBefore && mtimeMs < trustedBefore ? stamp : undefined });
      if (entry && entry.hash === hash && (content.type !== 'text' || entry.summary)) {
        unchanged.set(path, entry);
        const summary = entry.summary as ParsedSummary;
        workspace.set(path, content.type === 'text' ? { type: 'text', text: content.text, parsed: hydrateParsed(path, content.text, summary, valuesOf(path, entry, summary, () => content.text)) } : content);
      } else {
        workspace.set(path, content);
        for (const key of [...keysOf(entry?.summary), ...keysOf(summaryOf(workspace, path))]) dirty.add(key);
      }
    }
    workspace.parsed(path)?.release();
  }
  // Files gone since the cache was written touch what they provided.
  let gone = 0;
  for (const [path, entry] of Object.entries(usable ?? {})) {
    if (workspace.has(path)) continue;
    gone++;
    for (const key of keysOf(entry.summary)) dirty.add(key);
  }
  const current = usable !== undefined && gone === 0 && unchanged.size === candidates.length && candidates.every((c) => known.get(c.path)?.stamp === usable[c.path].stamp);
  // After every file is in: a file whose check read nothing that changed keeps its findings.
  const seeded = new Set<string>();
  for (const [path, entry] of unchanged) {
    if (entry.deps.some((key) => dirty.has(key))) continue;
    workspace.seed(path, entry.findings, entry.deps);
    seeded.add(path);
  }
  const reused = seeded.size;
  // The facts this check worked out, kept with each document (see core/engine/facts).
  const withFacts = (path: string, summary: ParsedSummary | undefined): ParsedSummary | undefined => {
    const docs = workspace.parsed(path)?.documents;
    if (!summary || !docs || docs.length !== summary.documents.length) return summary;
    return {
      ...summary,
      documents: summary.documents.map((d, i) => {
        const facts = factsOf(docs[i]);
        return facts ? { ...d, facts } : d;
      }),
    };
  };
  const entryOf = (path: string): Entry => {
    const { hash, stamp } = known.get(path) as { hash: string; stamp?: string };
    const stamped = stamp !== undefined ? { stamp } : {};
    const findings = workspace.findings(path);
    const deps = workspace.dependencies(path);
    // An unchanged file keeps its entry's summary and values as they were read, unparsed.
    const same = unchanged.get(path);
    if (same) return { hash, ...stamped, summary: withFacts(path, same.summary), values: same.values, findings, deps };
    const summary = summaryOf(workspace, path);
    return { hash, ...stamped, ...(summary ? split(withFacts(path, summary) as ParsedSummary) : {}), findings, deps };
  };
  return {
    workspace,
    reused,
    save() {
      const paths = workspace.paths().filter((p) => p !== CONFIG_FILE && workspace.content(p) !== undefined);
      // Every file's findings came from the cache, none went and no stamp is new: it is current as it is.
      if (current && paths.every((p) => seeded.has(p))) return;
      if (usable && read) {
        // The files checked this time (changed, new, reached by a change, or newly stamped) and the ones gone, as a delta.
        const { delta } = read;
        for (const path of paths) if (!seeded.has(path) || known.get(path)?.stamp !== usable[path]?.stamp) delta.files[path] = entryOf(path);
        for (const path of Object.keys(usable)) {
          if (workspace.has(path)) continue;
          delete delta.files[path];
          delta.removed.push(path);
        }
        if (Object.keys(delta.files).length + delta.removed.length <= Math.max(DELTA_MIN, DELTA_SHARE * paths.length)) {
          writeCacheFile(root, `${cacheFile}.delta`, cacheText({ format: FORMAT, base: read.head.id, removed: delta.removed }, delta.files));
          return;
        }
      }
      const files: Record<string, Entry> = {};
      for (const path of paths) files[path] = entryOf(path);
      const id = createHash('sha1').update(`${Date.now()} ${Math.random()}`).digest('hex').slice(0, 16);
      writeCacheFile(root, cacheFile, cacheText({ format: FORMAT, id, mops: VERSION, config: configHash, today: workspace.today }, files));
      if (replaceable(`${cacheFile}.delta`)) rmSync(`${cacheFile}.delta`, { force: true });
    },
  };
}

/**
 * The text of a file the cache trusted, read when a check or a position needs it. It is the file the
 * cache knew unless it changed since this check began; then positions are placed in the new text, and the
 * next check, seeing new times, checks it again.
 */
function readTextNow(file: string): string {
  try {
    const content = decodeText(readFileSync(file));
    return content.type === 'text' ? content.text : '';
  } catch {
    return '';
  }
}

function summaryOf(workspace: Workspace, path: string): ParsedSummary | undefined {
  const parsed = workspace.parsed(path);
  return parsed ? summarizeParsed(parsed) : undefined;
}
