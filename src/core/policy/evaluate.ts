// Evaluates the compiled policies that match one document: `when`, then each assertion (once, or once per
// item of the list a `*` in `at` names), with a cost bound per evaluation, and says what each one found.

import type { IndexView } from '../engine/index-view';
import type { Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { isRecord } from '../model/readers';
import { formatDay } from '../text/dates';
import { celText, type CelOutcome } from './cel';
import type { CompiledAssert, CompiledExpr, CompiledPolicy } from './compile';
import { estimate, estimateOnPlaybook, MAX_STEPS } from './cost';
import { playbookFor, type PlaybookField, type PlaybookSizes } from './playbook';
import { celFields, celValue } from './values';

export type PolicyOutcome =
  /** The document breaks the policy: a finding of `policy/<id>` at `path` (its nearest present part). */
  | { type: 'broken'; policy: CompiledPolicy; assert: CompiledAssert; path: DataPath; message: string }
  /** The policy could not be evaluated on the document: a `policy/invalid` finding on it. */
  | { type: 'invalid'; policy: CompiledPolicy; expr?: CompiledExpr; path: DataPath; message: string };

interface Scope {
  vars: Record<string, unknown>;
  doc: ParsedDocument;
  kind: Kind;
}

/** What a set of policies reads, worked out once per set (the policies of a kind, for every document of it). */
interface PolicySetPlan {
  /** The fields of `self` they read; undefined when one of them uses `self` whole. */
  wanted: ReadonlySet<string> | undefined;
  reads: ReadonlySet<PlaybookField>;
  owned: boolean;
}

const plans = new WeakMap<readonly CompiledPolicy[], PolicySetPlan>();

/** The field of the document that holds the list an assertion's `*` runs over, if it has one. */
function listField(assert: CompiledAssert): string[] {
  const first = assert.at?.segments[0];
  return assert.at?.segments.includes('*') && typeof first === 'string' && first !== '*' ? [first] : [];
}

function planOf(policies: readonly CompiledPolicy[]): PolicySetPlan {
  let plan = plans.get(policies);
  if (!plan) {
    plan = {
      // The list a `*` runs over is read from `self` too (its items are `it`).
      wanted: policies.every((p) => p.selfFields) ? new Set(policies.flatMap((p) => [...(p.selfFields as Set<string>), ...p.asserts.flatMap(listField)])) : undefined,
      reads: new Set(policies.flatMap((p) => [...p.reads])),
      owned: policies.some((p) => p.owned),
    };
    plans.set(policies, plan);
  }
  return plan;
}

/** What each policy costs whatever the document, per `playbook` variable (the same one until the playbook changes). */
const fixedCosts = new WeakMap<PlaybookSizes, Map<CompiledPolicy, number>>();

function fixedCost(policy: CompiledPolicy, sizes: PlaybookSizes): number {
  let known = fixedCosts.get(sizes);
  if (!known) fixedCosts.set(sizes, (known = new Map()));
  let steps = known.get(policy);
  if (steps === undefined) known.set(policy, (steps = estimateOnPlaybook(policy, sizes)));
  return steps;
}

/** `today` as CEL reads it, formatted once per day rather than once per document. */
let lastDay: { day: number; text: string } | undefined;
function todayText(day: number): string {
  if (lastDay?.day !== day) lastDay = { day, text: formatDay(day) };
  return lastDay.text;
}

export function evaluatePolicies(doc: ParsedDocument, policies: readonly CompiledPolicy[], index: IndexView, today: number): PolicyOutcome[] {
  const outcomes: PolicyOutcome[] = [];
  const kind = doc.kind as Kind;
  const plan = planOf(policies);
  // Only the fields the policies read are converted, when none of them uses the document whole.
  const self = plan.wanted ? celFields(doc.value, kind, plan.wanted) : celValue(doc.value, kind);
  // One playbook variable for every policy of the document: what any of them reads (each read is a dependency
  // of this document's check, as the policies that read it run on it).
  const { value: playbook, sizes } = playbookFor(index, plan.reads, plan.owned);
  const vars = { self, today: todayText(today), playbook };
  for (const policy of policies) {
    // Too costly whatever the document: not run at all, and said once, on the policy (policy/invalid there).
    const fixed = fixedCost(policy, sizes);
    if (fixed > MAX_STEPS) continue;
    const steps = policy.docCost ? estimate(policy, sizes, doc.value) : fixed;
    if (steps > MAX_STEPS) {
      outcomes.push({ type: 'invalid', policy, path: ['id'], message: `${policy.rule} is not evaluated on this ${doc.kind}: it would take about ${steps.toLocaleString('en-US')} steps here, more than the ${MAX_STEPS.toLocaleString('en-US')} mops allows per document (its loops run over this document's longest lists).` });
      continue;
    }
    const scope: Scope = { vars, doc, kind };
    if (policy.when) {
      const matched = truth(policy, policy.when, policy.when.program.run(vars), ['id'], outcomes);
      if (matched !== true) continue;
    }
    for (const assert of policy.asserts) check(policy, assert, scope, outcomes);
  }
  return outcomes;
}

/**
 * The expression's answer: true, false, or undefined after reporting why there is none. A missing field
 * makes it false (an assertion that reads a field the document lacks is not met; a `when` does not match).
 */
function truth(policy: CompiledPolicy, expr: CompiledExpr, outcome: CelOutcome, path: DataPath, outcomes: PolicyOutcome[]): boolean | undefined {
  if ('error' in outcome) {
    if (outcome.missing) return false;
    outcomes.push({ type: 'invalid', policy, expr, path, message: `${policy.rule} could not be evaluated on this document: ${outcome.error} (${where(expr, outcome.offset)}).` });
    return undefined;
  }
  if (typeof outcome.value === 'boolean') return outcome.value;
  outcomes.push({ type: 'invalid', policy, expr, path, message: `${policy.rule}: ${where(expr, 0)} gave ${celText(outcome.value)}, not true or false.` });
  return undefined;
}

function where(expr: CompiledExpr, offset: number): string {
  const part = expr.path[0] === 'match' ? 'its when' : `its assert ${Number(expr.path[1]) + 1}`;
  return `${part}, at column ${expr.offset + offset + 1}`;
}

/** Whether an outcome is a plain true: the common case, when nothing needs to be placed or said. */
const holds = (outcome: CelOutcome) => 'value' in outcome && outcome.value === true;

function check(policy: CompiledPolicy, assert: CompiledAssert, scope: Scope, outcomes: PolicyOutcome[]): void {
  const segments = assert.at?.segments ?? ['id'];
  const star = segments.indexOf('*');
  if (star === -1) {
    const outcome = assert.expr.program.run(scope.vars);
    if (holds(outcome)) return;
    const path = present(scope.doc.value, segments as DataPath);
    if (truth(policy, assert.expr, outcome, path, outcomes) === false) outcomes.push({ type: 'broken', policy, assert, path, message: render(policy, assert, scope.vars) });
    return;
  }
  // Each item of the list before the `*` is checked as `it`; the finding lands on the item's part named after it.
  const listPath = segments.slice(0, star) as DataPath;
  const list = valueAt(scope.doc.value, listPath);
  if (!Array.isArray(list)) return;
  const vars: Record<string, unknown> = { ...scope.vars, it: undefined };
  const itemPath = itemPathOf(assert, listPath);
  // The items as `self` holds them, converted with it; each converted on its own when `self` has no such list.
  const converted = valueAt(scope.vars.self, listPath);
  const items = Array.isArray(converted) && converted.length === list.length ? converted : undefined;
  list.forEach((item, i) => {
    vars.it = items ? items[i] : celValue(item, scope.kind, itemPath);
    const outcome = assert.expr.program.run(vars);
    if (holds(outcome)) return;
    const path = present(scope.doc.value, [...listPath, i, ...(segments.slice(star + 1) as DataPath)]);
    if (truth(policy, assert.expr, outcome, path, outcomes) === false) outcomes.push({ type: 'broken', policy, assert, path, message: render(policy, assert, { ...vars }) });
  });
}

/** The path of an item of the list an assertion's `*` runs over, one array per assertion (its schema is looked up by it). */
const itemPaths = new WeakMap<CompiledAssert, DataPath>();
function itemPathOf(assert: CompiledAssert, listPath: DataPath): DataPath {
  let path = itemPaths.get(assert);
  if (!path) itemPaths.set(assert, (path = [...listPath, 0]));
  return path;
}

/** The value at a path of a document, as parsed or as converted for CEL (mappings as Maps). */
function valueAt(value: unknown, path: DataPath): unknown {
  let at = value;
  for (const segment of path) {
    if (Array.isArray(at) && typeof segment === 'number') at = at[segment];
    else if (at instanceof Map && typeof segment === 'string') at = at.get(segment);
    else if (isRecord(at) && typeof segment === 'string' && Object.hasOwn(at, segment)) at = at[segment];
    else return undefined;
  }
  return at;
}

/** The longest start of `path` that the document has: where a finding about a missing field lands. */
function present(value: unknown, path: DataPath): DataPath {
  let at = value;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (Array.isArray(at) && typeof segment === 'number' && segment < at.length) at = at[segment];
    else if (isRecord(at) && typeof segment === 'string' && Object.hasOwn(at, segment)) at = at[segment];
    else return i === 0 ? ['id'] : path.slice(0, i);
  }
  return path;
}

/** The assertion's message with its placeholders rendered; the policy's title when it has none. */
function render(policy: CompiledPolicy, assert: CompiledAssert, vars: Record<string, unknown>): string {
  if (assert.message.length === 0) return policy.title;
  return assert.message
    .map((part) => {
      if ('text' in part) return part.text;
      const outcome = part.expr.program.run(vars);
      return 'error' in outcome ? (outcome.missing ? '(missing)' : '(?)') : celText(outcome.value);
    })
    .join('');
}

