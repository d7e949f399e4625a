// The cache's file: one line of JSON (the head: every entry but its values), a line break, then a blob of the
// values, one JSON text per file, found by its span; and the delta file that applies to it. Written in ASCII,
// read without trusting anything in it: a damaged or foreign file reads as no cache.

import { closeSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import type { Finding, ParsedSummary } from '../core';
import { BUILD } from './package-info';
import { writeOutput } from './output';

export const FORMAT = 3;

/** A file's entry as it is used here. */
export interface Entry {
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
export type StoredEntry = Omit<Entry, 'values'> & { values?: [start: number, length: number] };

/**
 * A cache file is a JSON head (one line), a line break, and a blob: the documents' values of every entry,
 * one JSON text after another, each found by its span. A check parses the head, and only the values that
 * its re-checked files read (a brief's check reads the Team, not the other briefs).
 */
export interface Head {
  format: number;
  files: Record<string, StoredEntry>;
}

export interface CacheHead extends Head {
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
export interface DeltaHead extends Head {
  base: string;
  removed: string[];
}

/** A full write once the delta holds more than this share of the entries (and more than DELTA_MIN). */
export const DELTA_SHARE = 0.1;
export const DELTA_MIN = 50;

/** A cache or delta file's head, with each entry's values cut from the blob; undefined when missing or damaged. */
export function readCacheFile<T extends Head>(file: string): { head: T; files: Record<string, Entry> } | undefined {
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
export function cacheText(head: Omit<Head, 'files'> & Record<string, unknown>, files: Record<string, Entry>): string {
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
export function writeCacheFile(root: string, file: string, text: string): void {
  if (!replaceable(file)) throw new Error('it is not a mops cache, and mops does not write over other files; delete it or name another --cache-location');
  writeOutput(root, file, text);
}

/** JSON with every character past ASCII escaped: the same value, read back without decoding UTF-8. */
export const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Nothing there, a link, or a mops cache or delta file (of any version, even damaged): what the cache may replace. */
export function replaceable(file: string): boolean {
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

export interface Read {
  head: CacheHead;
  /** The cache's entries with the delta's applied. */
  files: Record<string, Entry>;
  /** The delta as it is (to add to). */
  delta: { files: Record<string, Entry>; removed: string[] };
}

export function readCache(file: string): Read | undefined {
  const cache = readCacheFile<CacheHead>(file);
  if (!cache || cache.head.mops !== BUILD) return undefined;
  const found = readCacheFile<DeltaHead>(`${file}.delta`);
  const delta = found && found.head.base === cache.head.id && Array.isArray(found.head.removed) ? { files: found.files, removed: found.head.removed } : { files: {}, removed: [] };
  for (const path of delta.removed) delete cache.files[path];
  Object.assign(cache.files, delta.files);
  return { head: cache.head, files: cache.files, delta };
}
