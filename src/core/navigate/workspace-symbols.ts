// Find a brief, tool, person, workflow, SOP or policy by its id or its title or name, from anywhere.

import type { Workspace } from '../engine/workspace';
import { peopleOf } from '../domain/people';
import type { DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { rec, str } from '../model/readers';
import { locateAll } from './occurrences';
import type { NavSymbolKind, NavWorkspaceSymbol } from './types';

interface Candidate {
  name: string;
  detail?: string;
  kind: NavSymbolKind;
  doc: ParsedDocument;
  path: DataPath;
  /** Lower is better; see score. */
  score: number;
}

const KINDS: ReadonlyArray<[string, NavSymbolKind]> = [
  ['Brief', 'brief'],
  ['Tool', 'tool'],
  ['Workflow', 'workflow'],
  ['Sop', 'sop'],
  ['Policy', 'policy'],
];

/** Default number of symbols answered: an editor shows a list, not the whole playbook. */
const LIMIT = 100;

/**
 * How well `query` (lower case) matches `text`: 0 the same, 1 a prefix, 2 + position a substring, 1000 + gaps a
 * subsequence (the query's characters in order); undefined when it does not match.
 */
function score(text: string, query: string): number | undefined {
  const t = text.toLowerCase();
  if (query === '' || t === query) return 0;
  if (t.startsWith(query)) return 1;
  const at = t.indexOf(query);
  if (at !== -1) return 2 + at;
  let from = 0;
  let gaps = 0;
  for (const c of query) {
    const next = t.indexOf(c, from);
    if (next === -1) return undefined;
    gaps += next - from;
    from = next + 1;
  }
  return 1000 + gaps;
}

function best(query: string, ...texts: Array<string | undefined>): number | undefined {
  const scores = texts.map((t) => (t === undefined ? undefined : score(t, query))).filter((s): s is number => s !== undefined);
  return scores.length ? Math.min(...scores) : undefined;
}

/**
 * The briefs, tools, people, workflows, SOPs and policies whose id or title (a person's or tool's name) matches
 * `query` (case aside: the same, a prefix, a substring, then the characters in order), best first, at most
 * `limit`; everything up to the limit for an empty query.
 */
export function workspaceSymbols(workspace: Workspace, query: string, limit = LIMIT): NavWorkspaceSymbol[] {
  const q = query.trim().toLowerCase();
  const candidates: Candidate[] = [];
  for (const [docKind, kind] of KINDS) {
    for (const doc of workspace.documents(docKind)) {
      if (doc.id === undefined) continue;
      const data = rec(doc.value);
      const title = str(data.title) ?? str(data.name);
      const s = best(q, doc.id, title);
      if (s !== undefined) candidates.push({ name: doc.id, detail: title, kind, doc, path: ['id'], score: s });
    }
  }
  for (const person of peopleOf(workspace.view()).byId.values()) {
    const s = best(q, person.id, person.name);
    if (s !== undefined) candidates.push({ name: person.id, detail: person.name, kind: 'person', doc: person.doc, path: [...person.path, 'id'], score: s });
  }
  const chosen = candidates.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)).slice(0, Math.max(0, limit));
  // Only the symbols answered are found in their text.
  const located = locateAll(chosen.map((c) => ({ doc: c.doc, data: c.path, value: c.name, declaration: true })));
  return chosen.flatMap((c): NavWorkspaceSymbol[] => {
    const at = located.find((l) => l.doc === c.doc && l.data === c.path);
    return at ? [{ name: c.name, detail: c.detail, kind: c.kind, location: { path: c.doc.path, range: at.range } }] : [];
  });
}
