// The one place that speaks to the CEL library (@bufbuild/cel): compiles an expression once, evaluates it,
// and turns the library's errors into messages with an offset into the expression's text.

import { celEnv, isCelError, isCelMap, isCelType, isCelUint, parse, plan, type CelEnv } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { RE2JS } from '@bufbuild/re2';
import { compileDirect, NOT_SURE } from './direct';

/** The parsed expression tree, as the library gives it (macros such as `exists` already expanded). */
export type CelAst = ReturnType<typeof parse>;
export type CelExpr = CelAst['expr'];

export interface CelProgram {
  /** The expression's text. */
  text: string;
  ast: CelAst;
  /** The offset in the expression's text of the node with this id (0 when unknown). */
  offsetOf(id: bigint): number;
  run(vars: Record<string, unknown>): CelOutcome;
}

export type CelOutcome = { value: unknown } | { error: string; offset: number; missing: boolean };

export interface CelSyntaxError {
  message: string;
  offset: number;
}

/** The library's environment, with the standard functions; built once (building it takes milliseconds). */
let shared: CelEnv | undefined;
/**
 * The library's own RE2 engine, with each pattern compiled once: the library compiles a `matches()` pattern
 * on every call, which was a third of the time of evaluating policies over 2,000 briefs. Bounded, since the
 * patterns come from the playbook (and may be built from data): past the bound, the oldest are let go.
 */
const MAX_PATTERNS = 512;
const patterns = new Map<string, RE2JS>();
const re2 = {
  compile(pattern: string) {
    let compiled = patterns.get(pattern);
    if (!compiled) {
      compiled = RE2JS.compile(pattern);
      if (patterns.size >= MAX_PATTERNS) patterns.delete(patterns.keys().next().value as string);
      patterns.set(pattern, compiled);
    }
    return compiled;
  },
};

// The strings extension (lowerAscii, upperAscii, split, replace, trim, format, …) that Kubernetes' CEL has too.
const env = () => (shared ??= celEnv({ funcs: strings, re2 }));

/** Line and column (1-based) of the library's parse messages, as an offset into `text`. */
function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/** `<input>:1:11: found = but expecting …` → the message and where it points. */
function syntaxError(text: string, error: unknown): CelSyntaxError {
  const raw = error instanceof Error ? error.message : String(error);
  const first = raw.split('\n')[0];
  const at = /^<input>:(\d+):(\d+): (.*)$/.exec(first);
  if (!at) return { message: first, offset: 0 };
  return { message: plainSyntax(at[3]), offset: offsetAt(text, Number(at[1]), Number(at[2])) };
}

/** The parser's wording, in the words a policy's author uses. */
function plainSyntax(message: string): string {
  const end = /^found (.+) but expecting end of input$/.exec(message);
  if (end) return `'${end[1]}' cannot come here (the expression should end, or an operand is missing)`;
  const found = /^found (.+) but expecting (.+)$/.exec(message);
  if (found) return `'${found[1]}' where ${found[2]} was expected`;
  return message;
}

/**
 * Deepest nesting of brackets parsed: the library's parser recurses per level (500 levels overflow its stack,
 * 100 take a tenth of a second), and a policy is a condition, not a program.
 */
export const MAX_NESTING = 32;

/** Where brackets first nest deeper than MAX_NESTING, outside string literals (one pass over the text). */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return undefined;
}

/**
 * Compiles `text`, or says what is wrong with it and where. `direct: false` leaves out the fast path (direct.ts):
 * the tests compare its answers with the library's.
 */
export function compileCel(text: string, options: { direct?: boolean } = {}): CelProgram | CelSyntaxError {
  const deep = tooDeep(text);
  if (deep !== undefined) return { message: `brackets nest deeper than ${MAX_NESTING} levels here; split the condition into several assertions`, offset: deep };
  let ast: CelAst;
  let evaluate: ReturnType<typeof plan>;
  try {
    ast = parse(text);
    evaluate = plan(env(), ast);
  } catch (error) {
    return syntaxError(text, error);
  }
  // The common shapes are answered without the library's machinery; it decides whenever that path is not sure.
  const direct = ast.expr && options.direct !== false ? compileDirect(ast.expr, (pattern) => re2.compile(pattern)) : undefined;
  const positions = ast.sourceInfo?.positions ?? {};
  const offsetOf = (id: bigint) => positions[String(id) as unknown as number] ?? 0;
  return {
    text,
    ast,
    offsetOf,
    run(vars) {
      const fast = direct?.(vars, undefined);
      if (fast !== undefined && fast !== NOT_SURE && (fast === null || typeof fast !== 'object')) return { value: fast };
      let value: unknown;
      try {
        value = evaluate(vars as never);
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error), offset: 0, missing: false };
      }
      if (!isCelError(value)) return { value };
      const id = value.exprId;
      const message = value.message;
      return { error: message, offset: id === undefined ? 0 : offsetOf(id), missing: /field not found|no such key/.test(message) };
    },
  };
}

/** The names of the library's functions (size, matches, timestamp, …); operators such as `_&&_` and `@in` are the planner's own. */
let functions: string[] | undefined;
export function celFunctions(): string[] {
  return (functions ??= [...new Set([...env().funcs].map((f) => f.name))].filter((name) => /^[A-Za-z]/.test(name)));
}

export function isSyntaxError(compiled: CelProgram | CelSyntaxError): compiled is CelSyntaxError {
  return 'message' in compiled;
}

/** A protobuf message the library gives for a timestamp or a duration: its type name and its seconds and nanos. */
function timeMessage(value: object): { type: string; seconds: bigint; nanos: number } | undefined {
  const message = (value as { message?: { $typeName?: unknown; seconds?: unknown; nanos?: unknown } }).message;
  if (typeof message?.$typeName !== 'string' || typeof message.seconds !== 'bigint') return undefined;
  return { type: message.$typeName, seconds: message.seconds, nanos: Number(message.nanos ?? 0) };
}

/**
 * A CEL value as text in a message: a timestamp as RFC 3339 (`2026-11-20T00:00:00Z`), a duration as CEL writes
 * it (`1209600s`), a uint as its number, a map as `key: value` pairs, a list as its items.
 */
export function celText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return String(value);
  if (isCelUint(value)) return String(value.value);
  if (isCelType(value)) return value.name;
  const time = timeMessage(value);
  if (time?.type === 'google.protobuf.Timestamp') {
    const ms = Number(time.seconds) * 1000 + Math.floor(time.nanos / 1e6);
    return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString().replace('.000Z', 'Z') : `${time.seconds}s`;
  }
  if (time?.type === 'google.protobuf.Duration') return `${time.seconds}${time.nanos ? `.${String(Math.abs(time.nanos)).padStart(9, '0').replace(/0+$/, '')}` : ''}s`;
  if (value instanceof Map || isCelMap(value)) return [...(value as Map<unknown, unknown>).keys()].map((k) => `${celText(k)}: ${celText((value as Map<unknown, unknown>).get(k))}`).join(', ');
  if (Symbol.iterator in value) return [...(value as Iterable<unknown>)].map(celText).join(', ');
  return String(value);
}
