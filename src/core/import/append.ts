// Appends entries to a list of an existing document (a brief's links, the Team's members) with the core's
// list-entry edit, which writes each entry the way the list's last one is written and keeps everything
// else of the file, comments included. A list of words inside an entry is written as `[a, b]`.

import { appendListEntry } from '../edit/list-entry';
import { applyEdits } from '../engine/fix';
import { parseFile, type ParsedDocument } from '../model/parse';
import { flowList } from './yaml-text';

/** Stands in for a list of words while the entry is written; no real value looks like it. */
const LIST = (key: string) => `mops-import-list-${key}`;

export type EntryValues = Record<string, string | string[] | undefined>;

/**
 * The file's text with the entry appended to the list `key` of the document with `id` (the document of
 * kind `kind` when the file has several), or why it cannot be. `order` is the key order of a new entry.
 */
export function appendEntry(path: string, text: string, kind: string, id: string, key: string, entry: EntryValues, order: string[], after?: string): { text: string; index: number } | string {
  const doc = parseFile(path, text).documents.find((d: ParsedDocument) => d.kind === kind && d.id === id);
  if (!doc) return `${path} no longer holds ${kind} ${id}`;
  const values: Record<string, string> = {};
  const lists: Array<[string, string[]]> = [];
  for (const [k, v] of Object.entries(entry)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      values[k] = LIST(k);
      lists.push([k, v]);
    } else values[k] = v;
  }
  const present = order.filter((k) => k in values);
  const edits = appendListEntry(doc, key, values, { order: present, after });
  if (typeof edits === 'string') return edits;
  const written = edits.map((e) => ({ ...e, newText: lists.reduce((t, [k, v]) => t.replace(LIST(k), flowList(v)), e.newText) }));
  const current = doc.value as Record<string, unknown> | undefined;
  const index = Array.isArray(current?.[key]) ? (current[key] as unknown[]).length : 0;
  return { text: applyEdits(text, written), index };
}
