// Disable comments silence exactly the named rules on exactly the lines they cover.

import assert from 'node:assert/strict';
import { applyEdits, disableEdit, parseFile } from '../../../src/core';
import { where, workspaceOf } from '../../helpers';

const HEAD = 'apiVersion: mops/v1\nkind: Sop\nid: s\ntitle: T\narea: a\nowner: o\nsteps: [one]\n';

describe('disable comments', () => {
  it('mops-disable-next-line silences the named rules on the next line only', () => {
    const text = `${HEAD}# mops-disable-next-line schema/unknown-property -- kept for the importer\nsumary: x\nnots: y\n`;
    assert.deepEqual(where(workspaceOf({ 'a.yaml': text }).findings('a.yaml')), ['10:schema/unknown-property']);
  });

  it('takes several rules separated by commas, and family wildcards', () => {
    const text = `${HEAD}# mops-disable-next-line yaml/duplicate-key, schema/*\nnots: {a: 1, a: 2}\nsumary: {b: 1, b: 2}\n`;
    assert.deepEqual(where(workspaceOf({ 'a.yaml': text }).findings('a.yaml')), ['10:schema/unknown-property', '10:yaml/duplicate-key']);
  });

  it('a rule list that does not name the rule silences nothing', () => {
    const text = `${HEAD}# mops-disable-next-line utm/case\nsumary: x\n`;
    assert.deepEqual(where(workspaceOf({ 'a.yaml': text }).findings('a.yaml')), ['9:schema/unknown-property']);
  });

  it('mops-disable-line silences its own line', () => {
    const text = `${HEAD}sumary: x # mops-disable-line schema/unknown-property\n`;
    assert.deepEqual(workspaceOf({ 'a.yaml': text }).findings('a.yaml'), []);
  });

  it('mops-disable lasts to the end of its document, not into the next', () => {
    const text = `${HEAD}# mops-disable schema/unknown-property\nsumary: x\nnots: y\n---\n${HEAD.replace('id: s', 'id: s2')}sumary: z\n`;
    assert.deepEqual(where(workspaceOf({ 'a.yaml': text }).findings('a.yaml')), ['19:schema/unknown-property']);
  });

  it('a directive inside a quoted or block scalar is text, not a comment', () => {
    const text = `${HEAD}summary: "see # mops-disable schema/unknown-property"\nnots: y\n`;
    assert.deepEqual(where(workspaceOf({ 'a.yaml': text }).findings('a.yaml')), ['9:schema/unknown-property']);
    const block = `${HEAD}summary: |\n  # mops-disable schema/unknown-property\nnots: y\n`;
    assert.deepEqual(where(workspaceOf({ 'b.yaml': block }).findings('b.yaml')), ['10:schema/unknown-property']);
  });
});

describe('the disable edit (the editor\'s "disable for this line")', () => {
  const edited = (text: string, line: number, rule: string) => {
    const file = parseFile('a.yaml', text);
    const edit = disableEdit(file, line, rule);
    return edit && applyEdits(text, [edit]);
  };

  it('inserts a comment above the line, indented like it, and the finding goes', () => {
    const text = `${HEAD}links:\n  - name: x\n    sumary: y\n`;
    const out = edited(text, 9, 'schema/unknown-property');
    assert.equal(out, `${HEAD}links:\n  - name: x\n    # mops-disable-next-line schema/unknown-property\n    sumary: y\n`);
  });

  it('adds the rule to a disable comment already there, and keeps CRLF line ends', () => {
    const text = `${HEAD}# mops-disable-next-line utm/case\nsumary: x\n`.replace(/\n/g, '\r\n');
    assert.equal(edited(text, 8, 'schema/unknown-property'), text.replace('utm/case', 'utm/case, schema/unknown-property'));
    assert.equal(edited(`${HEAD}sumary: x\n`.replace(/\n/g, '\r\n'), 7, 'x/y'), `${HEAD}# mops-disable-next-line x/y\nsumary: x\n`.replace(/\n/g, '\r\n'));
  });

  it('offers nothing where the comment would land inside a block scalar, or when the rule is already named', () => {
    assert.equal(edited(`${HEAD}notes: |\n  one\n  two\n`, 9, 'x/y'), undefined);
    assert.equal(edited(`${HEAD}# mops-disable-next-line schema/*\nsumary: x\n`, 8, 'schema/unknown-property'), undefined);
  });
});
