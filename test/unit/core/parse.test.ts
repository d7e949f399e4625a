// Parsing with positions: mops documents found, foreign YAML ignored, hostile input bounded.

import assert from 'node:assert/strict';
import { LIMITS, LineIndex, parseFile } from '../../../src/core';
import { where, workspaceOf } from '../../helpers';

const BRIEF_HEAD = 'apiVersion: mops/v1\nkind: Sop\nid: s1\ntitle: T\narea: a\nowner: o\nsteps: [one]\n';

describe('parseFile', () => {
  it('keeps only documents that declare apiVersion mops/…', () => {
    const file = parseFile('x.yaml', `name: ci\non: push\n---\n${BRIEF_HEAD}---\napiVersion: v1\nkind: Pod\n`);
    assert.equal(file.documents.length, 1);
    assert.equal(file.documents[0].kind, 'Sop');
    assert.equal(file.documents[0].index, 1);
    assert.equal(file.isMops, true);
  });

  it('reports nothing at all for YAML that is not ours, even broken YAML', () => {
    const ws = workspaceOf({ '.github/workflows/ci.yml': 'name: ci\non: [push\njobs: {a: 1, a: 2}\n', 'k8s.yaml': 'apiVersion: v1\nkind: Pod\n' });
    assert.deepEqual(ws.allFindings(), []);
  });

  it('places a syntax error where the parser found it', () => {
    const ws = workspaceOf({ 'a.yaml': `${BRIEF_HEAD}summary: "unclosed\n` });
    const findings = ws.findings('a.yaml');
    assert.deepEqual(where(findings), ['8:yaml/syntax']);
  });

  it('reports a duplicate key on the second key with the first as related', () => {
    const ws = workspaceOf({ 'a.yaml': `${BRIEF_HEAD}summary: x\nsummary: y\n` });
    const [finding] = ws.findings('a.yaml');
    assert.equal(finding.rule, 'yaml/duplicate-key');
    assert.deepEqual(finding.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 7 } });
    assert.equal(finding.related[0].range.start.line, 7);
    assert.equal(finding.related[0].file, 'a.yaml');
  });

  it('counts columns in UTF-16 code units and keeps CRLF out of ranges', () => {
    const text = `${BRIEF_HEAD}summary: "😀 ok"\r\nstatus: x\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    const ws = workspaceOf({ 'a.yaml': text });
    const [finding] = ws.findings('a.yaml');
    assert.equal(finding.rule, 'schema/unknown-property');
    assert.deepEqual(finding.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 6 } });
    const lines = new LineIndex(text);
    assert.equal(lines.lineText(7), 'summary: "😀 ok"');
  });
});

describe('hostile YAML', () => {
  function deepStack(depth: number, run: () => void): void {
    if (depth > 0) return deepStack(depth - 1, run);
    run();
  }

  it('refuses to compose nesting deeper than the limit, even on an already deep call stack', () => {
    for (const text of [
      `apiVersion: mops/v1\nkind: Sop\nid: x\nsteps: ${'['.repeat(100_000)}\n`,
      `apiVersion: mops/v1\nkind: Sop\nid: x\nsteps:\n${'- '.repeat(20_000)}x\n`,
      `apiVersion: mops/v1\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n')}\n`,
    ]) {
      deepStack(3000, () => {
        const file = parseFile('deep.yaml', text);
        const deep = file.problems.filter((p) => p.rule === 'yaml/too-complex');
        assert.equal(deep.length, 1, 'one too-complex finding');
        assert.match(deep[0].message, new RegExp(`deeper than ${LIMITS.maxDepth}`));
      });
    }
  });

  it('stops a billion-laughs alias bomb without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `apiVersion: mops/v1\nkind: Sop\nid: bomb\n${levels.join('\n')}\n`;
    const ws = workspaceOf({ 'bomb.yaml': text });
    const findings = ws.findings('bomb.yaml');
    assert.deepEqual(where(findings), ['9:yaml/too-complex']);
    assert.match(findings[0].message, /expand/);
  });

  it('reports an alias that refers to its own ancestor', () => {
    const ws = workspaceOf({ 'cycle.yaml': 'apiVersion: mops/v1\nkind: Sop\nid: c\nsteps: &s\n  - *s\n' });
    const findings = ws.findings('cycle.yaml');
    assert.deepEqual(where(findings), ['5:yaml/too-complex']);
  });

  it('allows ordinary aliases', () => {
    const text = 'apiVersion: mops/v1\nkind: Team\nid: t\nmembers:\n  - id: a\n    name: A\n    roles: &r [x, y]\n  - id: b\n    name: B\n    roles: *r\n';
    assert.deepEqual(workspaceOf({ 't.yaml': text }).allFindings(), []);
  });

  it('reads thousands of documents in one file', () => {
    const doc = (i: number) => `apiVersion: mops/v1\nkind: Sop\nid: s${i}\ntitle: T\narea: a\nowner: o\nsteps: [one]\n`;
    const text = `${Array.from({ length: 3000 }, (_, i) => doc(i)).join('---\n')}sumary: typo\n`;
    const file = parseFile('many.yaml', text);
    assert.equal(file.documents.length, 3000);
    assert.equal(file.documents[2999].id, 's2999');
    const ws = workspaceOf({ 'many.yaml': text });
    assert.deepEqual(where(ws.findings('many.yaml')), [`${2999 * 8 + 8}:schema/unknown-property`]);
  });

  it('does not let __proto__ or constructor keys pollute prototypes', () => {
    const text = 'apiVersion: mops/v1\nkind: Sop\nid: p\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n';
    const ws = workspaceOf({ 'p.yaml': text });
    const rules = ws.findings('p.yaml').map((f) => f.rule);
    assert.ok(rules.includes('schema/unknown-property'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });
});
