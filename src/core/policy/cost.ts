// What one evaluation of a policy on a document may cost, before it runs: the CEL library cannot be stopped
// once it runs, so a policy from an untrusted repository is bounded by its form and the sizes it loops over.

import type { DataPath } from '../model/locate';
import { isRecord } from '../model/readers';
import type { SizeFactor } from './analyze';
import type { CompiledExpr, CompiledPolicy } from './compile';
import type { PlaybookSizes } from './playbook';

/**
 * The most steps (expression nodes run, counting each loop's turns) one policy may take on one document.
 * A whole check then costs at most this many steps per document and policy: a bounded multiple of the
 * playbook's size, whatever a policy says. Loops over the team's own lists (approvals, links) stay far
 * below it; a loop over every brief inside a check of every brief does not, beyond about 500 briefs.
 */
export const MAX_STEPS = 5_000;

const longest = new WeakMap<object, number>();

/**
 * The length of the longest list anywhere in a document's value, walked once per document (its parts are not
 * kept: a cache entry for every mapping of every document would cost each garbage collection after).
 */
function longestList(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const known = longest.get(value);
  if (known !== undefined) return known;
  const most = longestBelow(value);
  longest.set(value, most);
  return most;
}

function longestBelow(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let most = Array.isArray(value) ? value.length : 0;
  for (const child of Array.isArray(value) ? value : Object.values(value)) most = Math.max(most, longestBelow(child));
  return most;
}

function lengthAt(value: unknown, path: DataPath): number {
  let at = value;
  for (const segment of path) {
    if (Array.isArray(at) && typeof segment === 'number') at = at[segment];
    else if (isRecord(at) && typeof segment === 'string') at = at[segment];
    else return 0;
  }
  return Array.isArray(at) ? at.length : isRecord(at) ? Object.keys(at).length : 0;
}

function size(factor: SizeFactor, sizes: PlaybookSizes, doc: unknown): number {
  switch (factor.of) {
    case 'collection':
      return sizes.count(factor.field);
    case 'owned':
      return sizes.owned(factor.field);
    case 'self':
      return lengthAt(doc, factor.path);
    case 'entries':
      return sizes.longest(factor.field);
    default:
      return longestList(doc);
  }
}

function steps(expr: CompiledExpr | undefined, sizes: PlaybookSizes, doc: unknown): number {
  if (!expr) return 0;
  let total = 0;
  for (const term of expr.analysis.terms) total += term.factors.reduce((n, f) => n * Math.max(1, size(f, sizes, doc)), term.nodes);
  return total;
}

/** Steps of one evaluation of `policy` on a document with value `doc`: its condition and every assertion. */
export function estimate(policy: CompiledPolicy, sizes: PlaybookSizes, doc: unknown): number {
  let total = steps(policy.when, sizes, doc);
  for (const assert of policy.asserts) {
    const star = assert.at?.segments.indexOf('*') ?? -1;
    const times = star === -1 ? 1 : Math.max(1, lengthAt(doc, assert.at!.segments.slice(0, star) as DataPath));
    let one = steps(assert.expr, sizes, doc);
    for (const part of assert.message) if ('expr' in part) one += steps(part.expr, sizes, doc);
    total += times * one;
  }
  return total;
}

/** The steps that do not depend on the document (loops over the playbook's collections), for the policy's own check. */
export function estimateOnPlaybook(policy: CompiledPolicy, sizes: PlaybookSizes): number {
  return estimate(policy, sizes, undefined);
}
