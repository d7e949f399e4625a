// Reads a compiled CEL expression before it ever runs: every variable and field it names must exist in the
// matched kinds' schemas (a typo is a finding at its column, not a policy that silently never fires), which
// parts of the playbook it reads (the dependency keys of its checks), and what one evaluation may cost.

import type { Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import { schemaAt } from '../schema/lookup';
import type { JsonSchema } from '../schema/schemas';
import { didYouMean, nearest } from '../text/distance';
import { celFunctions, type CelExpr, type CelProgram } from './cel';
import { PLAYBOOK_ENTRIES, PLAYBOOK_FIELDS, personFields, type PlaybookField } from './playbook';

/** What an expression node stands for, as far as a reading before evaluation can tell. */
type Shape =
  /** A place in a document; `from` is the playbook collection it was read from (whose lists a loop over it runs over). */
  | { t: 'doc'; kinds: readonly Kind[]; path: DataPath; from?: PlaybookField }
  | { t: 'playbook' }
  | { t: 'collection'; field: PlaybookField }
  | { t: 'ids'; of: PlaybookField }
  | { t: 'any' };

/** One factor of a loop's size: a playbook collection's count, a list of the matched document, or the longest list. */
export type SizeFactor =
  | { of: 'collection'; field: PlaybookField }
  | { of: 'owned'; field: 'briefs' | 'tools' }
  | { of: 'self'; path: DataPath }
  /** A list of another document: the longest list in any entry of the collection it was read from. */
  | { of: 'entries'; field: PlaybookField }
  | { of: 'longest' };

export interface Analysis {
  /** Each at the characters [offset, offset + length) of the expression. */
  problems: Array<{ message: string; offset: number; length: number }>;
  /** The playbook collections the expression reads. */
  reads: Set<PlaybookField>;
  /** Whether it reads the briefs and tools a person owns (`playbook.people[id].briefs`). */
  owned: boolean;
  /** Per loop nesting met (outermost first), how many nodes run inside it: the cost model's terms. */
  terms: Array<{ factors: SizeFactor[]; nodes: number }>;
  /** What the whole expression gives, as far as its form tells: a policy's condition must give true or false. */
  result: 'boolean' | 'other' | 'unknown';
  /**
   * The fields of `self` it reads, when it reads `self` only by naming a field (`self.tier`, `has(self.venue)`,
   * `self['x-jira']`); undefined when it uses `self` whole (`'x-jira' in self`, `self == …`).
   */
  selfFields: Set<string> | undefined;
}

/** Functions and operators whose result is true or false. */
const BOOLEAN_CALLS = new Set(['_&&_', '_||_', '!_', '_==_', '_!=_', '_<_', '_<=_', '_>_', '_>=_', '@in', 'matches', 'startsWith', 'endsWith', 'contains', '@not_strictly_false']);
const OTHER_CALLS = new Set(['_+_', '_-_', '_*_', '_/_', '_%_', '-_', 'size', 'string', 'int', 'double', 'uint', 'timestamp', 'duration', 'lowerAscii', 'upperAscii']);

function resultOf(expr: CelExpr, shape: Shape, kinds: readonly Kind[]): Analysis['result'] {
  const kind = expr.exprKind;
  if (kind.case === 'constExpr') return kind.value.constantKind.case === 'boolValue' ? 'boolean' : 'other';
  if (kind.case === 'listExpr' || kind.case === 'structExpr') return 'other';
  if (kind.case === 'callExpr') return BOOLEAN_CALLS.has(kind.value.function) ? 'boolean' : OTHER_CALLS.has(kind.value.function) ? 'other' : 'unknown';
  if (kind.case === 'selectExpr' && kind.value.testOnly) return 'boolean';
  if (kind.case === 'comprehensionExpr') {
    const init = kind.value.accuInit?.exprKind;
    return init?.case === 'constExpr' && init.value.constantKind.case === 'boolValue' ? 'boolean' : init?.case === 'listExpr' ? 'other' : 'unknown';
  }
  if (shape.t === 'doc') {
    const type = kinds.map((k) => schemaAt(k, shape.path)?.type).find((t) => t !== undefined);
    return type === 'boolean' ? 'boolean' : type === undefined ? 'unknown' : 'other';
  }
  return 'unknown';
}

/**
 * A call of a function the library does not have fails only when it runs, on the documents that reach it:
 * a policy that calls one is broken, whatever it matches. `has(self['x-…'])` is the likely one: `has` is a
 * macro over a field written with a dot, and a team's own field is tested with `in`.
 */
function unknownFunction(name: string): string {
  if (name === 'has') return "has() tests a field written with a dot, such as has(self.audience.description); test a team's own field with 'x-jira' in self.";
  const known = celFunctions();
  return `There is no function '${name}'.${didYouMean(nearest(name, known))} The functions are ${known.join(', ')}; and the macros has, all, exists, exists_one, filter and map.`;
}

const ANY: Shape = { t: 'any' };
const VARIABLES = 'self, today, playbook and (where at has a *) it';

/** The schema of a document place, or undefined when no matched kind describes it. */
function schemaOf(shape: Extract<Shape, { t: 'doc' }>, field: string | number): JsonSchema | undefined {
  for (const kind of shape.kinds) {
    const found = schemaAt(kind, [...shape.path, field]);
    if (found) return found;
  }
  return undefined;
}

/** The properties a document place has, for "did you mean". */
function propertiesAt(shape: Extract<Shape, { t: 'doc' }>): string[] {
  return shape.kinds.flatMap((kind) => Object.keys((schemaAt(kind, shape.path)?.properties as object | undefined) ?? {}));
}

/** A place whose schema says nothing of its fields (free-form, or a team's own `x-` field) reads as anything. */
function opaque(schema: JsonSchema | undefined): boolean {
  return !schema || (schema.type === undefined && schema.enum === undefined && schema.const === undefined && !schema.properties && !schema.items && !schema.$ref);
}

/** `it`: the item of the list that a `*` in the assertion's `at` names, when it has one. */
export function analyze(program: CelProgram, kinds: readonly Kind[], it?: DataPath): Analysis {
  const analysis: Analysis = { problems: [], reads: new Set(), owned: false, terms: [], result: 'unknown', selfFields: undefined };
  // Every use of `self`, and those that name one of its fields: when they are as many, only those fields are read.
  const selfFields = new Set<string>();
  let selfUses = 0;
  const isSelf = (e: CelExpr | undefined, scope: Map<string, Shape>) => e?.exprKind.case === 'identExpr' && e.exprKind.value.name === 'self' && !scope.has('self');
  const counts = new Map<string, { factors: SizeFactor[]; nodes: number }>();
  /**
   * A problem at an expression node: on the name it is about when it has one (the library places a field
   * selection or a method call at its dot, an identifier at its first character).
   */
  const problem = (expr: CelExpr, message: string, name?: string) => {
    let offset = program.offsetOf(expr.id);
    if (name !== undefined && program.text[offset] === '.') offset++;
    const length = name !== undefined && program.text.startsWith(name, offset) ? name.length : 1;
    analysis.problems.push({ message, offset, length });
  };

  const field = (expr: CelExpr, operand: Shape, name: string, testOnly: boolean): Shape => {
    switch (operand.t) {
      case 'playbook':
        if (!(PLAYBOOK_FIELDS as readonly string[]).includes(name)) {
          problem(expr, `playbook has no '${name}'.${didYouMean(nearest(name, PLAYBOOK_FIELDS))} It has: ${PLAYBOOK_FIELDS.join(', ')}.`, name);
          return ANY;
        }
        analysis.reads.add(name as PlaybookField);
        return name === 'naming' || name === 'utm' ? { t: 'doc', kinds: [name === 'naming' ? 'NamingConvention' : 'UtmStandard'], path: [], from: name } : { t: 'collection', field: name as PlaybookField };
      case 'collection':
        return entryOf(operand.field);
      case 'doc': {
        if (operand.kinds.includes('Team') && operand.path.length === 2 && personFields.includes(name)) {
          analysis.owned = true;
          return { t: 'ids', of: name === 'briefs' ? 'briefs' : 'tools' };
        }
        const schema = schemaOf(operand, name);
        if (!schema) {
          const whose = operand.path.length === 0 ? `a ${operand.kinds.join(' or ')}` : `'${operand.path.filter((p) => typeof p === 'string').join('.')}'`;
          problem(expr, `'${name}' is not a field of ${whose}.${didYouMean(nearest(name, propertiesAt(operand)))}${testOnly ? '' : " (A team's own field is read as self['x-…'].)"}`, name);
          return ANY;
        }
        return opaque(schema) ? ANY : { t: 'doc', kinds: operand.kinds, path: [...operand.path, name], from: operand.from };
      }
      default:
        return ANY;
    }
  };

  const index = (operand: Shape, key: CelExpr): Shape => {
    const constant = key.exprKind.case === 'constExpr' ? key.exprKind.value.constantKind : undefined;
    if (operand.t === 'collection') return entryOf(operand.field);
    if (operand.t !== 'doc') return ANY;
    if (constant?.case === 'stringValue') {
      if (constant.value.startsWith('x-')) return ANY;
      return field(key, operand, constant.value, false);
    }
    const item = schemaOf(operand, 0);
    return item && !opaque(item) ? { t: 'doc', kinds: operand.kinds, path: [...operand.path, 0], from: operand.from } : ANY;
  };

  const rangeFactor = (range: Shape): SizeFactor => {
    if (range.t === 'collection') return { of: 'collection', field: range.field };
    if (range.t === 'ids') return { of: 'owned', field: range.of as 'briefs' | 'tools' };
    if (range.t === 'doc' && range.from) return { of: 'entries', field: range.from };
    if (range.t === 'doc' && selfPaths.has(range)) return { of: 'self', path: range.path };
    return { of: 'longest' };
  };
  const itemOf = (range: Shape): Shape => {
    if (range.t === 'collection' || range.t === 'ids') return { t: 'ids', of: range.t === 'collection' ? range.field : range.of };
    if (range.t === 'doc') {
      const item = schemaOf(range, 0);
      return item && !opaque(item) ? { t: 'doc', kinds: range.kinds, path: [...range.path, 0], from: range.from } : ANY;
    }
    return ANY;
  };

  // Shapes that start at `self` (their loops' sizes are the matched document's own lists).
  const selfPaths = new WeakSet<Shape>();
  const SELF: Shape = { t: 'doc', kinds, path: [] };

  const visit = (expr: CelExpr, scope: Map<string, Shape>, factors: SizeFactor[]): Shape => {
    const key = JSON.stringify(factors);
    const term = counts.get(key) ?? { factors, nodes: 0 };
    term.nodes++;
    counts.set(key, term);
    const kind = expr.exprKind;
    switch (kind.case) {
      case 'identExpr': {
        const name = kind.value.name;
        if (scope.has(name)) return scope.get(name)!;
        if (name === 'self') {
          selfUses++;
          return SELF;
        }
        if (name === 'playbook') return { t: 'playbook' };
        if (name === 'today') return ANY;
        if (name === 'it' && it) return IT;
        const field = kinds.some((k) => schemaAt(k, [name])) ? ` Did you mean self.${name}?` : '';
        problem(expr, `Unknown variable '${name}'.${field} The variables are ${VARIABLES}, and those a macro such as exists(x, …) names.`, name);
        return ANY;
      }
      case 'selectExpr': {
        const operand = visit(kind.value.operand!, scope, factors);
        if (isSelf(kind.value.operand, scope)) {
          selfFields.add(kind.value.field);
          selfUses--;
        }
        const shape = field(expr, operand, kind.value.field, kind.value.testOnly);
        if (kind.value.testOnly) return ANY;
        if (operand.t === 'doc' && selfPaths.has(operand) && shape.t === 'doc') selfPaths.add(shape);
        return shape;
      }
      case 'callExpr': {
        const { target, args } = kind.value;
        if (/^[A-Za-z]/.test(kind.value.function) && !celFunctions().includes(kind.value.function)) problem(expr, unknownFunction(kind.value.function), kind.value.function);
        const shapes = [target, ...args].filter((e): e is CelExpr => e !== undefined).map((e) => visit(e, scope, factors));
        if (kind.value.function === '_[_]' && args.length === 2) {
          const key = args[1].exprKind.case === 'constExpr' ? args[1].exprKind.value.constantKind : undefined;
          if (isSelf(args[0], scope) && key?.case === 'stringValue') {
            selfFields.add(key.value);
            selfUses--;
          }
          const shape = index(shapes[0], args[1]);
          if (shapes[0].t === 'doc' && selfPaths.has(shapes[0]) && shape.t === 'doc') selfPaths.add(shape);
          return shape;
        }
        return ANY;
      }
      case 'comprehensionExpr': {
        const c = kind.value;
        const range = visit(c.iterRange!, scope, factors);
        visit(c.accuInit!, scope, factors);
        const inner = new Map(scope);
        inner.set(c.iterVar, itemOf(range));
        if (c.iterVar2) inner.set(c.iterVar2, ANY);
        inner.set(c.accuVar, ANY);
        const loop = [...factors, rangeFactor(range)];
        for (const part of [c.loopCondition, c.loopStep]) if (part) visit(part, inner, loop);
        const after = new Map(scope);
        after.set(c.accuVar, ANY);
        if (c.result) visit(c.result, after, factors);
        return ANY;
      }
      case 'listExpr':
        for (const element of kind.value.elements) visit(element, scope, factors);
        return ANY;
      case 'structExpr':
        for (const entry of kind.value.entries) {
          if (entry.keyKind.case === 'mapKey') visit(entry.keyKind.value, scope, factors);
          if (entry.value) visit(entry.value, scope, factors);
        }
        return ANY;
      default:
        return ANY;
    }
  };
  const IT: Shape = { t: 'doc', kinds, path: it ?? [] };
  selfPaths.add(SELF);
  const top = visit(program.ast.expr, new Map(), []);
  analysis.result = resultOf(program.ast.expr, top, kinds);
  analysis.terms = [...counts.values()];
  analysis.selfFields = selfUses === 0 ? selfFields : undefined;
  return analysis;
}

function entryOf(field: PlaybookField): Shape {
  const { kind, path } = PLAYBOOK_ENTRIES[field];
  return { t: 'doc', kinds: [kind], path, from: field };
}
