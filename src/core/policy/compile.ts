// A Policy document compiled once per change to it: its CEL expressions planned, read for unknown names,
// costs and non-boolean results, its `at` paths and message placeholders read; and every problem found,
// placed in the policy's own text, so that a broken policy is a finding and never a silent pass.

import { isKind, type Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { fieldRecords, fields, str } from '../model/readers';
import type { Severity } from '../model/types';
import type { Policy, PolicyAssertion, PolicyMatch } from '../generated';
import { didYouMean, nearest } from '../text/distance';
import { analyze, type Analysis } from './analyze';
import { compileCel, isSyntaxError, type CelProgram } from './cel';
import { readAt, readMessage, type AtPath } from './parts';
import type { PlaybookField } from './playbook';

/** Longest expression compiled: a policy is a condition, not a program (the schema says so too). */
export const MAX_EXPRESSION = 4096;

/**
 * Most characters of expressions compiled in one playbook: the parser takes tens of microseconds a character,
 * so a repository of megabytes of expressions would hold a check for minutes. Past it, policies are not run.
 */
export const MAX_PLAYBOOK_EXPRESSIONS = 256 * 1024;

/** What is left of a playbook's allowance of expression characters, shared by the compiles of one playbook. */
export interface CompileBudget {
  chars: number;
}

export interface CompiledExpr {
  text: string;
  /** Where the expression's text is, in the policy document. */
  path: DataPath;
  /** Where in that text the expression starts (a placeholder starts inside its message). */
  offset: number;
  program: CelProgram;
  analysis: Analysis;
}

export interface CompiledAssert {
  index: number;
  expr: CompiledExpr;
  at?: AtPath;
  message: Array<{ text: string } | { expr: CompiledExpr }>;
}

/** A problem of the policy itself, at characters [start, end) of the scalar at `path` (its whole value without them). */
export interface PolicyProblem {
  path: DataPath;
  start?: number;
  end?: number;
  message: string;
}

export interface CompiledPolicy {
  doc: ParsedDocument;
  id: string;
  /** The rule id of its findings: `policy/<id>`. */
  rule: string;
  title: string;
  description?: string;
  severity: Severity;
  kinds: Kind[];
  when?: CompiledExpr;
  asserts: CompiledAssert[];
  problems: PolicyProblem[];
  /** The playbook collections any of its expressions read, and whether they read what people own. */
  reads: Set<PlaybookField>;
  owned: boolean;
  /** Whether it can be evaluated: nothing in it is broken. */
  runnable: boolean;
  /** Whether what an evaluation costs depends on the document (a loop over its own lists, a `*` in an `at`). */
  docCost: boolean;
  /** The fields of `self` its expressions read; undefined when one of them uses `self` whole. */
  selfFields: Set<string> | undefined;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function compilePolicy(doc: ParsedDocument, budget: CompileBudget = { chars: MAX_PLAYBOOK_EXPRESSIONS }): CompiledPolicy | undefined {
  const data = fields<Policy>(doc.value);
  const id = str(data.id);
  if (id === undefined) return undefined;
  const problems: PolicyProblem[] = [];
  const match = fields<PolicyMatch>(data.match);
  const kinds = matchedKinds(match.kind, problems);
  const reads = new Set<PlaybookField>();
  let owned = false;

  const expression = (text: unknown, path: DataPath, it?: DataPath, offset = 0, boolean = true): CompiledExpr | undefined => {
    if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_EXPRESSION || kinds.length === 0) return undefined;
    if ((budget.chars -= text.length) < 0) {
      problems.push({ path, message: `Not compiled: the playbook's policies hold more than ${MAX_PLAYBOOK_EXPRESSIONS / 1024} KB of expressions, which mops does not compile (a check would take minutes). Keep policies short, or fewer.` });
      return undefined;
    }
    const compiled = compileCel(text);
    if (isSyntaxError(compiled)) {
      problems.push({ path, start: offset + compiled.offset, end: offset + compiled.offset + 1, message: `This expression does not parse: ${compiled.message}.` });
      return undefined;
    }
    const analysis = analyze(compiled, kinds, it);
    for (const p of analysis.problems) problems.push({ path, start: offset + p.offset, end: offset + p.offset + p.length, message: p.message });
    if (boolean && analysis.result === 'other') problems.push({ path, start: offset, end: offset + text.length, message: 'This expression gives a value, not true or false: compare it (self.tier == 1) or test it (has(self.venue)).' });
    for (const field of analysis.reads) reads.add(field);
    owned ||= analysis.owned;
    return analysis.problems.length > 0 ? undefined : { text, path, offset, program: compiled, analysis };
  };

  const before = problems.length;
  const when = match.when === undefined ? undefined : expression(match.when, ['match', 'when']);
  const asserts: CompiledAssert[] = [];
  for (const [raw, index] of fieldRecords<PolicyAssertion>(data.assert)) {
    let at: AtPath | undefined;
    if (typeof raw.at === 'string' && kinds.length > 0) {
      const read = readAt(raw.at, kinds);
      if ('segments' in read) at = read;
      else problems.push({ path: ['assert', index, 'at'], start: read.start, end: read.end, message: read.message });
    }
    const star = at?.segments.indexOf('*') ?? -1;
    const it = at && star !== -1 ? at.segments.slice(0, star + 1).map((s) => (s === '*' ? 0 : s)) : undefined;
    const expr = expression(raw.expr, ['assert', index, 'expr'], it);
    const message = typeof raw.message === 'string' ? template(raw.message, ['assert', index, 'message'], (text, offset) => expression(text, ['assert', index, 'message'], it, offset, false), problems) : [];
    if (expr && message) asserts.push({ index, expr, at, message });
  }
  const exprs = [when, ...asserts.flatMap((a) => [a.expr, ...a.message.flatMap((m) => ('expr' in m ? [m.expr] : []))])].filter((e): e is CompiledExpr => e !== undefined);
  const title = str(data.title) ?? id;
  const severity = SEVERITIES.find((s) => s === data.severity) ?? 'warning';
  return {
    doc,
    id,
    rule: `policy/${id}`,
    title,
    description: str(data.description),
    severity,
    kinds,
    when,
    asserts,
    problems,
    reads,
    owned,
    runnable: problems.length === before && kinds.length > 0 && (match.when === undefined || when !== undefined) && asserts.length > 0,
    selfFields: exprs.some((e) => !e.analysis.selfFields) ? undefined : new Set(exprs.flatMap((e) => [...(e.analysis.selfFields as Set<string>)])),
    docCost: exprs.some((e) => e.analysis.terms.some((t) => t.factors.some((f) => f.of === 'self' || f.of === 'longest'))) || asserts.some((a) => a.at?.segments.includes('*')),
  };
}

/** `kind: Brief` or `kind: [Brief, Tool]`: known kinds; an unknown one is a problem with the nearest offered. */
function matchedKinds(value: unknown, problems: PolicyProblem[]): Kind[] {
  const items: Array<[unknown, DataPath]> = Array.isArray(value) ? value.map((v, i) => [v, ['match', 'kind', i]]) : [[value, ['match', 'kind']]];
  const kinds: Kind[] = [];
  for (const [item, path] of items) {
    if (typeof item !== 'string') continue;
    if (isKind(item)) kinds.push(item);
    else problems.push({ path, message: `mops knows no kind '${item}', so this policy would check nothing.${didYouMean(nearest(item, ['Brief', 'Tool', 'Sop', 'Team', 'Workflow', 'Budget', 'NamingConvention', 'UtmStandard', 'Config', 'Policy']))}` });
  }
  return kinds;
}

/** A message's literal parts and compiled placeholders, or undefined when one of them is broken. */
function template(
  message: string,
  path: DataPath,
  compile: (text: string, offset: number) => CompiledExpr | undefined,
  problems: PolicyProblem[],
): CompiledAssert['message'] | undefined {
  const parts = readMessage(message);
  if (!Array.isArray(parts)) {
    problems.push({ path, start: parts.start, end: parts.end, message: parts.message });
    return undefined;
  }
  const out: CompiledAssert['message'] = [];
  for (const part of parts) {
    if ('text' in part) out.push(part);
    else {
      const expr = compile(part.expr, part.offset);
      if (!expr) return undefined;
      out.push({ expr });
    }
  }
  return out;
}
