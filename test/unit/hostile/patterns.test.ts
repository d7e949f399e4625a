// Every place a string from the playbook meets a pattern runs in time linear in the string: naming
// templates, include/exclude globs, the PII scan, disable comments, the UTM parameter schema and the
// parser's own scans. Each is fed the classic inputs for catastrophic backtracking at n and 4n; the time
// may grow about four times, never sixteen, and stays under an absolute cap.

import assert from 'node:assert/strict';
import { compileGlob, disableEdit, matchName, parseFile, Workspace } from '../../../src/core';
import { compileTemplate, type TokenSpec } from '../../../src/core/naming/template';
import { MAX_NAME_LENGTH } from '../../../src/core/naming/match';
import { schemaAt } from '../../../src/core/schema/lookup';
import { findPii } from '../../../src/core/utm/pii';
import { matchGlob } from '../../../src/core/config/glob';
import { assertLinear as linear, cpuMsPerRun, STRUCTURAL_RULES } from '../../helpers';

/** 4n costs less than 8 times n; below a tenth of a millisecond the ratio is noise, and super-linear work at these sizes is well above it. */
const assertLinear = (label: string, make: (n: number) => () => void, n: number, capMs: number) =>
  linear(label, make, n, capMs, { maxRatio: 8, floorMs: 0.1, rounds: 5 });

const TOKENS: Record<string, TokenSpec> = {
  slug: { format: 'slug' },
  short: { format: 'slug', max_length: 300 },
  number: { format: 'number' },
  year: { format: 'year' },
  quarter: { values: ['q1', 'q2', 'q3', 'q4'] },
  region: { values: ['na', 'emea'] },
  channel: { values: ['email', 'social'] },
  // A dictionary whose values are prefixes of one another: every one matches at every position.
  prefixes: { values: Array.from({ length: 40 }, (_, i) => 'a'.repeat(i + 1)) },
};

/** A fresh template each time: matchName remembers results per template and name. */
const matcher = (pattern: string, name: string) => () => void matchName(compileTemplate('t', pattern, TOKENS), name);

