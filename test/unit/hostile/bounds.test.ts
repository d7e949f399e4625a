// Hostile shapes that are legal YAML stay linear in the engine and the formatters: thousands of documents
// sharing an id, Team documents, members of one role, tools of one category, unknown references against a
// large register, mappings of 150,000 keys; a file's findings are listed only so far; an alias to nowhere
// is reported rather than leaving its document silently unchecked.

import assert from 'node:assert/strict';
import { RULES, Workspace, type Finding } from '../../../src/core';
import { allocationsOf } from '../../../src/core/domain/budget';
import { peopleOf } from '../../../src/core/domain/people';
import { DocumentIndex, type IndexView } from '../../../src/core/engine/index-view';
import type { ParsedDocument } from '../../../src/core/model/parse';
import duplicateMember from '../../../src/core/rules/team/duplicate-member';
import type { DocumentRuleContext } from '../../../src/core/engine/rule';
import { FORMATTERS } from '../../../src/cli/formatters';
import { summarize } from '../../../src/cli/formatters/types';
import { assertLinear as linear, where } from '../../helpers';

/** 4n costs less than 10 times n (the garbage collector makes big heaps cost a little more than their size). */
const assertLinear = (label: string, make: (n: number) => () => void, n: number, capMs: number) =>
  linear(label, make, n, capMs, { maxRatio: 10, floorMs: 5, rounds: 3 });

const checkOf = (text: string) => () => {
  const ws = new Workspace();
  ws.set('a.yaml', { type: 'text', text });
  ws.findings('a.yaml');
};

const docs = (n: number, doc: (i: number) => string) => Array.from({ length: n }, (_, i) => doc(i)).join('---\n');

describe('hostile shapes stay linear', function () {
  this.timeout(300_000);

  const shapes: Record<string, (n: number) => string> = {
    'documents sharing one id': (n) => docs(n, () => 'apiVersion: mops/v1\nkind: Sop\nid: x\ntitle: T\narea: a\nowner: o\nsteps: [s]\n'),
    'Team documents': (n) => docs(n, (i) => `apiVersion: mops/v1\nkind: Team\nid: t${i}\nmembers:\n  - {id: p${i}, name: P, roles: [r${i}]}\n`),
    'members sharing one role': (n) => `apiVersion: mops/v1\nkind: Team\nid: t\nmembers:\n${Array.from({ length: n }, (_, i) => `  - {id: p${i}, name: P, roles: [r]}\n`).join('')}`,
    'active tools sharing one category': (n) => docs(n, (i) => `apiVersion: mops/v1\nkind: Tool\nid: t${i}\nname: T\ncategory: c\nowner: o\nstatus: active\nlast_review: 2026-01-01\nreview_every_days: 365\n`),
    'unknown references against as many ids': (n) => docs(n, (i) => `apiVersion: mops/v1\nkind: Tool\nid: t${i}\nname: T\ncategory: c${i}\nowner: o\nstatus: active\nlast_review: 2026-01-01\nreview_every_days: 365\nintegrations: [x${i}]\n`),
    'Budgets allocating one program': (n) => docs(n, (i) => `apiVersion: mops/v1\nkind: Budget\nid: b${i}\ncurrency: USD\nperiod: {start: 2026-01-01, end: 2026-12-31}\nallocations:\n  - {program: p, amount: 1}\n`),
    'unknown keys in one mapping': (n) => `apiVersion: mops/v1\nkind: Sop\nid: x\ntitle: T\narea: a\nowner: o\nsteps: [s]\n${Array.from({ length: n * 8 }, (_, i) => `k${i}: 1\n`).join('')}`,
  };
  for (const [label, shape] of Object.entries(shapes)) {
    if (label.startsWith('unknown references')) continue;
    it(label, () => assertLinear(label, (n) => checkOf(shape(n)), label === 'unknown keys in one mapping' ? 2000 : 600, 20_000));
  }

  it('unknown references against as many ids, past the suggestion budget', () => {
    // "Did you mean" compares every unknown id with every known one: quadratic up to a budget per file, then
    // no more suggestions. At 1,500 tools the budget is spent, so from there on the cost grows linearly.
    assertLinear('unknown references', (n) => checkOf(shapes['unknown references against as many ids'](n)), 1500, 20_000);
  });

  it('names at most ten other tools of a crowded category, and counts the rest', () => {
    const ws = new Workspace();
    ws.set('a.yaml', { type: 'text', text: shapes['active tools sharing one category'](2000) });
    const overlap = ws.findings('a.yaml').filter((f) => f.rule === 'martech/overlap');
    assert.equal(overlap.length, 2000);
    for (const f of overlap) {
      assert.equal(f.related.length, 10);
      assert.match(f.message, /^2000 active tools share the category 'c': this one and (t\d+, ){9}t\d+ and 1,989 more\./);
    }
  });
});

/** Documents as the parser would give them, without parsing: the tables below are tried at sizes a parse would take long to reach. */
function fakeDocs(n: number, kind: string, value: (i: number) => unknown, id: (i: number) => string = (i) => `d${i}`): ParsedDocument[] {
  return Array.from({ length: n }, (_, i) => ({ path: 'a.yaml', index: i, kind, id: id(i), value: value(i), clean: true, apiVersion: 'mops/v1' }) as unknown as ParsedDocument);
}

/** An index view over fixed documents, deriving afresh each time. */
function fakeIndex(docs: ParsedDocument[]): IndexView {
  return { all: (kind) => docs.filter((d) => d.kind === kind), byId: (kind, id) => docs.filter((d) => d.kind === kind && d.id === id), derive: (_name, _kinds, build) => build(undefined) };
}

