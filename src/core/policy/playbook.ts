// The variables a policy reads: `self` (the matched document), `today`, and `playbook`, read-only maps by id of
// the playbook's people, tools, workflows, budgets, briefs and SOPs, plus its naming and UTM standards. Each
// collection is built once per change of the kinds it comes from (the index's derive), so its reads are
// dependency keys like any rule's: a change to team.yaml re-checks the briefs whose policies read people.

import type { IndexView } from '../engine/index-view';
import type { Kind } from '../model/kinds';
import type { ParsedDocument } from '../model/parse';
import { isRecord, records, str } from '../model/readers';
import { peopleOf } from '../domain/people';

export const PLAYBOOK_FIELDS = ['people', 'tools', 'workflows', 'budgets', 'briefs', 'sops', 'naming', 'utm'] as const;
export type PlaybookField = (typeof PLAYBOOK_FIELDS)[number];

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

const converted = new WeakMap<object, unknown>();

/**
 * A document's value as CEL reads it: whole numbers become CEL ints (so `self.tier + 1` and `size(x) > 2`
 * read as written), the rest is kept; maps become Maps, so that no key (`__proto__`, `constructor`) ever
 * reaches an object's prototype. Converted once per value.
 */
export function celValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) && Number.isSafeInteger(value) ? BigInt(value) : value;
  if (value === null || typeof value !== 'object') return value;
  const known = converted.get(value);
  if (known !== undefined) return known;
  let out: unknown;
  if (Array.isArray(value)) out = value.map(celValue);
  else {
    const map = new Map<string, unknown>();
    for (const key of Object.keys(value)) map.set(key, celValue((value as Record<string, unknown>)[key]));
    out = map;
  }
  converted.set(value, out);
  return out;
}

/** The documents of a kind by id (the first of a duplicated id: duplicates are their own finding). */
function byId(docs: readonly ParsedDocument[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const doc of docs) if (doc.id !== undefined && doc.clean && isRecord(doc.value) && !map.has(doc.id)) map.set(doc.id, celValue(doc.value));
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
      const entry = new Map(celValue(member ?? {}) as Map<string, unknown>);
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

/** How many entries each collection holds, and the most briefs and tools one person owns: the cost model's sizes. */
export interface PlaybookSizes {
  count(field: PlaybookField): number;
  owned(field: 'briefs' | 'tools'): number;
}

/** The `playbook` variable for an expression that reads `fields` (only those: each read is a dependency). */
export function playbookFor(index: IndexView, fields: ReadonlySet<PlaybookField>, ownedLists: boolean): { value: Map<string, unknown>; sizes: PlaybookSizes } {
  const value = new Map<string, unknown>();
  for (const field of fields) {
    if (field === 'people') value.set('people', people(index, ownedLists));
    else if (field === 'naming' || field === 'utm') {
      const doc = index.all(SOURCE[field]).find((d) => d.clean && isRecord(d.value));
      value.set(field, doc ? celValue(doc.value) : new Map());
    } else value.set(field, index.derive(`policy:${field}`, [SOURCE[field]], () => byId(index.all(SOURCE[field]))));
  }
  const sizes: PlaybookSizes = {
    count: (field) => {
      const entry = value.get(field);
      return entry instanceof Map ? entry.size : 1;
    },
    owned: (field) => mostOwned(value.get('people'), field),
  };
  return { value, sizes };
}
