// Loads a playbook from a file system into a Workspace: the config first, then every included file.

import { CONFIG_FILE } from '../config/config';
import { matchGlob, type Glob } from '../config/glob';
import { decodeText } from './decode';
import { EarlyChecks, KindCounts, sniffKinds } from './early-checks';
import type { DirEntry, PlaybookFileSystem } from './fs';
import type { ParsedFile } from '../model/parse';
import type { FileContent } from './content';
import { Workspace, type WorkspaceOptions } from './workspace';

export interface LoadOptions extends WorkspaceOptions {
  /** Called as files are read, for progress displays. */
  onProgress?: (done: number, total: number) => void;
  /** Files read at once. */
  concurrency?: number;
  /** A lower size limit than the config's (the editor's `mops.maxFileSize`). */
  maxFileBytes?: number;
  /**
   * Starts a parse that is given each text file as it is read and answers once all are: the CLI spreads
   * the work over worker threads. Without it (and without `parseAll`), each file is parsed here as it is read.
   */
  parser?: () => ParseSession;
  /** Parses every text file at once, in the files' order, once all are read (a simpler `parser`). */
  parseAll?: (files: ReadonlyArray<{ path: string; text: string }>) => Promise<ParsedFile[]>;
  /**
   * With `parser`: computes files' findings while the rest is still being parsed (on other threads), for a
   * caller that wants every file's findings. A file is checked early only once every file of a rarer kind
   * is parsed (see early-checks.ts), so that a brief is checked against its Team and Workflow whatever the
   * folder layout; a file a later one invalidates is checked again when asked.
   */
  checkWhileParsing?: boolean;
}

/** A parse of many files, fed as they are read. */
export interface ParseSession {
  /**
   * The text file at `index` in the loader's (sorted) order. With `kinds` (its sniffed kinds, given when the
   * loader checks while parsing), the files of rarer kinds are parsed first once all are added.
   */
  add(index: number, path: string, text: string, kinds?: readonly string[]): void;
  /**
   * Called once every file is added; resolves once each is parsed and handed to `parsed` (in any order,
   * as soon as it is). Between chunks of parsing, `idle` may do other work: it returns false when it has none.
   */
  done(parsed: (index: number, file: ParsedFile) => void, idle?: () => boolean): Promise<void>;
}

/** `parseAll` as a session: it collects the files and parses them at the end. */
function collecting(parseAll: NonNullable<LoadOptions['parseAll']>): ParseSession {
  const files: Array<{ index: number; path: string; text: string }> = [];
  return {
    add: (index, path, text) => void files.push({ index, path, text }),
    async done(parsed) {
      files.sort((a, b) => a.index - b.index);
      (await parseAll(files)).forEach((file, i) => parsed(files[i].index, file));
    },
  };
}

const join = (dir: string, name: string) => (dir === '' ? name : `${dir}/${name}`);

/** Directories never worth walking, whatever the config says. */
const ALWAYS_SKIPPED = new Set(['.git']);

interface Candidate {
  path: string;
  entry: DirEntry;
}

/**
 * Every file under the root (or under the folder `from`, relative to the root) that the config's include globs
 * select and its exclude globs do not. Links are listed, never followed.
 */
