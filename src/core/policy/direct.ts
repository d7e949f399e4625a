// A fast path for the common shapes of policy expressions: field reads, comparisons, `&&` `||` `!`, `in`,
// `has()`, `size()`, `matches()`, string tests and the list macros, over the values of values.ts. It answers
// only when it is sure of CEL's answer; anything else (another type, an error, a function it does not know)
// is NOT_SURE, and the library evaluates the expression as always. Why it exists: over 10,000 briefs the
// library's own machinery (its activation, wrapping each Map and list it reads) cost more than the policies'
// logic, and the bench allows policies 15 % of a cold check (issue 14). test/unit/policy/direct.test.ts
// checks every answer it gives against the library's.

import type { CelExpr } from './cel';
import { durationOf, Instant, NOT_SURE, sameTime, timeArithmetic, timestampOf } from './direct-time';

export { NOT_SURE } from './direct-time';
type Value = unknown;
type Scope = { names: readonly string[]; values: Value[] };
type Eval = (vars: Record<string, unknown>, scope: Scope | undefined) => Value;

/** The longest list `+` builds here. */
const MAX_COPIED = 256;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const SURROGATE = /[\uD800-\uDFFF]/;

const sure = (v: Value) => v !== NOT_SURE;
const int = (v: bigint) => (v < INT64_MIN || v > INT64_MAX ? NOT_SURE : v);
const isPrimitive = (v: Value) => typeof v === 'string' || typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'number' && !Number.isNaN(v));

/** Ints this path compares with doubles: where converting one to a double is exact, whatever way the library does it. */
const EXACT = 2n ** 53n;
/** An int and a double as two doubles, as the library compares them; undefined when not both, or not exactly. */
function numbers(a: Value, b: Value): [number, number] | undefined {
  if (typeof a === 'bigint' && typeof b === 'number') return a > -EXACT && a < EXACT && !Number.isNaN(b) ? [Number(a), b] : undefined;
  if (typeof a === 'number' && typeof b === 'bigint') return b > -EXACT && b < EXACT && !Number.isNaN(a) ? [a, Number(b)] : undefined;
  return undefined;
}

/** Equality of strings, ints, doubles (an int equals the same double), bools and null; other pairs are the library's. */
function equal(a: Value, b: Value): boolean | typeof NOT_SURE {
  if (a === null && b === null) return true;
  if (sameTime(a, b)) return (a as Instant).ms === (b as Instant).ms;
  const mixed = numbers(a, b);
  if (mixed) return mixed[0] === mixed[1];
  if (!isPrimitive(a) || typeof a !== typeof b) return NOT_SURE;
  return a === b;
}

/** -1, 0 or 1 for two strings in code point order (UTF-16 order where they first differ outside surrogates). */
function compareStrings(a: string, b: string): number | typeof NOT_SURE {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x >= 0xd800 && x <= 0xdfff) || (y >= 0xd800 && y <= 0xdfff)) return NOT_SURE;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compare(a: Value, b: Value): number | typeof NOT_SURE {
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b ? 0 : a < b ? -1 : 1;
  if (sameTime(a, b)) return Math.sign((a as Instant).ms - (b as Instant).ms);
  const [x, y] = typeof a === 'number' && typeof b === 'number' ? [a, b] : (numbers(a, b) ?? []);
  if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) return NOT_SURE;
  return x === y ? 0 : x < y ? -1 : 1;
}

function contains(container: Value, item: Value): boolean | typeof NOT_SURE {
  if (container instanceof Map) return typeof item === 'string' ? container.has(item) : NOT_SURE;
  if (!Array.isArray(container)) return NOT_SURE;
  let found = false;
  for (const element of container) {
    const same = equal(element, item);
    if (same === NOT_SURE) return NOT_SURE;
    found ||= same;
  }
  return found;
}

function add(a: Value, b: Value): Value {
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return int(a + b);
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  // A macro's list grows by one item a step, copied each time here: long lists are the library's (it joins them without copying).
  if (Array.isArray(a) && Array.isArray(b)) return a.length + b.length <= MAX_COPIED ? [...a, ...b] : NOT_SURE;
  return NOT_SURE;
}

function arithmetic(op: string, a: Value, b: Value): Value {
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) return timeArithmetic(op, a, b);
  if (op === '_+_') return add(a, b);
  if (typeof a === 'bigint' && typeof b === 'bigint') return op === '_-_' ? int(a - b) : op === '_*_' ? int(a * b) : NOT_SURE;
  if (typeof a === 'number' && typeof b === 'number') return op === '_-_' ? a - b : op === '_*_' ? a * b : NOT_SURE;
  return NOT_SURE;
}

