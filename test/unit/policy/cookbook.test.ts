// The cookbook of docs/policies.md is true. Each policy, added to the reference playbook, has no policy/invalid;
// a document that keeps its standard (test/fixtures/cookbook/<id>/valid/) checks clean, and one that breaks it
// (invalid/) gets exactly the findings its `# expect:` markers name, which the page shows under the policy.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, REFERENCE, ROOT } from '../../helpers';
import { checked, expectations, fixtureFiles, marked, shown, workspaceOver } from './policy-fixtures';

interface Entry {
  title: string;
  id: string;
  policy: string;
  /** The findings the page shows for the document that breaks it. */
  shown: string[];
}

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  assert.ok(from !== -1 && to > from, `docs/policies.md has ${start} … ${end}`);
  return text.slice(from + start.length, to);
}

/** The cookbook's entries: under each `#### title`, one ```yaml Policy and one ```text block of findings. */
function cookbook(): Entry[] {
  const doc = readFileSync(join(ROOT, 'docs', 'policies.md'), 'utf8');
  return between(doc, '<!-- cookbook:start -->', '<!-- cookbook:end -->')
    .split(/^#### /m)
    .slice(1)
    .map((part) => {
      const title = part.slice(0, part.indexOf('\n')).trim();
      const blocks = [...part.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)];
      const yaml = blocks.filter((b) => b[1] === 'yaml').map((b) => b[2]);
      const text = blocks.filter((b) => b[1] === 'text').map((b) => b[2]);
      assert.equal(yaml.length, 1, `"${title}" has one yaml block`);
      assert.equal(text.length, 1, `"${title}" has one text block of findings`);
      const id = /^id: (\S+)$/m.exec(yaml[0])?.[1] ?? '';
      return { title, id, policy: yaml[0], shown: text[0].split('\n').filter((l) => l !== '') };
    });
}

const ENTRIES = cookbook();
const fixtureDir = (id: string, kind: 'valid' | 'invalid') => join(FIXTURES, 'cookbook', id, kind);

describe('the policy cookbook (docs/policies.md)', () => {
  it('has at least 15 policies, each with its own id and a folder of fixtures', () => {
    assert.ok(ENTRIES.length >= 15, `${ENTRIES.length} policies`);
    const ids = ENTRIES.map((e) => e.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'ids are unique');
    assert.deepEqual(readdirSync(join(FIXTURES, 'cookbook')).sort(), [...ids].sort(), 'one fixture folder per policy, none left over');
  });

  for (const entry of ENTRIES) {
    describe(`policy/${entry.id}`, () => {
      const files = { [`policies/${entry.id}.yaml`]: entry.policy };

      it('is a valid policy, titled as its heading', () => {
        const ws = workspaceOver(REFERENCE, files);
        assert.deepEqual(ws.findings(`policies/${entry.id}.yaml`).map(shown), []);
        assert.deepEqual(ws.allFindings().filter((f) => f.rule === 'policy/invalid').map(shown), []);
        assert.match(entry.policy, new RegExp(`^title: ${entry.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      });

      it('passes a document that keeps the standard', () => {
        const valid = fixtureFiles(fixtureDir(entry.id, 'valid'));
        assert.ok(valid, `missing test/fixtures/cookbook/${entry.id}/valid/`);
        assert.deepEqual(checked(workspaceOver(REFERENCE, { ...valid, ...files })).map(shown), []);
      });

      it('reports a document that breaks it: exactly the marked findings, as the page shows them', () => {
        const invalid = fixtureFiles(fixtureDir(entry.id, 'invalid'));
        assert.ok(invalid, `missing test/fixtures/cookbook/${entry.id}/invalid/`);
        const expected = expectations(invalid);
        assert.ok(expected.length > 0 && expected.every((e) => e.endsWith(`:policy/${entry.id}`)), `the invalid fixture expects policy/${entry.id} only: ${expected.join(', ')}`);
        const findings = checked(workspaceOver(REFERENCE, { ...invalid, ...files }));
        assert.deepEqual(marked(findings), expected);
        assert.deepEqual(findings.map(shown), entry.shown);
      });
    });
  }
});
