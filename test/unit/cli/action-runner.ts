// A local runner for a composite GitHub Action, as far as one can run offline: `run:` steps in bash as the
// runner starts them, with `${{ … }}` expressions evaluated in `env:`, `with:` and `if:` only (a script holding
// one is refused: that is the script-injection hole), step outputs through $GITHUB_OUTPUT, and the status
// functions of a composite. A `uses:` step is handed to the caller, which fakes it or records it.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tempPlaybook } from '../../helpers';

export interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

export interface ActionFile {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export type Value = string | number | boolean | null | Record<string, unknown>;

export interface Contexts {
  github: Record<string, unknown>;
  runner: { temp: string };
}

export interface StepRecord {
  name: string;
  /** `skipped` when its `if:` was false; `ran` for a `uses:` step the caller handled. */
  outcome: 'success' | 'failure' | 'skipped' | 'ran';
  status?: number | null;
  stdout: string;
  stderr: string;
  /** A `uses:` step's evaluated `with:` and `env:`. */
  with?: Record<string, string>;
  env?: Record<string, string>;
}

export interface ActionRun {
  steps: StepRecord[];
  /** Whether a step failed (the job's step for the action would be red). */
  failed: boolean;
  outputs: Record<string, string>;
}

/** A `uses:` step: what it would do, and the outputs it sets; the runner passes its evaluated `with:` and `env:`. */
export type UsesHandler = (uses: string, inputs: Record<string, string>, env: Record<string, string>) => Record<string, string> | void | Promise<Record<string, string> | void>;

export function readAction(path: string): ActionFile {
  return parse(readFileSync(path, 'utf8')) as ActionFile;
}

// ——— expressions ———

type Token = { kind: 'str'; value: string } | { kind: 'num'; value: number } | { kind: 'id'; value: string } | { kind: 'op'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:'((?:[^']|'')*)'|(\d+(?:\.\d+)?)|([A-Za-z_][\w.-]*)|(==|!=|&&|\|\||[!()]))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) throw new Error(`the local runner cannot read the expression '${text}' at ${at}`);
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'str', value: m[1].replace(/''/g, "'") });
    else if (m[2] !== undefined) tokens.push({ kind: 'num', value: Number(m[2]) });
    else if (m[3] !== undefined) tokens.push({ kind: 'id', value: m[3] });
    else tokens.push({ kind: 'op', value: m[4] });
  }
  return tokens;
}

/** GitHub's loose equality: strings compare without case; other mixed types compare as numbers. */
function looseEquals(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && a !== null && b !== null) return a === b;
  const num = (v: Value) => (v === null ? 0 : typeof v === 'boolean' ? Number(v) : typeof v === 'string' ? (v.trim() === '' ? 0 : Number(v)) : typeof v === 'number' ? v : NaN);
  return num(a) === num(b);
}

const truthy = (v: Value) => !(v === false || v === 0 || v === '' || v === null || Number.isNaN(v));

/** Evaluates one expression (no `${{ }}`): literals, context paths, ==, !=, !, &&, ||, parentheses and status functions. */
export function evaluate(text: string, lookup: (path: string) => Value, functions: Record<string, () => boolean>): Value {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const take = (op: string) => (tokens[i]?.kind === 'op' && tokens[i].value === op ? (i++, true) : false);
  const primary = (): Value => {
    const t = tokens[i++];
    if (!t) throw new Error(`'${text}' ends too soon`);
    if (t.kind === 'str' || t.kind === 'num') return t.value;
    if (t.kind === 'op' && t.value === '!') return !truthy(primary());
    if (t.kind === 'op' && t.value === '(') {
      const v = or();
      if (!take(')')) throw new Error(`'${text}' misses a )`);
      return v;
    }
    if (t.kind === 'id') {
      if (t.value === 'true' || t.value === 'false') return t.value === 'true';
      if (t.value === 'null') return null;
      if (take('(')) {
        if (!take(')') || !(t.value in functions)) throw new Error(`the local runner knows no function ${t.value}() with arguments`);
        return functions[t.value]();
      }
      return lookup(t.value);
    }
    throw new Error(`unexpected '${t.value}' in '${text}'`);
  };
  const comparison = (): Value => {
    let left = primary();
    for (;;) {
      if (take('==')) left = looseEquals(left, primary());
      else if (take('!=')) left = !looseEquals(left, primary());
      else return left;
    }
  };
  const and = (): Value => {
    let left = comparison();
    while (take('&&')) {
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (take('||')) {
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (peek()) throw new Error(`'${text}' has more after its end`);
  return value;
}

const asString = (v: Value) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

// ——— the run ———

function parseOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let n = 0; n < lines.length; n++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[n]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], n + 1);
      outputs[heredoc[1]] = lines.slice(n + 1, end).join('\n');
      n = end;
      continue;
    }
    const eq = lines[n].indexOf('=');
    if (eq > 0) outputs[lines[n].slice(0, eq)] = lines[n].slice(eq + 1);
  }
  return outputs;
}

