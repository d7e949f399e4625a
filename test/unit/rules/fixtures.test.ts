// Runs every rule's fixtures: test/fixtures/rules/<id>/{valid,invalid}(.yaml|/), laid over the reference
// playbook. A valid fixture leaves the whole playbook clean; an invalid one yields exactly the findings
// its `# expect: RULE[, RULE]` markers name, on their lines (a marker alone on a line means the next line).

import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, Workspace } from '../../../src/core';
import { cleanup, FIXTURES, readTree, REFERENCE } from '../../helpers';

/** Rules whose findings need files a fixture cannot hold (binary, huge, links); tested in engine tests. */
const NO_FIXTURE: Record<string, string> = {
  'file/too-large': 'needs a file over the size limit (test/unit/core/load.test.ts)',
  'file/encoding': 'needs binary bytes (test/unit/core/load.test.ts)',
  'file/symlink': 'needs a symbolic link (test/unit/core/load.test.ts)',
  'mops/internal-error': 'reported by the engine when a rule throws (test/unit/core/engine.test.ts)',
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

function check(files: Record<string, string>): string[] {
  const all = { ...readTree(REFERENCE), ...files };
  const ws = new Workspace();
  if (all['mops.config.yaml']) ws.set('mops.config.yaml', { type: 'text', text: all['mops.config.yaml'] });
  for (const [path, text] of Object.entries(all)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws
    .allFindings()
    .map((f) => `${f.file}:${f.range.start.line + 1}:${f.rule}`)
    .sort();
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
    });
  }
});
