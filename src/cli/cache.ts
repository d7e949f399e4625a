// `mops check --cache`: what a check found, per file and keyed by the hash of the file's content, so that
// the next check reads every file but parses and checks only those that changed and those whose findings
// a change can reach (their recorded dependency keys). A cache from another mops version, another config,
// another day or in a damaged file is ignored, never trusted.

import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  tooLargeContent,
  Workspace,
  type FileContent,
  type Finding,
  type ParsedSummary,
  type PlaybookFileSystem,
  type WorkspaceOptions,
} from '../core';
import { VERSION } from './package-info';

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

function readCache(file: string): CacheFile | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return data && data.format === FORMAT && data.mops === VERSION && typeof data.files === 'object' && data.files !== null ? data : undefined;
  } catch {
    return undefined; // missing or damaged: a cold check, and a new cache
  }
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
  const candidates = (await discover(fs, include, exclude)).filter((c) => !(config && c.path === CONFIG_FILE));
  const limit = sizeLimit(workspace.config);
  // Thousands of small files are read faster synchronously than through file handles; an unreadable one
  // goes the core's way, which reports it.
  const contents: Array<FileContent | undefined> = [];
  for (const c of candidates) {
    if (c.entry.type === 'symlink') contents.push(undefined);
    else {
      let bytes: Uint8Array | undefined;
      try {
        bytes = readFileSync(join(root, ...c.path.split('/')));
      } catch {
        bytes = undefined;
      }
      contents.push(bytes === undefined ? await readFileContent(fs, c.path, limit) : bytes.length > limit.bytes ? tooLargeContent(bytes.length, limit) : decodeText(bytes));
    }
  }

  const old = readCache(cacheFile);
  const usable = old && old.config === configHash && old.today === workspace.today ? old : undefined;
  const unchanged = new Map<string, Entry>();
  const dirty = new Set<string>();
  candidates.forEach((candidate, i) => {
    const content: FileContent = contents[i] ?? { type: 'skipped', rule: 'file/symlink', message: 'This is a symbolic link; mops does not follow links, so it is not checked.' };
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
  let reused = 0;
  for (const [path, entry] of unchanged) {
    if (entry.deps.some((key) => dirty.has(key))) continue;
    workspace.seed(path, entry.findings, entry.deps);
    reused++;
  }
  return {
    workspace,
    reused,
    save() {
      // Nothing read differs from what the cache holds: it is current as it is.
      if (current && workspace.paths().every((p) => p === CONFIG_FILE || unchanged.has(p))) return;
      const files: Record<string, Entry> = {};
      for (const path of workspace.paths()) {
        const content = workspace.content(path);
        if (!content || path === CONFIG_FILE) continue;
        files[path] = { hash: hashOf(content), summary: summaryOf(workspace, path), findings: workspace.findings(path), deps: workspace.dependencies(path) };
      }
      const data: CacheFile = { format: FORMAT, mops: VERSION, config: configHash, today: workspace.today, files };
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, cacheFile);
    },
  };
}

function summaryOf(workspace: Workspace, path: string): ParsedSummary | undefined {
  const parsed = workspace.parsed(path);
  return parsed ? summarizeParsed(parsed) : undefined;
}
