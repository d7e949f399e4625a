// `mops check --cache`: what a check found, per file and keyed by the hash of the file's content, so that
// the next check reads every file but parses and checks only those that changed and those whose findings
// a change can reach (their recorded dependency keys). A cache from another mops version, another config,
// another day or in a damaged file is ignored, never trusted.

import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import {
  allKey,
  CONFIG_FILE,
  decodeText,
  discover,
  hydrateParsed,
  idKey,
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

const FORMAT = 1;

interface Entry {
  hash: string;
  /** The parse of a text file (absent for a file that was not read). */
  summary?: ParsedSummary;
  findings: Finding[];
  deps: string[];
}

interface CacheFile {
  format: number;
  /** Names this full write: a delta file applies to the cache it names. */
  id: string;
  mops: string;
  /** Hash of mops.config.yaml's text ('' without one): a config change re-checks everything. */
  config: string;
  today: number;
  files: Record<string, Entry>;
}

const hashOf = (content: FileContent) => createHash('sha1').update(content.type === 'text' ? `t${content.text}` : `s${content.rule}\0${content.message}`).digest('base64');

/** The dependency keys a file's documents provide: a change to the file touches these. */
function keysOf(summary: ParsedSummary | undefined): string[] {
  return (summary?.documents ?? []).flatMap((d) => (d.kind ? [allKey(d.kind), ...(d.id !== undefined ? [idKey(d.kind, d.id)] : [])] : []));
}

/**
 * The entries written since the last full write, next to the cache in `FILE.delta`: a check that changed a
 * few files writes those, not the whole cache again.
 */
interface Delta {
  format: number;
  base: string;
  files: Record<string, Entry>;
  removed: string[];
}

/** A full write once the delta holds more than this share of the entries (and more than DELTA_MIN). */
const DELTA_SHARE = 0.1;
const DELTA_MIN = 50;

function readJson<T>(file: string): T | undefined {
  try {
    // A link is not read: a cache committed to the repo as a link must not make mops read what it points to.
    if (!lstatSync(file).isFile()) return undefined;
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined; // missing or damaged: a cold check, and a new cache
  }
}

/**
 * Writes a cache or delta file, but never over a file that is something else: a user's file at the
 * --cache-location stays. A link there is replaced, never followed (see writeOutput).
 */
function writeCacheFile(root: string, file: string, text: string): void {
  if (!replaceable(file)) throw new Error('it is not a mops cache, and mops does not write over other files; delete it or name another --cache-location');
  writeOutput(root, file, text);
}

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

/** The cache with its delta applied, and the delta itself (to add to). */
function readCache(file: string): { cache: CacheFile; delta: Delta } | undefined {
  const cache = readJson<CacheFile>(file);
  if (!cache || cache.format !== FORMAT || cache.mops !== VERSION || typeof cache.files !== 'object' || cache.files === null) return undefined;
  const found = readJson<Delta>(`${file}.delta`);
  const delta: Delta =
    found && found.format === FORMAT && found.base === cache.id && typeof found.files === 'object' && Array.isArray(found.removed)
      ? found
      : { format: FORMAT, base: cache.id, files: {}, removed: [] };
  for (const path of delta.removed) delete cache.files[path];
  Object.assign(cache.files, delta.files);
  return { cache, delta };
}

export interface CachedLoad {
  workspace: Workspace;
  /** Files whose findings came from the cache. */
  reused: number;
  /** Writes the cache for the workspace as it is now (after its findings were computed). */
  save(): void;
}

export async function loadWithCache(root: string, fs: PlaybookFileSystem, options: WorkspaceOptions, cacheFile: string): Promise<CachedLoad> {
  const workspace = new Workspace(options);
  const config = (await fs.exists(CONFIG_FILE)) ? decodeText(await fs.readFile(CONFIG_FILE)) : undefined;
  if (config) workspace.set(CONFIG_FILE, config);
  const configHash = config ? hashOf(config) : '';
  const { include, exclude } = workspace.config;
  // The loader's own discovery and reads (the node file system lists without a stat per file).
  const candidates = (await discover(fs, include, exclude)).filter((c) => !(config && c.path === CONFIG_FILE));
  const limit = sizeLimit(workspace.config);
  const contents: FileContent[] = [];
  for (const c of candidates) contents.push(await readFileContent(fs, c.path, limit, c.entry));

  const read = readCache(cacheFile);
  const usable = read && read.cache.config === configHash && read.cache.today === workspace.today ? read.cache : undefined;
  const unchanged = new Map<string, Entry>();
  const dirty = new Set<string>();
  candidates.forEach((candidate, i) => {
    const content = contents[i];
    const entry = usable?.files[candidate.path];
    const hash = hashOf(content);
    if (entry && entry.hash === hash && (content.type !== 'text' || entry.summary)) {
      unchanged.set(candidate.path, entry);
      workspace.set(candidate.path, content.type === 'text' ? { type: 'text', text: content.text, parsed: hydrateParsed(candidate.path, content.text, entry.summary as ParsedSummary) } : content);
    } else {
      workspace.set(candidate.path, content);
      for (const key of [...keysOf(entry?.summary), ...keysOf(summaryOf(workspace, candidate.path))]) dirty.add(key);
    }
    workspace.parsed(candidate.path)?.release();
  });
  // Files gone since the cache was written touch what they provided.
  let gone = 0;
  for (const [path, entry] of Object.entries(usable?.files ?? {})) {
    if (workspace.has(path)) continue;
    gone++;
    for (const key of keysOf(entry.summary)) dirty.add(key);
  }
  const current = usable !== undefined && gone === 0 && unchanged.size === candidates.length;
  // After every file is in: a file whose check read nothing that changed keeps its findings.
  const seeded = new Set<string>();
  for (const [path, entry] of unchanged) {
    if (entry.deps.some((key) => dirty.has(key))) continue;
    workspace.seed(path, entry.findings, entry.deps);
    seeded.add(path);
  }
  const reused = seeded.size;
  const entryOf = (path: string): Entry => {
    const content = workspace.content(path) as FileContent;
    return { hash: hashOf(content), summary: summaryOf(workspace, path), findings: workspace.findings(path), deps: workspace.dependencies(path) };
  };
  return {
    workspace,
    reused,
    save() {
      const paths = workspace.paths().filter((p) => p !== CONFIG_FILE && workspace.content(p) !== undefined);
      // Every file's findings came from the cache and none went: it is current as it is.
      if (current && paths.every((p) => seeded.has(p))) return;
      if (usable && read) {
        // The files checked this time (changed, new, or reached by a change) and the ones gone, as a delta.
        const { delta } = read;
        for (const path of paths) if (!seeded.has(path)) delta.files[path] = entryOf(path);
        for (const path of Object.keys(usable.files)) {
          if (workspace.has(path)) continue;
          delete delta.files[path];
          delta.removed.push(path);
        }
        if (Object.keys(delta.files).length + delta.removed.length <= Math.max(DELTA_MIN, DELTA_SHARE * paths.length)) {
          writeCacheFile(root, `${cacheFile}.delta`, JSON.stringify(delta));
          return;
        }
      }
      const files: Record<string, Entry> = {};
      for (const path of paths) files[path] = entryOf(path);
      const id = createHash('sha1').update(`${Date.now()} ${Math.random()}`).digest('hex').slice(0, 16);
      writeCacheFile(root, cacheFile, JSON.stringify({ format: FORMAT, id, mops: VERSION, config: configHash, today: workspace.today, files } satisfies CacheFile));
      if (replaceable(`${cacheFile}.delta`)) rmSync(`${cacheFile}.delta`, { force: true });
    },
  };
}

function summaryOf(workspace: Workspace, path: string): ParsedSummary | undefined {
  const parsed = workspace.parsed(path);
  return parsed ? summarizeParsed(parsed) : undefined;
}
