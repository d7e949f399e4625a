// The variables a policy reads: `self` (the matched document), `today`, and `playbook`, read-only maps by id of
// the playbook's people, tools, workflows, budgets, briefs and SOPs, plus its naming and UTM standards. Each
// collection is built once per change of the kinds it comes from (the index's derive), so its reads are
// dependency keys like any rule's: a change to team.yaml re-checks the briefs whose policies read people.

import type { IndexView } from '../engine/index-view';
import type { Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { isRecord, records, str } from '../model/readers';
import { peopleOf } from '../domain/people';
import { celValue } from './values';

export const PLAYBOOK_FIELDS = ['people', 'tools', 'workflows', 'budgets', 'briefs', 'sops', 'naming', 'utm'] as const;
export type PlaybookField = (typeof PLAYBOOK_FIELDS)[number];

/** What one entry of each playbook collection is: a document of a kind, or (people) a part of one. */
export const PLAYBOOK_ENTRIES: Record<PlaybookField, { kind: Kind; path: DataPath }> = {
  people: { kind: 'Team', path: ['members', 0] },
  tools: { kind: 'Tool', path: [] },
  workflows: { kind: 'Workflow', path: [] },
  budgets: { kind: 'Budget', path: [] },
  briefs: { kind: 'Brief', path: [] },
  sops: { kind: 'Sop', path: [] },
  naming: { kind: 'NamingConvention', path: [] },
  utm: { kind: 'UtmStandard', path: [] },
};

/** What a person's entry holds besides the Team's own fields: the ids of the briefs and tools they own. */
export const personFields = ['briefs', 'tools'];

const SOURCE: Record<Exclude<PlaybookField, 'people'>, Kind> = {
  tools: 'Tool',
  workflows: 'Workflow',
  budgets: 'Budget',
  briefs: 'Brief',
  sops: 'Sop',
  naming: 'NamingConvention',
  utm: 'UtmStandard',
};

/** The documents of a kind by id (the first of a duplicated id: duplicates are their own finding). */
function byId(docs: readonly ParsedDocument[], kind: Kind): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const doc of docs) if (doc.id !== undefined && doc.clean && isRecord(doc.value) && !map.has(doc.id)) map.set(doc.id, celValue(doc.value, kind));
  return map;
}

/** Ids of the documents of a kind, grouped by their `owner`. */
function owned(docs: readonly ParsedDocument[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const doc of docs) {
    const owner = isRecord(doc.value) ? str(doc.value.owner) : undefined;
    if (owner === undefined || doc.id === undefined) continue;
    const list = map.get(owner);
    if (list) list.push(doc.id);
    else map.set(owner, [doc.id]);
  }
  return map;
}

function people(index: IndexView, withOwned: boolean): Map<string, unknown> {
  return index.derive(withOwned ? 'policy:people+owned' : 'policy:people', withOwned ? ['Team', 'Brief', 'Tool'] : ['Team'], () => {
    const briefs = withOwned ? owned(index.all('Brief')) : undefined;
    const tools = withOwned ? owned(index.all('Tool')) : undefined;
    const map = new Map<string, unknown>();
    for (const person of peopleOf(index).entries) {
      if (map.has(person.id)) continue;
      const member = records((person.doc.value as Record<string, unknown> | undefined)?.members).find(([, i]) => i === person.path[1])?.[0];
      const entry = new Map(celValue(member ?? {}, 'Team', ['members', 0]) as Map<string, unknown>);
      if (briefs && tools) {
        entry.set('briefs', briefs.get(person.id) ?? []);
        entry.set('tools', tools.get(person.id) ?? []);
      }
      map.set(person.id, entry);
    }
    return map;
  });
}

const most = new WeakMap<object, { briefs: number; tools: number }>();

/** The most briefs, and tools, that one person owns (worked out once per people map). */
function mostOwned(people: unknown, field: 'briefs' | 'tools'): number {
  if (!(people instanceof Map)) return 0;
  let known = most.get(people);
  if (!known) {
    known = { briefs: 0, tools: 0 };
    for (const person of people.values()) {
      const entry = person as Map<string, unknown>;
      known.briefs = Math.max(known.briefs, (entry.get('briefs') as unknown[] | undefined)?.length ?? 0);
      known.tools = Math.max(known.tools, (entry.get('tools') as unknown[] | undefined)?.length ?? 0);
    }
    most.set(people, known);
  }
  return known[field];
}

