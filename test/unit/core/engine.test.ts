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
