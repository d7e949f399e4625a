// The fast path of policy expressions (src/core/policy/direct.ts) gives the library's answer whenever it gives
// one. Every expression of the policies mops ships (the cookbook, examples/acme, mops init) is run on every
// document it checks in several playbooks, both ways, and the answers compared; then a table of edge cases
// (mixed numbers, big ints, NaN, surrogates, missing fields, errors on either side of && and ||, nested macros)
// over values of every type. The fast path must also answer most of them: a test it always declined would pass.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RE2JS } from '@bufbuild/re2';
import { generate } from '../../../bench/generate.mjs';
import { compileCel, isSyntaxError, type CelOutcome, type CelProgram } from '../../../src/core/policy/cel';
import type { CompiledPolicy } from '../../../src/core/policy/compile';
import { compileDirect, NOT_SURE } from '../../../src/core/policy/direct';
import { policiesOf } from '../../../src/core/policy/policies';
import { EXAMPLE, FIXTURES, readTree, REFERENCE, ROOT } from '../../helpers';
import { workspaceOver } from './policy-fixtures';

const regex = (pattern: string) => RE2JS.compile(pattern);

/** What the library says, as one comparable value: the value with its type, or that it is an error. */
function libraryAnswer(outcome: CelOutcome): string {
  return 'error' in outcome ? 'error' : typed(outcome.value);
}

function typed(value: unknown): string {
  return `${value === null ? 'null' : typeof value}:${String(value)}`;
}

class Tally {
  asked = 0;
  answered = 0;
  readonly mismatches: string[] = [];
  /** The expressions it answered at least once. */
  readonly texts = new Set<string>();

  /** Runs `text` both ways on `vars`; records a fast answer that differs from the library's. */
  compare(text: string, library: CelProgram, vars: Record<string, unknown>): void {
    const direct = library.ast.expr ? compileDirect(library.ast.expr, regex) : undefined;
    this.asked++;
    const fast = direct?.(vars, undefined);
    if (fast === undefined || fast === NOT_SURE || (fast !== null && typeof fast === 'object')) return;
    this.answered++;
    this.texts.add(text);
    const expected = libraryAnswer(library.run(vars));
    if (typed(fast) !== expected && this.mismatches.length < 20) this.mismatches.push(`${text} on ${show(vars)}: fast ${typed(fast)}, library ${expected}`);
  }
}

function show(vars: Record<string, unknown>): string {
  return JSON.stringify(vars, (_key, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Map ? Object.fromEntries(v) : v)).slice(0, 300);
}

function expressionsOf(policy: CompiledPolicy) {
  return [...(policy.when ? [policy.when] : []), ...policy.asserts.flatMap((a) => [a.expr, ...a.message.flatMap((m) => ('expr' in m ? [m.expr] : []))])];
}

/** Checks the workspace with every expression's run wrapped to compare the fast path with the library. */
function compareWhileChecking(ws: ReturnType<typeof workspaceOver>, tally: Tally): void {
  for (const policy of policiesOf(ws.view()).all) {
    for (const expr of expressionsOf(policy)) {
      const library = compileCel(expr.program.text, { direct: false });
      if (isSyntaxError(library)) continue;
      const run = expr.program.run;
      expr.program.run = (vars) => {
        tally.compare(expr.program.text, library, vars);
        return run(vars);
      };
    }
  }
  ws.allFindings();
}

/** The cookbook's policies (docs/policies.md), as files. */
function cookbookFiles(): Record<string, string> {
  const doc = readFileSync(join(ROOT, 'docs', 'policies.md'), 'utf8');
  const files: Record<string, string> = {};
  for (const [, text] of doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    const id = /^id: (\S+)$/m.exec(text)?.[1];
    if (id && /^kind: Policy$/m.test(text)) files[`policies/${id}.yaml`] = text;
  }
  return files;
}

