// Facts: small projections of a document's value that a rule reads for many documents at once (each
// brief's share of a budget). Each is worked out once per document; the CLI's cache keeps them with the
// document's entry, so a warm check that totals a budget reads ten thousand briefs' facts, not their values.

import type { ParsedDocument } from '../model/parse';

/**
 * A fact about one document. `of` must depend on the document's value (and `clean`) alone, not on other
 * documents, the config or the day, and return plain JSON data: an object, never undefined, whose missing
 * fields read as undefined again after a trip through the cache.
 */
export interface Fact<T extends object> {
  name: string;
  of(doc: ParsedDocument): T;
}

/** The facts worked out in this process, per document, over those the document came with. */
const worked = new WeakMap<ParsedDocument, Record<string, object>>();

export function factOf<T extends object>(doc: ParsedDocument, fact: Fact<T>): T {
  let known = worked.get(doc);
  if (!known) worked.set(doc, (known = Object.create(null) as Record<string, object>));
  const had = known[fact.name] ?? doc.facts?.[fact.name];
  if (had !== undefined && had !== null && typeof had === 'object') return had as T;
  return (known[fact.name] = fact.of(doc));
}

/** Every fact known of a document, to keep with it (undefined when there is none). */
export function factsOf(doc: ParsedDocument): Record<string, unknown> | undefined {
  const known = worked.get(doc);
  if (!known) return doc.facts;
  return { ...doc.facts, ...known };
}
