// Disable comments silence exactly the named rules on exactly the lines they cover.

import assert from 'node:assert/strict';
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