describe('patterns from the playbook run in linear time', function () {
  this.timeout(120_000);

  describe('naming templates (names up to the 1,000 characters matched)', () => {
    const names: Record<string, (n: number) => string> = {
      'aaaa…': (n) => 'a'.repeat(n),
      'aaaa…!': (n) => `${'a'.repeat(n - 1)}!`,
      'a-a-a-…!': (n) => `${'a-'.repeat(n / 2 - 1)}a!`,
      '----…!': (n) => `${'-'.repeat(n - 1)}!`,
      '1111…': (n) => '1'.repeat(n),
      '1111…!': (n) => `${'1'.repeat(n - 1)}!`,
    };
    const templates = [
      '{slug}{slug}{slug}',
      '{number}{number}',
      '{slug}{slug}{slug}{number}{number}-{slug}',
      '{short}-{short}-{short}',
      '{short}{short}{short}{short}{short}{short}{short}{short}',
      '{prefixes}{prefixes}{prefixes}',
      '{year}{quarter}-{region}-{channel}-{slug}',
    ];
    for (const template of templates) {
      it(template, () => {
        for (const [label, name] of Object.entries(names)) assertLinear(`${template} on ${label}`, (n) => matcher(template, name(n)), 250, 50);
      });
    }

    it('answers a name past 1,000 characters without matching it, at any length', () => {
      const time = cpuMsPerRun(matcher('{slug}{slug}{slug}', 'a'.repeat(100_000)), 5);
      assert.ok(time < 5, `${time} ms`);
      const result = matchName(compileTemplate('t', '{slug}', TOKENS), 'a'.repeat(MAX_NAME_LENGTH + 1));
      assert.equal(result.ok, false);
    });

    it('refuses a template of thousands of tokens instead of matching every name against it', () => {
      const pattern = '{slug}'.repeat(10_000);
      const time = cpuMsPerRun(matcher(pattern, 'a'.repeat(999)), 5);
      assert.ok(time < 20, `${time} ms`);
      const result = matchName(compileTemplate('t', pattern, TOKENS), 'abc');
      assert.ok(!result.ok && /at most 32 are allowed/.test(result.message), JSON.stringify(result));
    });
  });

  describe('include and exclude globs', () => {
    const globs = ['**/**/**/**/x', '*a*a*a*a*a*b', '**/*a*a*a*a*a*a*a*b/**', '**/a*/**/a*/**/a*/**/b', `{${Array.from({ length: 8 }, (_, i) => `a${i}*`).join(',')}}/**/b`];
    const paths: Record<string, (n: number) => string> = {
      'one long segment': (n) => 'a'.repeat(n),
      'many segments': (n) => Array(n).fill('a').join('/'),
      'many long segments': (n) => Array(n / 10).fill('a'.repeat(10)).join('/'),
    };
    for (const source of globs) {
      it(source, () => {
        const glob = compileGlob(source);
        for (const [label, path] of Object.entries(paths)) assertLinear(`${source} on ${label}`, (n) => () => void matchGlob(glob, path(n)), 2000, 50);
      });
    }
  });

  it('the PII scan of a URL', () => {
    const inputs: Record<string, (n: number) => string> = {
      'a@b…….co': (n) => `a@b${'.'.repeat(n)}co`,
      'a@a@a@…': (n) => 'a@'.repeat(n),
      '.a.a.a@…': (n) => `${'.a'.repeat(n)}@x.co`,
      '+1 1 1 1…': (n) => `+${'1 '.repeat(n)}`,
      '((((…': (n) => '('.repeat(n),
    };
    for (const [label, text] of Object.entries(inputs)) assertLinear(label, (n) => () => void findPii(text(n)), 20_000, 100);
  });

  it('disable comments: reading them, and the quick fix that adds to one', () => {
    const head = 'apiVersion: mops/v1\nkind: Sop\nid: x\ntitle: T\narea: a\nowner: o\n';
    // Thousands of directives and as many findings: each finding is looked up among the directives.
    const many = (n: number) => `${head}steps:\n${Array.from({ length: n }, (_, i) => `  # mops-disable-next-line schema/type r${i}\n  - 1\n  - 2 # mops-disable-line x${i}\n  # mops-disable y${i}\n`).join('')}`;
    assertLinear(
      'directives × findings',
      (n) => {
        const text = many(n);
        return () => {
          const ws = new Workspace({ rules: STRUCTURAL_RULES });
          ws.set('a.yaml', { type: 'text', text });
          ws.findings('a.yaml');
        };
      },
      1000,
      3000,
    );
    const blanks = (n: number) => parseFile('a.yaml', `${head}# mops-disable-next-line schema/type x${' '.repeat(n)}y\nsteps: 1\n`);
    assertLinear('a comment with a long run of blanks', (n) => {
      const file = blanks(n);
      return () => void disableEdit(file, 7, 'schema/enum');
    }, 20_000, 50);
  });

  it('the UTM standard schema’s parameter-name pattern on a long key', () => {
    assertLinear('utm_aaaa…!', (n) => () => void schemaAt('UtmStandard', ['params', `utm_${'a'.repeat(n)}!`]), 20_000, 50);
  });

  it('the parser’s own scans: a long line after apiVersion, many documents with no alias', () => {
    assertLinear('apiVersion:      …x', (n) => {
      const text = `apiVersion:${' '.repeat(n)}x\nkind: Sop\n`;
      return () => void parseFile('a.yaml', text);
    }, 50_000, 200);
    // yaml quotes the offending token in its message, blanks and all; the message is cut where yaml's position starts.
    assertLinear('an error quoting a long run of blanks', (n) => {
      const blanks = ' '.repeat(n);
      const text = `apiVersion: mops/v1\n}---${blanks}*x${blanks}${blanks}#\``;
      return () => void parseFile('a.yaml', text);
    }, 20_000, 200);
    // 20,000 documents (800 kB): a scan of the file per document would cost 20,000 times its length.
    assertLinear('thousands of documents', (n) => {
      const text = 'apiVersion: mops/v1\nkind: Sop\nid: x\n---\n'.repeat(n);
      return () => void parseFile('a.yaml', text);
    }, 5000, 5000);
  });
});