describe('the engine’s tables at hostile sizes', function () {
  this.timeout(300_000);

  it('the document index: thousands of documents sharing one id, added and removed', () => {
    assertLinear(
      'index',
      (n) => {
        const docs = fakeDocs(n, 'Sop', () => ({}), () => 'x');
        return () => {
          const index = new DocumentIndex();
          index.add(docs);
          assert.equal(index.byId('Sop', 'x').length, n);
          index.remove(docs);
        };
      },
      10_000,
      10_000,
    );
  });

  it('people: thousands of members holding one role', () => {
    assertLinear('people', (n) => {
      const team = fakeDocs(1, 'Team', () => ({ members: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, roles: ['r'] })) }));
      return () => assert.equal(peopleOf(fakeIndex(team)).roles.get('r')?.length, n);
    }, 10_000, 10_000);
  });

  it('budgets: thousands of Budgets allocating one program', () => {
    assertLinear('allocations', (n) => {
      const budgets = fakeDocs(n, 'Budget', () => ({ allocations: [{ program: 'p', amount: 1 }] }));
      return () => assert.equal(allocationsOf(fakeIndex(budgets)).get('p')?.length, n);
    }, 10_000, 10_000);
  });

  it('team/duplicate-member over thousands of Team documents', () => {
    assertLinear('duplicate members', (n) => {
      const teams = fakeDocs(n, 'Team', (i) => ({ members: [{ id: `p${i}` }] }));
      const index = new DocumentIndex();
      index.add(teams);
      const view = index.view(new Set());
      return () => {
        for (const doc of teams) duplicateMember.check({ doc, index: view, data: doc.value, report: () => undefined } as unknown as DocumentRuleContext);
      };
    }, 5000, 10_000);
  });
});

describe('a file with more findings than are listed', () => {
  const keys = (n: number) => `apiVersion: mops/v1\nkind: Sop\nid: x\ntitle: T\narea: a\nowner: o\nsteps: [s]\n${Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join('')}`;
  const team = 'apiVersion: mops/v1\nkind: Team\nid: t\nmembers:\n  - {id: o, name: O, roles: [r]}\n';

  it('lists the first 5,000 by position, and one finding that counts the rest at their highest severity', () => {
    const ws = new Workspace();
    ws.set('team.yaml', { type: 'text', text: team });
    ws.set('a.yaml', { type: 'text', text: keys(6000) });
    const findings = ws.findings('a.yaml');
    assert.equal(findings.length, 5001);
    assert.deepEqual(findings.slice(0, 5000).map((f) => f.rule), Array(5000).fill('schema/unknown-property'));
    const last = findings[5000];
    assert.deepEqual([last.rule, last.severity, last.range.start.line], ['file/too-many-findings', 'error', 5007]);
    assert.equal(last.message, 'This file has 6,000 findings: the first 5,000 are listed, the other 1,000 (1,000 errors) are not. Fix the listed ones first.');
  });

  it('takes the severity of what it counts, and can be turned off (the limit stays)', () => {
    const config = (rules: string) => `apiVersion: mops/v1\nkind: Config\nrules:\n${rules}`;
    const ws = new Workspace();
    ws.set('mops.config.yaml', { type: 'text', text: config('  schema/unknown-property: warning\n') });
    ws.set('team.yaml', { type: 'text', text: team });
    ws.set('a.yaml', { type: 'text', text: keys(5002) });
    assert.deepEqual(where(ws.findings('a.yaml').slice(5000)), ['5008:file/too-many-findings']);
    assert.equal(ws.findings('a.yaml')[5000].severity, 'warning');
    ws.set('mops.config.yaml', { type: 'text', text: config('  file/too-many-findings: "off"\n') });
    assert.equal(ws.findings('a.yaml').length, 5000);
  });

  it('is in the rule table, so configs, docs and SARIF know it', () => {
    assert.ok(RULES.some((r) => r.id === 'file/too-many-findings'));
  });
});

describe('formatters on 150,000 findings in one file', () => {
  it('group and align them in linear time, without overflowing the call stack', () => {
    const finding = (i: number): Finding => ({
      rule: 'schema/unknown-property',
      severity: 'error',
      message: `Unknown property 'k${i}'.`,
      file: 'a.yaml',
      range: { start: { line: i, character: 0 }, end: { line: i, character: 3 } },
      related: [],
      fixes: [],
    });
    for (const name of ['stylish', 'junit', 'github']) {
      assertLinear(
        name,
        (n) => {
          const findings = Array.from({ length: n }, (_, i) => finding(i));
          const result = { root: '/r', files: ['a.yaml'], findings, summary: summarize(['a.yaml'], findings), rules: RULES, version: '0' };
          return () => void FORMATTERS[name](result, { color: false });
        },
        37_500,
        20_000,
      );
    }
  });
});

describe('an alias to an anchor that does not exist', () => {
  it('is a yaml/syntax finding on the alias, not a silently unchecked document', () => {
    const ws = new Workspace();
    ws.set('a.yaml', { type: 'text', text: 'apiVersion: mops/v1\nkind: Sop\nid: x\nsteps: [one, *nowhere]\n' });
    const findings = ws.findings('a.yaml');
    assert.deepEqual(where(findings), ['4:yaml/syntax']);
    assert.equal(findings[0].message, 'The alias *nowhere names no anchor defined before it; the document is not checked.');
    assert.deepEqual(findings[0].range, { start: { line: 3, character: 13 }, end: { line: 3, character: 21 } });
  });
});