describe('policy expressions: the fast path answers as the library does', function () {
  this.timeout(120_000);

  it('on every document of examples/acme, of the reference playbook with the cookbook, and of generated playbooks', () => {
    const tally = new Tally();
    const cookbook = cookbookFiles();
    assert.ok(Object.keys(cookbook).length >= 15, 'the cookbook has its policies');
    compareWhileChecking(workspaceOver(EXAMPLE, {}), tally);
    compareWhileChecking(workspaceOver(REFERENCE, cookbook), tally);
    // The fixtures that break each cookbook policy, laid over the reference playbook with it.
    for (const [path, text] of Object.entries(readTree(join(FIXTURES, 'cookbook')))) {
      const id = path.split('/')[0];
      const policy = cookbook[`policies/${id}.yaml`];
      if (policy) compareWhileChecking(workspaceOver(REFERENCE, { [`policies/${id}.yaml`]: policy, [path.split('/').slice(2).join('/') || path]: text }), tally);
    }
    for (const layout of ['folders', 'multi-doc'] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'mops-direct-'));
      try {
        generate(dir, { briefs: 300, seed: 7, defects: 30, layout, reference: REFERENCE });
        compareWhileChecking(workspaceOver(dir, cookbook), tally);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    assert.deepEqual(tally.mismatches, []);
    assert.ok(tally.asked > 10_000, `only ${tally.asked} evaluations were compared`);
    assert.ok(tally.answered / tally.asked > 0.95, `the fast path answered ${tally.answered} of ${tally.asked}`);
  });

  it('on a table of edge cases over values of every type', () => {
    const tally = new Tally();
    const m = (entries: Record<string, unknown>) => new Map(Object.entries(entries));
    const values: Record<string, unknown>[] = [
      { a: 1n, b: 1, c: 'x', d: true, e: null, l: [1n, 2n, 3n], s: m({ f: 2n, g: 'y', h: [m({ k: 'v' })] }) },
      { a: 2n ** 53n + 1n, b: 2 ** 53, c: '\u{1F600}', d: false, e: 'e', l: [1.5, 2, 'x'], s: m({}) },
      { a: 2n ** 63n - 1n, b: Number.NaN, c: '\uFFFF', d: true, e: 1n, l: [], s: m({ f: 1.5, g: null, h: [] }) },
      { a: -(2n ** 63n), b: -0, c: '', d: false, e: [1n], l: ['a', 'b'], s: m({ f: 'str', h: [m({ k: 1n }), m({})] }) },
      { a: 0n, b: 0.1, c: 'Ab', d: true, e: m({ z: 1n }), l: [m({ k: 'v' }), m({ k: 'w' })], s: m({ f: 0n, g: 'Ab', h: 'not a list' }) },
      { a: 1n, b: 2.5, c: '2026-02-01', d: true, e: null, l: ['2026-01-01'], s: m({ f: 3n, g: '2026-01-20', h: [] }) },
    ];
    const expressions = [
      'a == b', 'a < b', 'a <= b', 'b > a', 'a >= 2', 'b == 9007199254740992', 'a == 9007199254740993', 'a + 1 > a', 'a - 1 < a', 'a * 2 > a',
      'a + a', 'b + b', '-a', '-b', 'double(a) == b', 'double(a) < 1.5', 'c < "\u{10000}"', 'c > "\uFFFF"', 'c == "x"', 'size(c)', 'c.size() == 1',
      'c.startsWith("A")', 'c.endsWith("b")', 'c.contains("")', 'c.matches("^[A-Z]")', 'c.matches("(")', 'c + c == "xx"',
      'd && true', 'd || false', '!d', 'e == null', 'null == e', 'e == "e"', 'e in [1, 2]', 'e in l', 'a in l', 'b in l', 'c in l', '"f" in s', 'c in s',
      's.f > 1', 's.f == 2', 's.g == "y"', 'has(s.f)', 'has(s.h)', 'has(s.f.g)', 's.missing == 1', 's.missing == 1 || true', 'true || s.missing == 1',
      's.missing == 1 && false', 'false && s.missing == 1', 's.missing == 1 && true', '!has(s.g) || s.g == "y"', 's["f"] == 2', 's["zz"] == 1', 'l[0] == 1', 'l[5] == 1', 'l[-1] == 1',
      'size(l) > 1', 'l.size() == 0', 'size(s) == 3', 'l.all(x, x > 0)', 'l.exists(x, x == 2)', 'l.exists_one(x, x == 1)', 'l.map(x, x).size() == size(l)',
      'l.filter(x, x > 1).size()', 'l.all(x, l.exists(y, y == x))', 'l.exists(x, l.exists(x, x == 3))', 's.h.all(x, x.k == "v")', 's.h.exists(x, has(x.k))',
      's.all(k, k != "")', 's.exists(k, s[k] == 2)', 'd ? a : b', 'c == "x" ? 1 : 2', 'a ? 1 : 2', '[a, b][0] == a', '[1, 2] + [3] == [1, 2, 3]', 'a / 2 == 0',
      'e.z == 1', '"z" in e', 'int(b) == 0', 'string(a) == "1"',
      // Timestamps and durations, from the texts of a document's dates.
      'timestamp("2026-01-01T00:00:00Z") < timestamp("2026-01-02T00:00:00Z")', 'timestamp(c + "T00:00:00Z") > timestamp("2026-01-01T00:00:00Z")',
      'timestamp(s.g + "T00:00:00Z") - timestamp("2026-01-01T00:00:00Z") >= duration("336h")', 'timestamp("2026-03-01T00:00:00Z") - timestamp("2026-02-28T00:00:00Z") == duration("24h")',
      'timestamp("2026-02-30T00:00:00Z") < timestamp("2026-03-01T00:00:00Z")', 'timestamp("2026-01-01T24:00:00Z") > timestamp("2026-01-01T00:00:00Z")',
      'timestamp("2026-01-01T00:00:00+01:00") < timestamp("2026-01-01T00:00:00Z")', 'timestamp("0999-01-01T00:00:00Z") < timestamp("2026-01-01T00:00:00Z")',
      'timestamp("2026-01-01T00:00:00Z") + duration("90m") > timestamp("2026-01-01T01:00:00Z")', 'duration("1h") == duration("60m")', 'duration("3600s") < duration("2h")',
      'timestamp("2026-01-01T00:00:00Z") - duration("1s") < timestamp("2026-01-01T00:00:00Z")', 'duration("1.5h") > duration("1h")', 'duration("-1h") < duration("0s")',
      'timestamp("2026-01-01T00:00:00Z") == timestamp("2026-01-01T00:00:00Z")', 'duration("1h") - duration("2h") < duration("0s")', 'timestamp("2026-01-01T00:00:00Z") < 1',
    ];
    for (const text of expressions) {
      const library = compileCel(text, { direct: false });
      assert.ok(!isSyntaxError(library), `${text} parses`);
      for (const vars of values) tally.compare(text, library, vars);
    }
    assert.deepEqual(tally.mismatches, []);
    // The shapes policies use most are the fast path's, for some values at least.
    const common = ['a < b', 'b > a', 'a + 1 > a', 'double(a) == b', 'c == "x"', 'size(c)', 'c.matches("^[A-Z]")', 'd && true', '!d', 'e == null', 'c in l', '"f" in s', 's.f > 1', 'has(s.f)', 's.missing == 1 || true', 'false && s.missing == 1', 's["f"] == 2', 'l[0] == 1', 'l.all(x, x > 0)', 'l.exists(x, x == 2)', 'l.exists_one(x, x == 1)', 'l.filter(x, x > 1).size()', 's.h.all(x, x.k == "v")', 's.exists(k, s[k] == 2)', 'd ? a : b', 'timestamp("2026-03-01T00:00:00Z") - timestamp("2026-02-28T00:00:00Z") == duration("24h")', 'duration("3600s") < duration("2h")'];
    assert.deepEqual(common.filter((text) => !tally.texts.has(text)), []);
    assert.ok(tally.answered > tally.asked / 2, `the fast path answered ${tally.answered} of ${tally.asked}`);
  });
});