const longestLists = new WeakMap<object, number>();

/** The longest list (or map) anywhere in a value, its own length included, but for the keys skipped at its top. */
function longestIn(value: unknown, skip: readonly string[] = []): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : value instanceof Map ? [...value].filter(([key]) => !skip.includes(key)).map(([, child]) => child) : [];
  let most = children.length;
  for (const child of children) most = Math.max(most, longestIn(child));
  return most;
}

/**
 * The longest list in any one entry of a collection (worked out once per collection value): what a loop over
 * another document's list may cost (`playbook.budgets[b].allocations`), however short the checked document's are.
 */
function longestInEntries(field: PlaybookField, collection: unknown): number {
  if (!(collection instanceof Map)) return 0;
  let known = longestLists.get(collection);
  if (known === undefined) {
    known = 0;
    if (field === 'naming' || field === 'utm') known = longestIn(collection);
    // What a person owns is its own factor (`owned`), not a list of their entry.
    else for (const entry of collection.values()) known = Math.max(known, longestIn(entry, field === 'people' ? personFields : []));
    longestLists.set(collection, known);
  }
  return known;
}

/** How many entries each collection holds, the most briefs and tools one person owns, and the longest list in an entry: the cost model's sizes. */
export interface PlaybookSizes {
  count(field: PlaybookField): number;
  owned(field: 'briefs' | 'tools'): number;
  longest(field: PlaybookField): number;
}

/** The kinds a collection is built from (people: what they own too, when that is read). */
function sourcesOf(field: PlaybookField, ownedLists: boolean): Kind[] {
  if (field !== 'people') return [SOURCE[field]];
  return ownedLists ? ['Team', 'Brief', 'Tool'] : ['Team'];
}

/**
 * The `playbook` variable for an expression that reads `fields` (only those: each read is a dependency), built
 * once per change of the kinds it comes from: every document a policy checks shares one, and so do the sizes
 * its cost is estimated with.
 */
export function playbookFor(index: IndexView, fields: ReadonlySet<PlaybookField>, ownedLists: boolean): { value: Map<string, unknown>; sizes: PlaybookSizes } {
  const { name, names, kinds } = derivation(fields, ownedLists);
  return index.derive(name, kinds, () => buildPlaybook(index, names, ownedLists));
}

/** The derived value's name and kinds for a set of fields (worked out once per set: asked per document). */
const derivations = new WeakMap<ReadonlySet<PlaybookField>, Map<boolean, { name: string; names: PlaybookField[]; kinds: Kind[] }>>();
function derivation(fields: ReadonlySet<PlaybookField>, ownedLists: boolean) {
  let known = derivations.get(fields);
  if (!known) derivations.set(fields, (known = new Map()));
  let found = known.get(ownedLists);
  if (!found) {
    const names = [...fields].sort();
    const kinds = [...new Set(names.flatMap((field) => sourcesOf(field, ownedLists)))];
    known.set(ownedLists, (found = { name: `policy:playbook:${names.join(',')}${ownedLists ? '+owned' : ''}`, names, kinds }));
  }
  return found;
}

function buildPlaybook(index: IndexView, fields: readonly PlaybookField[], ownedLists: boolean): { value: Map<string, unknown>; sizes: PlaybookSizes } {
  const value = new Map<string, unknown>();
  for (const field of fields) {
    if (field === 'people') value.set('people', people(index, ownedLists));
    else if (field === 'naming' || field === 'utm') {
      const doc = index.all(SOURCE[field]).find((d) => d.clean && isRecord(d.value));
      value.set(field, doc ? celValue(doc.value, SOURCE[field]) : new Map());
    } else value.set(field, index.derive(`policy:${field}`, [SOURCE[field]], () => byId(index.all(SOURCE[field]), SOURCE[field])));
  }
  const sizes: PlaybookSizes = {
    count: (field) => {
      const entry = value.get(field);
      return entry instanceof Map ? entry.size : 1;
    },
    owned: (field) => mostOwned(value.get('people'), field),
    longest: (field) => longestInEntries(field, value.get(field)),
  };
  return { value, sizes };
}
