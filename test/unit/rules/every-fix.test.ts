// Every fix offered anywhere leaves the file valid: applied alone, it removes its own finding and brings in
// no finding that was not there before, for all rules at once. Run over every rule fixture (laid over the
// reference playbook), the defective playbook of the CLI tests and the bundled sample.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, Workspace, type Finding } from '../../../src/core';
import { cleanup, EXAMPLE, FIXTURES, readTree, REFERENCE } from '../../helpers';
import { defectivePlaybook } from '../cli/defects';

const DAY = () => new Date('2026-11-20T12:00:00Z');

function workspace(files: Record<string, string>): Workspace {
  const ws = new Workspace({ clock: DAY });
  if (files['mops.config.yaml'] !== undefined) ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

/** A finding as it stays recognisable after an edit elsewhere in its file (lines may move). */
const key = (f: Finding) => `${f.file}|${f.rule}|${f.message}`;

function counts(findings: Finding[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const f of findings) map.set(key(f), (map.get(key(f)) ?? 0) + 1);
  return map;
}

/** What goes wrong when each fix of the playbook is applied alone; empty when every fix is sound. */
function unsoundFixes(files: Record<string, string>, only?: Set<string>): string[] {
  const ws = workspace(files);
  const before = ws.allFindings();
  const beforeCounts = counts(before);
  const problems: string[] = [];
  for (const finding of before) {
    if (only && !only.has(finding.file)) continue;
    for (const fix of finding.fixes) {
      const text = applyFixes(files[finding.file], [fix]);
      const after = workspace({ ...files, [finding.file]: text }).allFindings();
      const afterCounts = counts(after);
      const where = `${finding.file}:${finding.range.start.line + 1} ${finding.rule} fix '${fix.title}'`;
      if ((afterCounts.get(key(finding)) ?? 0) >= (beforeCounts.get(key(finding)) ?? 0)) problems.push(`${where}: the finding stays`);
      for (const [k, n] of afterCounts) {
        if (n > (beforeCounts.get(k) ?? 0)) problems.push(`${where}: brings in ${k.split('|').slice(1).join(': ')}`);
      }
    }
  }
  return problems;
}

/** Every invalid fixture: test/fixtures/rules/<family>/<name>/invalid(.yaml|/). */
function invalidFixtures(): Array<{ rule: string; files: Record<string, string> }> {
  const out: Array<{ rule: string; files: Record<string, string> }> = [];
  const base = join(FIXTURES, 'rules');
  for (const family of readdirSync(base)) {
    for (const name of readdirSync(join(base, family))) {
      const dir = join(base, family, name);
      if (existsSync(join(dir, 'invalid.yaml'))) out.push({ rule: `${family}/${name}`, files: { 'fixture.yaml': readFileSync(join(dir, 'invalid.yaml'), 'utf8') } });
      else if (existsSync(join(dir, 'invalid')) && statSync(join(dir, 'invalid')).isDirectory()) out.push({ rule: `${family}/${name}`, files: readTree(join(dir, 'invalid')) });
    }
  }
  return out;
}

describe('every fix leaves the file valid', () => {
  const reference = readTree(REFERENCE);
  for (const { rule, files } of invalidFixtures()) {
    it(`the fixes offered on ${rule}'s invalid fixture`, () => {
      assert.deepEqual(unsoundFixes({ ...reference, ...files }, new Set(Object.keys(files))), []);
    });
  }

  it('the fixes offered on the defective playbook of the CLI tests', () => {
    const { dir } = defectivePlaybook();
    try {
      assert.deepEqual(unsoundFixes(readTree(dir)), []);
    } finally {
      cleanup();
    }
  });

  it('the bundled sample offers no fix it does not need (it checks clean)', () => {
    assert.deepEqual(unsoundFixes(readTree(EXAMPLE)), []);
  });
});