/**
 * Runs the action's steps in `cwd` (the workspace) as a composite would, with `inputs` over the defaults and
 * `env` over this process's environment. `actionPath` is `$GITHUB_ACTION_PATH`.
 */
export async function runAction(
  action: ActionFile,
  options: { cwd: string; actionPath: string; inputs: Record<string, string>; contexts: Contexts; env: Record<string, string>; uses: UsesHandler },
): Promise<ActionRun> {
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  let failed = false;
  const functions = { success: () => !failed, failure: () => failed, always: () => true, cancelled: () => false };
  const lookup = (path: string): Value => {
    const [head, ...rest] = path.split('.');
    let value: unknown = head === 'inputs' ? inputValues : head === 'steps' ? steps : head === 'github' ? options.contexts.github : head === 'runner' ? options.contexts.runner : undefined;
    if (value === undefined) throw new Error(`the local runner has no context '${head}' (in ${path})`);
    for (const key of rest) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return value === undefined ? null : (value as Value);
  };
  const substitute = (text: string): string => text.replace(/\$\{\{(.*?)\}\}/g, (_, expr: string) => asString(evaluate(expr.trim(), lookup, functions)));
  const inputValues: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) inputValues[name] = options.inputs[name] ?? substitute(input.default ?? '');
  for (const name of Object.keys(options.inputs)) if (!(name in action.inputs)) throw new Error(`the action has no input '${name}'`);

  const records: StepRecord[] = [];
  for (const [n, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${n + 1}`;
    const condition = step.if === undefined ? 'success()' : step.if.replace(/^\$\{\{(.*)\}\}$/s, '$1').trim();
    // Without a status function, GitHub reads a condition as `success() && (…)`.
    const guarded = /\b(success|failure|always|cancelled)\(\)/.test(condition) ? condition : `success() && (${condition})`;
    if (!truthy(evaluate(guarded, lookup, functions))) {
      records.push({ name, outcome: 'skipped', stdout: '', stderr: '' });
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped' };
      continue;
    }
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v))]));
    if (step.uses) {
      const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v))]));
      const outputs = (await options.uses(step.uses, withs, env)) ?? {};
      records.push({ name, outcome: 'ran', stdout: '', stderr: '', with: withs, env });
      if (step.id) steps[step.id] = { outputs, outcome: 'success' };
      continue;
    }
    if (step.run === undefined || step.shell !== 'bash') throw new Error(`${name}: a composite run step needs shell: bash here`);
    if (step.run.includes('${{')) throw new Error(`${name}: an expression inside a script is a script-injection hole; pass it through env:`);
    const temp = tempPlaybook({ 'output': '', 'script.sh': step.run });
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(temp, 'script.sh')], {
      cwd: options.cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...options.env,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: options.cwd,
        GITHUB_ACTION_PATH: options.actionPath,
        RUNNER_TEMP: options.contexts.runner.temp,
        GITHUB_OUTPUT: join(temp, 'output'),
        ...env,
      },
    });
    const outcome = result.status === 0 ? 'success' : 'failure';
    records.push({ name, outcome, status: result.status, stdout: result.stdout, stderr: result.stderr });
    if (step.id) steps[step.id] = { outputs: parseOutputs(join(temp, 'output')), outcome };
    if (outcome === 'failure') failed = true;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([k, o]) => [k, substitute(o.value)]));
  return { steps: records, failed, outputs };
}

