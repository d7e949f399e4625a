// Appending an entry to a document's list changes only the lines it adds: block and flow lists, a missing
// key, quoting copied from the last entry, comments, CRLF line endings.

import assert from 'node:assert/strict';
import { appendListEntry, applyEdits, parseFile } from '../../../src/core';

/** Only mops documents are parsed into documents: each text gets this head, and loses it again. */
const HEAD = 'apiVersion: mops/v1\nkind: Brief\n';

function docOf(text: string) {
  return parseFile('b.yaml', HEAD + text).documents[0];
}

function append(text: string, key: string, values: Record<string, string>, after?: string): string {
  const head = text.includes('\r\n') ? HEAD.replace(/\n/g, '\r\n') : HEAD;
  const full = head + text;
  const doc = parseFile('b.yaml', full).documents[0];
  const edits = appendListEntry(doc, key, values, { order: Object.keys(values), after });
  assert.ok(Array.isArray(edits), String(edits));
  const out = applyEdits(full, edits);
  assert.ok(out.startsWith(head));
  return out.slice(head.length);
}

const LINK = { name: 'hero', url: 'https://shop.acme.example/x?utm_source=newsletter&utm_medium=email#top' };

describe('appendListEntry', () => {
  it('adds a block entry after the last one, keeping its comment and what follows', () => {
    const text = 'id: a\nlinks:\n  - name: old # the first link\n    url: https://a.example/\n# trailing comment\ntools: [x]\n';
    assert.equal(
      append(text, 'links', LINK),
      'id: a\nlinks:\n  - name: old # the first link\n    url: https://a.example/\n  - name: hero\n    url: https://shop.acme.example/x?utm_source=newsletter&utm_medium=email#top\n# trailing comment\ntools: [x]\n',
    );
  });

  it('follows the dash layout and the quoting of the last entry', () => {
    const text = "links:\n-   name: 'old'\n    url: \"https://a.example/\"\n";
    assert.equal(append(text, 'links', LINK), `${text}-   name: 'hero'\n    url: "${LINK.url}"\n`);
  });

  it('adds the key after the one named when the list is missing, indented like the other lists', () => {
    const text = 'id: a\nhistory:\n    - stage: brief\n      entered: 2026-01-01\ntools: [x]\n';
    assert.equal(append(text, 'links', LINK, 'history'), `id: a\nhistory:\n    - stage: brief\n      entered: 2026-01-01\nlinks:\n    - name: hero\n      url: ${LINK.url}\ntools: [x]\n`);
  });

  it('writes into a flow list in flow style, and fills an empty one', () => {
    assert.equal(append('links: [{name: a, url: "https://a.example/"}]\n', 'links', { name: 'b', url: 'https://b.example/' }), 'links: [{name: a, url: "https://a.example/"}, {name: b, url: "https://b.example/"}]\n');
    assert.equal(append('links: []\n', 'links', { name: 'b', url: 'https://b.example/' }), 'links: [{ name: b, url: https://b.example/ }]\n');
  });

  it('keeps CRLF line endings', () => {
    const text = 'links:\r\n  - name: old\r\n    url: https://a.example/\r\nend: 1\r\n';
    assert.equal(append(text, 'links', { name: 'b', url: 'https://b.example/' }), 'links:\r\n  - name: old\r\n    url: https://a.example/\r\n  - name: b\r\n    url: https://b.example/\r\nend: 1\r\n');
  });

  it('quotes a value that would not read back as the same string', () => {
    const out = append('links:\n  - name: a\n    url: b\n', 'links', { name: 'yes', url: 'x: y #z' });
    assert.equal(out, 'links:\n  - name: a\n    url: b\n  - name: "yes"\n    url: "x: y #z"\n');
  });

  it('says why when the key holds something other than a list', () => {
    const doc = docOf('links: nope\n');
    assert.match(String(appendListEntry(doc, 'links', LINK)), /not a list/);
  });
});
