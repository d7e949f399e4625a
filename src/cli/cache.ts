// `mops check --cache`: what a check found, per file and keyed by the hash of the file's content, so that
// the next check reads every file but parses and checks only those that changed and those whose findings
// a change can reach (their recorded dependency keys). A cache from another build of mops, another config,
// another day or in a damaged file is ignored, never trusted.

import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
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
  readConfig,
  readFileContent,
  sizeLimit,
  summarizeParsed,
  Workspace,
  type FileContent,
  type ParsedSummary,
  type PlaybookFileSystem,
  type WorkspaceOptions,
} from '../core';
import { asciiJson, cacheText, DELTA_MIN, DELTA_SHARE, FORMAT, readCache, replaceable, writeCacheFile, type Entry } from './cache-file';
import { BUILD } from './package-info';
import { startStamping } from './stamps';

const hashOf = (content: FileContent) => createHash('sha1').update(content.type === 'text' ? `t${content.text}` : `s${content.rule}\0${content.message}`).digest('base64');

/** The dependency keys a file's documents provide: a change to the file touches these. */
function keysOf(summary: ParsedSummary | undefined): string[] {
  return (summary?.documents ?? []).flatMap((d) => (d.kind ? [allKey(d.kind), ...(d.id !== undefined ? [idKey(d.kind, d.id)] : [])] : []));
}

/**
 * A file changed less than this before it was read may change again within the same tick of a coarse clock
 * (2 s on FAT) and keep its times: its stamp is not kept, and it is read and hashed on every check.
 */
const RACY_MS = 2000;

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
  const config = await readConfig(fs);
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
      writeCacheFile(root, cacheFile, cacheText({ format: FORMAT, id, mops: BUILD, config: configHash, today: workspace.today }, files));
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
