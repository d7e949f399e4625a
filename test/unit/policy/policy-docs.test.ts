// "Writing policies" (docs/policies.md) is true: every CEL example gives the value it shows, every field it lists
// is in the kind's schema with the type it says (and every schema field is listed), every Policy it or the
// README shows is a valid policy, and its links lead somewhere.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type DataPath, type Kind } from '../../../src/core';
import { schemaAt } from '../../../src/core/schema/lookup';
import type { JsonSchema } from '../../../src/core/schema/schemas';
import { EXAMPLE, REFERENCE, ROOT } from '../../helpers';
import { shown, workspaceOver } from './policy-fixtures';

const PAGE = 'docs/policies.md';
const DOC = readFileSync(join(ROOT, PAGE), 'utf8');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  assert.ok(from !== -1 && to > from, `${start} … ${end}`);
  return text.slice(from + start.length, to);
}

/** The cells of the Markdown table rows in `text` (a `\|` inside a cell is a `|`). */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    );
}

const code = (cell: string) => /^`(.*)`$/.exec(cell)?.[1] ?? assert.fail(`not code: ${cell}`);

describe('Writing policies (docs/policies.md)', () => {
  describe('CEL examples: each gives what it shows on the acme-connect brief', () => {
    const examples = rows(between(DOC, '<!-- cel-examples:start -->', '<!-- cel-examples:end -->')).map(([expr, value]) => ({ expr: code(expr), value: code(value) }));
    const BRIEF = '2027q1-na-events-acme-connect';
    let findings: string[] = [];

    before(() => {
      const files: Record<string, string> = {};
      examples.forEach(({ expr, value }, i) => {
        // JSON strings are YAML double-quoted scalars; a failing example's finding names it.
        files[`policies/cel-${i}.yaml`] = `apiVersion: mops/v1\nkind: Policy\nid: cel-${i}\ntitle: ${JSON.stringify(expr)}\nmatch:\n  kind: Brief\n  when: self.id == '${BRIEF}'\nassert:\n  - expr: ${JSON.stringify(`(${expr}) == ${value}`)}\n`;
      });
      findings = workspaceOver(EXAMPLE, files).allFindings().map(shown);
    });

    it('has examples of every macro and of the playbook', () => {
      for (const part of ['.all(', '.exists(', '.exists_one(', '.filter(', '.map(', 'has(', 'size(', '.matches(', 'timestamp(', 'playbook.people', 'playbook.tools', 'playbook.briefs', 'today']) {
        assert.ok(examples.some((e) => e.expr.includes(part)), part);
      }
    });

    examples.forEach(({ expr, value }, i) => {
      it(`${expr} gives ${value}`, () => assert.deepEqual(findings.filter((f) => new RegExp(`cel-${i}(?![0-9])`).test(f)), []));
    });

    it('and nothing else is reported on the sample', () => assert.deepEqual(findings, []));
  });

  describe('missing fields: each assertion holds or fails on the query-speed-tips brief as shown', () => {
    const examples = rows(between(DOC, '<!-- missing-examples:start -->', '<!-- missing-examples:end -->')).map(([expr, holds]) => ({ expr: code(expr), holds }));
    let findings: string[] = [];

    before(() => {
      const files: Record<string, string> = {};
      examples.forEach(({ expr }, i) => {
        files[`policies/missing-${i}.yaml`] = `apiVersion: mops/v1\nkind: Policy\nid: missing-${i}\ntitle: ${JSON.stringify(expr)}\nmatch:\n  kind: Brief\n  when: self.id == '2027q1-global-content-query-speed-tips'\nassert:\n  - expr: ${JSON.stringify(expr)}\n`;
      });
      findings = workspaceOver(EXAMPLE, files).allFindings().map(shown);
    });

    it('has assertions that hold and assertions that fail', () => {
      assert.deepEqual([...new Set(examples.map((e) => e.holds))].sort(), ['no', 'yes']);
    });

    examples.forEach(({ expr, holds }, i) => {
      it(`${expr}: ${holds}`, () => {
        const own = findings.filter((f) => new RegExp(`missing-${i}(?![0-9])`).test(f));
        assert.deepEqual(own.map((f) => f.split('  ')[2]), holds === 'yes' ? [] : [`policy/missing-${i}`]);
      });
    });
  });

  describe('the fields of each kind', () => {
    const KINDS: Kind[] = ['Brief', 'Tool', 'Sop', 'Team', 'Workflow', 'Budget', 'NamingConvention', 'UtmStandard'];
    const sections = between(DOC, '<!-- fields:start -->', '<!-- fields:end -->').split(/^### /m).slice(1);

    /** A documented path as a schema path: `[]` is an item, `<name>` and `<utm_name>` a key of a map. */
    const schemaPath = (path: string): DataPath => path.split(/\.|(?=\[\])/).map((s) => (s === '[]' ? 0 : s === '<name>' ? 'name' : s === '<utm_name>' ? 'utm_name' : s));

    function typeOf(kind: Kind, path: DataPath, schema: JsonSchema): string {
      switch (schema.type) {
        case 'integer':
          return 'int';
        case 'boolean':
          return 'bool';
        case 'string':
          return schema.format === 'date' ? 'date' : 'string';
        case 'object':
          return 'map';
        case 'array': {
          const item = schemaAt(kind, [...path, 0])!;
          // An SOP's steps: a sentence or a map.
          if (Array.isArray(item.type)) return `list of ${item.type.map((t: string) => (t === 'object' ? 'maps' : `${t}s`)).join(' or ')}`;
          return item.type === 'object' ? 'list of maps' : `list of ${typeOf(kind, [...path, 0], item)}s`;
        }
        default:
          return String(schema.type);
      }
    }

    /** Every field of a kind's schema, by documented path, down through lists and maps of fields. */
    function schemaFields(kind: Kind): Map<string, JsonSchema> {
      const out = new Map<string, JsonSchema>();
      const walk = (path: DataPath, shownPath: string) => {
        for (const key of Object.keys((schemaAt(kind, path)?.properties as object | undefined) ?? {})) {
          if (path.length === 0 && (key === 'apiVersion' || key === 'kind')) continue;
          const child = schemaAt(kind, [...path, key])!;
          const name = shownPath ? `${shownPath}.${key}` : key;
          out.set(name, child);
          if (child.type === 'array' && schemaAt(kind, [...path, key, 0])?.properties) walk([...path, key, 0], `${name}[]`);
          if (child.properties) walk([...path, key], name);
          else if (child.patternProperties) walk([...path, key, 'utm_name'], `${name}.<utm_name>`);
          else if (typeof child.additionalProperties === 'object' && schemaAt(kind, [...path, key, 'name'])?.properties) walk([...path, key, 'name'], `${name}.<name>`);
        }
      };
      walk([], '');
      return out;
    }

    it('has a section for every kind a policy checks, besides Config and Policy', () => {
      assert.deepEqual(sections.map((s) => s.slice(0, s.indexOf('\n'))), KINDS);
    });

    for (const kind of KINDS) {
      it(`${kind}: every field listed is in the schema with its type, and every field of the schema is listed`, () => {
        const section = sections.find((s) => s.startsWith(`${kind}\n`)) ?? '';
        const listed = rows(section).map(([path, type]) => ({ path: code(path), type }));
        const fields = schemaFields(kind);
        for (const { path, type } of listed) {
          const schema = schemaAt(kind, schemaPath(path));
          assert.ok(schema, `${kind} has no field ${path}`);
          assert.equal(type, typeOf(kind, schemaPath(path), schema), `${kind}.${path}`);
        }
        assert.deepEqual(listed.map((f) => f.path).sort(), [...fields.keys()].sort());
      });
    }
  });

  it('every Policy the page and the README show is a valid policy on the reference playbook', () => {
    const readme = README.slice(README.indexOf('## Team policies'));
    const blocks = [DOC, readme].flatMap((text) => [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1])).filter((b) => /^kind: Policy$/m.test(b));
    assert.ok(blocks.length >= 26, `${blocks.length} policies`);
    blocks.forEach((block, i) => {
      const ws = workspaceOver(REFERENCE, { [`policies/p${i}.yaml`]: block });
      assert.deepEqual(ws.findings(`policies/p${i}.yaml`).map(shown), [], block);
      assert.deepEqual(ws.allFindings().filter((f) => f.rule === 'policy/invalid').map(shown), [], block);
    });
  });

  it('links to files that exist, and is linked from the README and from policy/invalid', () => {
    const targets = [...DOC.matchAll(/\]\((?!https?:|#)([^)#]+)[^)]*\)/g)].map((m) => m[1]);
    assert.ok(targets.length > 0);
    for (const target of targets) assert.ok(existsSync(join(ROOT, dirname(PAGE), target)), `${target} exists`);
    assert.match(README, /\]\(docs\/policies\.md\)/);
    assert.match(readFileSync(join(ROOT, 'docs/rules/policy/invalid.md'), 'utf8'), /\]\(\.\.\/\.\.\/policies\.md\)/);
  });
});