export async function discover(fs: PlaybookFileSystem, include: Glob[], exclude: Glob[], from = ''): Promise<Candidate[]> {
  const found: Candidate[] = [];
  const pending = [from];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let entries: DirEntry[];
    try {
      entries = await fs.readDirectory(dir);
    } catch {
      continue; // an unreadable directory holds nothing we can check; the rest still is
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (exclude.some((g) => matchGlob(g, path))) continue;
      if (entry.type === 'directory') {
        if (!ALWAYS_SKIPPED.has(entry.name)) pending.push(path);
      } else if (include.some((g) => matchGlob(g, path))) {
        if (entry.type === 'file' || entry.type === 'symlink') found.push({ path, entry });
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A size limit and where it comes from, for the message. */
export interface SizeLimit {
  bytes: number;
  source: string;
}

/** The content of a file over the size limit: reported by `file/too-large`, never parsed. */
export function tooLargeContent(size: number, limit: SizeLimit): FileContent {
  return {
    type: 'skipped',
    rule: 'file/too-large',
    message: `This file is ${size.toLocaleString('en-US')} bytes, over the limit of ${limit.bytes.toLocaleString('en-US')} (${limit.source}), so it is not checked.`,
  };
}

async function readContent(fs: PlaybookFileSystem, candidate: Candidate, limit: SizeLimit): Promise<FileContent> {
  const { path, entry } = candidate;
  if (entry.type === 'symlink') {
    return { type: 'skipped', rule: 'file/symlink', message: 'This is a symbolic link; mops does not follow links, so it is not checked.' };
  }
  const tooLarge = (size: number) => tooLargeContent(size, limit);
  if (entry.size !== undefined && entry.size > limit.bytes) return tooLarge(entry.size);
  let bytes: Uint8Array;
  try {
    if (entry.size === undefined && fs.readFileUpTo) {
      const got = await fs.readFileUpTo(path, limit.bytes);
      if (!(got instanceof Uint8Array)) return tooLarge(got.size);
      bytes = got;
    } else bytes = await fs.readFile(path);
  } catch (error) {
    return { type: 'skipped', rule: 'file/encoding', message: `This file could not be read: ${error instanceof Error ? error.message : String(error)}.` };
  }
  if (bytes.length > limit.bytes) return tooLarge(bytes.length);
  return decodeText(bytes);
}

/**
 * The config file's content as every loader reads it (the CLI's cached load too): at most 1 MB, a file
 * that cannot be read or decoded as a finding on it; undefined when there is none.
 */
export async function readConfig(fs: PlaybookFileSystem): Promise<FileContent | undefined> {
  if (!(await fs.exists(CONFIG_FILE))) return undefined;
  return readContent(fs, { path: CONFIG_FILE, entry: { name: CONFIG_FILE, type: 'file' } }, { bytes: 1024 * 1024, source: 'the limit for the config file' });
}

/** Reads the playbook at the file system's root into a new Workspace. */
export async function loadPlaybook(fs: PlaybookFileSystem, options: LoadOptions = {}): Promise<Workspace> {
  const workspace = new Workspace(options);
  const config = await readConfig(fs);
  const hasConfig = config !== undefined;
  if (config) workspace.set(CONFIG_FILE, config);
  const { include, exclude } = workspace.config;
  // A config that is not a plain file (a symbolic link, say) is not read, and is reported like any other.
  const candidates = (await discover(fs, include, exclude)).filter((c) => !(hasConfig && c.path === CONFIG_FILE));
  const limit = sizeLimit(workspace.config, options.maxFileBytes);
  const concurrency = options.concurrency ?? 32;
  const session = options.parser?.() ?? (options.parseAll ? collecting(options.parseAll) : undefined);
  // To check while parsing, each file's kinds are sniffed as it is read (see early-checks.ts).
  const sniffed = session && options.checkWhileParsing ? new Map<number, string[]>() : undefined;
  const counts = new KindCounts();
  const contents: FileContent[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < candidates.length) {
      const i = next++;
      const content = await readContent(fs, candidates[i], limit);
      if (session) {
        contents[i] = content;
        if (content.type === 'text') {
          const kinds = sniffed && sniffKinds(content.text);
          if (kinds) {
            sniffed?.set(i, kinds);
            counts.add(kinds);
          }
          session.add(i, candidates[i].path, content.text, kinds);
        }
      } else setReleased(workspace, candidates[i].path, content);
      options.onProgress?.(++done, candidates.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, candidates.length) }, worker));
  if (session) {
    contents.forEach((content, i) => content.type !== 'text' && setReleased(workspace, candidates[i].path, content));
    // Each file is checked early at most once; a file a later one invalidates is checked again when asked.
    const early = sniffed && new EarlyChecks(candidates.length, [...sniffed].map(([index, kinds]) => ({ index, rank: counts.rank(kinds), kinds })));
    const idle =
      early &&
      (() => {
        let checked = 0;
        for (; checked < EARLY_CHECK_BATCH; checked++) {
          const i = early.next();
          if (i === undefined) break;
          workspace.findings(candidates[i].path);
          early.checked(i, workspace.dependencies(candidates[i].path));
        }
        return checked > 0;
      });
    await session.done((i, parsed) => {
      setReleased(workspace, candidates[i].path, { type: 'text', text: (contents[i] as { text: string }).text, parsed });
      early?.parsed(i);
    }, idle);
  }
  return workspace;
}

/** Files checked early between two chunks of parsing. */
const EARLY_CHECK_BATCH = 32;

/** A bulk load keeps no file's AST: a file's findings rebuild it only where they need a position. */
function setReleased(workspace: Workspace, path: string, content: FileContent): void {
  workspace.set(path, content);
  workspace.parsed(path)?.release();
}

/** Reads one file as the loader would (for a file that appeared or changed after loading), given its listing entry if known. */
export function readFileContent(fs: PlaybookFileSystem, path: string, limit: SizeLimit, entry?: DirEntry): Promise<FileContent> {
  return readContent(fs, { path, entry: entry ?? { name: path.slice(path.lastIndexOf('/') + 1), type: 'file' } }, limit);
}

/** The limit the loader applies: the config's, or a lower one the caller sets. */
export function sizeLimit(config: { limits: { maxFileBytes: number } }, maxFileBytes?: number): SizeLimit {
  return maxFileBytes !== undefined && maxFileBytes < config.limits.maxFileBytes
    ? { bytes: maxFileBytes, source: 'the setting mops.maxFileSize' }
    : { bytes: config.limits.maxFileBytes, source: 'Config limits.max_file_bytes' };
}