/** The functions this path knows, by how many operands they take (a method's receiver counted). */
const UNARY = new Set(['size', 'double', 'timestamp', 'duration', '!_', '-_', '@not_strictly_false']);
const BINARY = new Set(['_&&_', '_||_', '_[_]', '_==_', '_!=_', '@in', '_<_', '_<=_', '_>_', '_>=_', '_+_', '_-_', '_*_']);
const METHODS = new Set(['startsWith', 'endsWith', 'contains', 'matches']);

const COMPARISONS: Record<string, (c: number) => boolean> = {
  '_<_': (c) => c < 0,
  '_<=_': (c) => c <= 0,
  '_>_': (c) => c > 0,
  '_>=_': (c) => c >= 0,
};

/** Functions on one receiver (`x.size()` or `size(x)`), and those with one argument. */
function unary(name: string, x: Value): Value {
  switch (name) {
    case 'size':
      if (typeof x === 'string') return SURROGATE.test(x) ? NOT_SURE : BigInt(x.length);
      if (Array.isArray(x)) return BigInt(x.length);
      return x instanceof Map ? BigInt(x.size) : NOT_SURE;
    case 'timestamp':
      return typeof x === 'string' ? timestampOf(x) : NOT_SURE;
    case 'duration':
      return typeof x === 'string' ? durationOf(x) : NOT_SURE;
    case 'double':
      return typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : NOT_SURE;
    case '!_':
      return typeof x === 'boolean' ? !x : NOT_SURE;
    case '-_':
      return typeof x === 'bigint' ? int(-x) : typeof x === 'number' ? -x : NOT_SURE;
    default:
      return NOT_SURE;
  }
}

function method(name: string, target: Value, arg: Value, regex: (pattern: string) => { test(s: string): boolean }): Value {
  if (typeof target !== 'string' || typeof arg !== 'string') return NOT_SURE;
  switch (name) {
    case 'startsWith':
      return target.startsWith(arg);
    case 'endsWith':
      return target.endsWith(arg);
    case 'contains':
      return target.includes(arg);
    case 'matches':
      try {
        return regex(arg).test(target);
      } catch {
        return NOT_SURE; // a pattern RE2 refuses: the library says why
      }
    default:
      return NOT_SURE;
  }
}

/** `a && b` and `a || b` as CEL has them: a false (or true) side decides, whatever the other is. */
function logic(op: '_&&_' | '_||_', left: Eval, right: Eval): Eval {
  const decisive = op === '_||_';
  return (vars, scope) => {
    const a = left(vars, scope);
    if (a === decisive) return decisive;
    const b = right(vars, scope);
    if (b === decisive) return decisive;
    if (a === !decisive && b === !decisive) return !decisive;
    return NOT_SURE;
  };
}

/** A comprehension's variable (the innermost of a name), else a variable of the policy's. */
function lookup(name: string, vars: Record<string, unknown>, scope: Scope | undefined): Value {
  const i = scope ? scope.names.lastIndexOf(name) : -1;
  if (i >= 0) return (scope as Scope).values[i];
  return Object.hasOwn(vars, name) ? vars[name] : NOT_SURE;
}

function select(operand: Eval, field: string, testOnly: boolean): Eval {
  return (vars, scope) => {
    const x = operand(vars, scope);
    if (!(x instanceof Map)) return NOT_SURE;
    if (testOnly) return x.has(field);
    const v = x.get(field);
    return v === undefined ? NOT_SURE : v;
  };
}

function index(operand: Eval, key: Eval): Eval {
  return (vars, scope) => {
    const x = operand(vars, scope);
    const k = key(vars, scope);
    if (x instanceof Map && typeof k === 'string') return x.has(k) ? x.get(k) : NOT_SURE;
    if (Array.isArray(x) && typeof k === 'bigint' && k >= 0n && k < BigInt(x.length)) return x[Number(k)];
    return NOT_SURE;
  };
}

/** A comprehension (the macros all, exists, exists_one, map, filter), with its variables in a scope of its own. */
function comprehension(iterVar: string, accuVar: string, range: Eval, init: Eval, condition: Eval, step: Eval, result: Eval): Eval {
  return (vars, outer) => {
    const over = range(vars, outer);
    const items = Array.isArray(over) ? over : over instanceof Map ? [...over.keys()] : undefined;
    if (!items) return NOT_SURE;
    const scope: Scope = { names: [...(outer?.names ?? []), iterVar, accuVar], values: [...(outer?.values ?? []), undefined, init(vars, outer)] };
    const at = scope.names.length - 2;
    for (const item of items) {
      scope.values[at] = item;
      const go = condition(vars, scope);
      if (go === false) break;
      if (go !== true && go !== NOT_SURE) return NOT_SURE;
      scope.values[at + 1] = step(vars, scope);
    }
    return result(vars, scope);
  };
}

