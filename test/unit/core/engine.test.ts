// The engine: a failing rule becomes a finding, and a change re-checks the files that depend on it.

import assert from 'node:assert/strict';
import { Workspace, type Rule } from '../../../src/core';
import { STRUCTURAL_RULES, where } from '../../helpers';

const SOP = (id: string, extra = '') => `apiVersion: mops/v1\nkind: Sop\nid: ${id}\ntitle: T\narea: a\nowner: o\nsteps: [one]\n${extra}`;

describe('engine', () => {
  it('turns a rule that throws into mops/internal-error and keeps checking', () => {
    const boom: Rule = {
      id: 'test/boom',
      severity: 'error',
      description: 'throws',
      scope: 'document',
      kinds: ['Sop'],
      check() {
        throw new Error('kaboom');
      },
    };
    const ws = new Workspace({ rules: [...STRUCTURAL_RULES, boom] });
    ws.set('a.yaml', { type: 'text', text: SOP('a', 'sumary: x\n') });
    const findings = ws.findings('a.yaml');
    assert.deepEqual(where(findings), ['2:mops/internal-error', '8:schema/unknown-property']);
    assert.match(findings[0].message, /test\/boom failed.*kaboom/);
  });

  it('re-checks the documents that share an id when one of them changes', () => {
    const ws = new Workspace({ rules: STRUCTURAL_RULES });
    ws.set('a.yaml', { type: 'text', text: SOP('same') });
    ws.set('b.yaml', { type: 'text', text: SOP('same') });
    assert.deepEqual(where(ws.findings('b.yaml')), ['3:mops/duplicate-id']);
    assert.deepEqual(ws.findings('a.yaml'), []);
    const affected = ws.set('a.yaml', { type: 'text', text: SOP('other') });
    assert.deepEqual(affected, ['a.yaml', 'b.yaml']);
    assert.deepEqual(ws.findings('b.yaml'), []);
    const untouched = ws.set('c.yaml', { type: 'text', text: SOP('third') });
    assert.deepEqual(untouched, ['c.yaml']);
  });

  it('moves a duplicate to the later file when an earlier one appears, and clears it on delete', () => {
    const ws = new Workspace({ rules: STRUCTURAL_RULES });
    ws.set('m.yaml', { type: 'text', text: SOP('same') });
    assert.deepEqual(ws.findings('m.yaml'), []);
    ws.set('a.yaml', { type: 'text', text: SOP('same') });
    assert.deepEqual(where(ws.findings('m.yaml')), ['3:mops/duplicate-id']);
    assert.deepEqual(ws.findings('m.yaml')[0].related.map((r) => r.file), ['a.yaml']);
    assert.deepEqual(ws.delete('a.yaml'), ['m.yaml']);
    assert.deepEqual(ws.findings('m.yaml'), []);
    assert.deepEqual(ws.findings('a.yaml'), []);
  });
});

describe('what-if checks', () => {
  it('gives the findings a text would have, and leaves the workspace and its dependents as they were', async () => {
    const { loadDir, REFERENCE } = await import('../../helpers');
    const ws = await loadDir(REFERENCE);
    const brief = 'campaigns/2026q4-na-email-black-friday.yaml';
    const before = new Map(ws.paths().map((p) => [p, JSON.stringify(ws.findings(p))]));
    const text = ws.parsed(brief)?.text as string;
    const trial = ws.findingsIf(brief, text.replace('owner: priya.shah\n', 'owner: nobody\n'));
    assert.deepEqual(where(trial), ['8:ref/unknown-person']);
    // The Team without priya.shah: the brief she owns would fail; afterwards nothing has changed.
    const team = ws.parsed('team.yaml')?.text as string;
    assert.ok(ws.findingsIf('team.yaml', team.replace('id: priya.shah', 'id: priya.s')).length === 0);
    assert.ok(ws.findingsIf('new/brief.yaml', text).some((f) => f.rule === 'mops/duplicate-id'));
    assert.equal(ws.has('new/brief.yaml'), false);
    for (const path of ws.paths()) assert.equal(JSON.stringify(ws.findings(path)), before.get(path), path);
    assert.deepEqual(ws.paths(), [...before.keys()]);
  });
});

describe('ASTs let go after a check', () => {
  it('gives the same findings, ranges and related locations when every AST must be parsed again', async () => {
    const { loadDir, EXAMPLE } = await import('../../helpers');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const fresh = await loadDir(EXAMPLE);
    const forgetting = await loadDir(EXAMPLE);
    // Defects on many lines, so that findings must be placed from positions.
    const brief = 'campaigns/2026q3-latam-search-spanish-launch.yaml';
    const text = readFileSync(join(EXAMPLE, brief), 'utf8').replace(/^owner: \S+$/m, 'owner: nobody').replace(/^stage: \S+$/m, 'stage: lanch');
    fresh.set(brief, { type: 'text', text });
    forgetting.set(brief, { type: 'text', text });
    for (const path of forgetting.paths()) forgetting.parsed(path)?.release(true);
    assert.deepEqual(JSON.stringify(forgetting.allFindings()), JSON.stringify(fresh.allFindings()));
    assert.ok(fresh.allFindings().some((f) => f.rule === 'ref/unknown-person'));
    const doc = forgetting.parsed(brief)?.documents[0];
    forgetting.parsed(brief)?.release(true);
    assert.equal(doc?.yaml.range[0], fresh.parsed(brief)?.documents[0].yaml.range[0]);
  });
});
