// Runs every rule's fixtures: test/fixtures/rules/<id>/{valid,invalid}(.yaml|/), laid over the reference
// playbook. A valid fixture leaves the whole playbook clean; an invalid one yields exactly the findings
// its `# expect: RULE[, RULE]` markers name, on their lines (a marker alone on a line means the next line).
// When `invalid.fixed(.yaml|/)` exists, applying the first fix of every finding of the rule to the invalid
// fixture must give exactly that text: fixes are surgical and keep comments and formatting.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, RULES, Workspace } from '../../../src/core';
import { cleanup, FIXTURES, readTree, REFERENCE } from '../../helpers';

/** Rules whose findings need files a fixture cannot hold (binary, huge, links); tested in engine tests. */
const NO_FIXTURE: Record<string, string> = {
  'file/too-large': 'needs a file over the size limit (test/unit/core/load.test.ts)',
  'file/encoding': 'needs binary bytes (test/unit/core/load.test.ts)',
  'file/symlink': 'needs a symbolic link (test/unit/core/load.test.ts)',
  'mops/internal-error': 'reported by the engine when a rule throws (test/unit/core/engine.test.ts)',
  'file/too-many-findings': 'needs a file with more than 5,000 findings (test/unit/hostile/bounds.test.ts)',
  'schema/invalid': 'the fallback for schema keywords no other rule covers (test/unit/core/schema.test.ts)',
};

const MARKER = /#\s*expect:\s*([\w/*-]+(?:\s*,\s*[\w/*-]+)*)\s*$/;

/** The fixture's files: a single YAML file goes to `fixture.yaml`; a folder overlays the reference. */
function fixtureFiles(base: string): Record<string, string> | undefined {
  if (existsSync(`${base}.yaml`)) return { 'fixture.yaml': readFileSync(`${base}.yaml`, 'utf8') };
  if (existsSync(base) && statSync(base).isDirectory()) return readTree(base);
  return undefined;
}

function expectations(files: Record<string, string>): string[] {
  const expected: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    text.split('\n').forEach((line, i) => {
      const match = MARKER.exec(line);
      if (!match) return;
      const target = line.trimStart().startsWith('#') ? i + 1 : i;
      for (const rule of match[1].split(',')) expected.push(`${path}:${target + 1}:${rule.trim()}`);
    });
  }
  return expected.sort();
}

function workspace(files: Record<string, string>): Workspace {
  const all = { ...readTree(REFERENCE), ...files };
  // The clock stands at the reference playbook's day, for a fixture whose config is not read (config/header).
  const ws = new Workspace({ clock: () => new Date('2026-11-20T12:00:00Z') });
  if (all['mops.config.yaml']) ws.set('mops.config.yaml', { type: 'text', text: all['mops.config.yaml'] });
  for (const [path, text] of Object.entries(all)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

function check(files: Record<string, string>): string[] {
  return workspace(files)
    .allFindings()
    .map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}`)
    .sort();
}

/** The fixture files after applying the first fix of every finding of `rule` in them. */
function fixed(files: Record<string, string>, rule: string): Record<string, string> {
  const ws = workspace(files);
  return Object.fromEntries(
    Object.entries(files).map(([path, text]) => [path, applyFixes(text, ws.findings(path).filter((f) => f.rule === rule).map((f) => f.fixes[0]))]),
  );
}

describe('rule fixtures', () => {
  after(cleanup);

  for (const rule of RULES) {
    const base = join(FIXTURES, 'rules', rule.id);
    describe(rule.id, () => {
      if (NO_FIXTURE[rule.id]) {
        it(`has no fixture: ${NO_FIXTURE[rule.id]}`, () => assert.ok(!fixtureFiles(`${base}/invalid`)));
        return;
      }

      it('valid fixture checks clean', () => {
        const files = fixtureFiles(`${base}/valid`);
        assert.ok(files, `missing test/fixtures/rules/${rule.id}/valid(.yaml|/)`);
        assert.deepEqual(check(files), []);
      });

      it('invalid fixture yields exactly its marked findings', () => {
        const files = fixtureFiles(`${base}/invalid`);
        assert.ok(files, `missing test/fixtures/rules/${rule.id}/invalid(.yaml|/)`);
        const expected = expectations(files);
        assert.ok(expected.some((e) => e.endsWith(`:${rule.id}`)), `the invalid fixture must expect ${rule.id}`);
        assert.deepEqual(check(files), expected);
      });

      it('fixes give exactly the .fixed text, when the rule offers fixes', () => {
        const files = fixtureFiles(`${base}/invalid`);
        const expectedFix = fixtureFiles(`${base}/invalid.fixed`);
        if (!files) return;
        const ws = workspace(files);
        const offers = Object.keys(files).some((p) => ws.findings(p).some((f) => f.rule === rule.id && f.fixes.length > 0));
        if (!offers) {
          assert.equal(expectedFix, undefined, 'an invalid.fixed fixture but no fix offered');
          return;
        }
        assert.ok(expectedFix, `the rule offers fixes: add test/fixtures/rules/${rule.id}/invalid.fixed(.yaml|/) with the text after fixing`);
        assert.deepEqual(fixed(files, rule.id), expectedFix);
      });
    });
  }
});