/** The expression as a function of the variables, or undefined when some part of it is never this path's. */
export function compileDirect(expr: CelExpr, regex: (pattern: string) => { test(s: string): boolean }): Eval | undefined {
  const kind = expr.exprKind;
  switch (kind.case) {
    case 'constExpr': {
      const c = kind.value.constantKind;
      const v = c.case === 'stringValue' || c.case === 'boolValue' || c.case === 'int64Value' || c.case === 'doubleValue' ? c.value : c.case === 'nullValue' ? null : NOT_SURE;
      return v === NOT_SURE ? undefined : () => v;
    }
    case 'identExpr': {
      const name = kind.value.name;
      return (vars, scope) => lookup(name, vars, scope);
    }
    case 'selectExpr': {
      const operand = kind.value.operand && compileDirect(kind.value.operand, regex);
      return operand && select(operand, kind.value.field, kind.value.testOnly);
    }
    case 'listExpr': {
      if (kind.value.optionalIndices.length > 0) return undefined;
      const elements = kind.value.elements.map((e) => compileDirect(e, regex));
      if (elements.some((e) => !e)) return undefined;
      const all = elements as Eval[];
      return (vars, scope) => {
        const out = all.map((e) => e(vars, scope));
        return out.every(sure) ? out : NOT_SURE;
      };
    }
    case 'comprehensionExpr': {
      const c = kind.value;
      if (c.iterVar2) return undefined;
      const parts = [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].map((e) => e && compileDirect(e, regex));
      if (parts.some((p) => !p)) return undefined;
      const [range, init, condition, step, result] = parts as Eval[];
      return comprehension(c.iterVar, c.accuVar, range, init, condition, step, result);
    }
    case 'callExpr':
      return call(kind.value.function, kind.value.target, kind.value.args, regex);
    default:
      return undefined;
  }
}

function call(name: string, target: CelExpr | undefined, args: readonly CelExpr[], regex: (pattern: string) => { test(s: string): boolean }): Eval | undefined {
  const arity = (target ? 1 : 0) + args.length;
  if (!(arity === 1 ? UNARY.has(name) : arity === 2 ? BINARY.has(name) || (target && METHODS.has(name)) : name === '_?_:_')) return undefined;
  const compiled = [...(target ? [target] : []), ...args].map((e) => compileDirect(e, regex));
  if (compiled.some((e) => !e)) return undefined;
  const [a, b, c] = compiled as Eval[];
  if (compiled.length === 1) {
    if (name === '@not_strictly_false') return (vars, scope) => (a(vars, scope) === false ? false : true);
    return (vars, scope) => {
      const x = a(vars, scope);
      return x === NOT_SURE ? NOT_SURE : unary(name, x);
    };
  }
  if (compiled.length === 3 && name === '_?_:_') {
    return (vars, scope) => {
      const test = a(vars, scope);
      return test === true ? b(vars, scope) : test === false ? c(vars, scope) : NOT_SURE;
    };
  }
  if (compiled.length !== 2) return undefined;
  if (name === '_&&_' || name === '_||_') return logic(name, a, b);
  if (name === '_[_]') return index(a, b);
  const pair = (f: (x: Value, y: Value) => Value): Eval => (vars, scope) => {
    const x = a(vars, scope);
    if (x === NOT_SURE) return NOT_SURE;
    const y = b(vars, scope);
    return y === NOT_SURE ? NOT_SURE : f(x, y);
  };
  if (name === '_==_') return pair(equal);
  if (name === '_!=_') return pair((x, y) => {
    const same = equal(x, y);
    return same === NOT_SURE ? NOT_SURE : !same;
  });
  if (name === '@in') return pair((item, container) => contains(container, item));
  const test = COMPARISONS[name];
  if (test) return pair((x, y) => {
    const order = compare(x, y);
    return order === NOT_SURE ? NOT_SURE : test(order);
  });
  if (name === '_+_' || name === '_-_' || name === '_*_') return pair((x, y) => arithmetic(name, x, y));
  if (target) return pair((x, y) => method(name, x, y, regex));
  return undefined;
}
