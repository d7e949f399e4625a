// No playbook content can make a rule crash: mutated reference files with wrong types everywhere check
// without exceptions, without mops/internal-error findings, and with every range inside its file.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, Workspace } from '../../../src/core';
import { readTree, REFERENCE } from '../../helpers';

const original = readTree(REFERENCE);
const paths = Object.keys(original).sort();

/** Replacement values of every YAML type and shape, including ones no schema allows. */
const VALUES = ['~', '""', '0', '-1', '1e309', 'true', '[]', '{}', '[1, [2, {a: b}]]', '{x: [y]}', '"2026-02-30"', '2026-11-20', 'https://x', '&a [*a]', '!!binary aGk=', 'x\ty', '"\\u0000"', '|\n  block', '- nested'];

const mutation = fc.record({ file: fc.nat(), line: fc.nat(), value: fc.nat(), mode: fc.constantFrom('value', 'delete', 'duplicate', 'indent') });

function mutate(text: string, m: { line: number; value: number; mode: string }): string {
  const lines = text.split('\n');
  const i = m.line % lines.length;
  switch (m.mode) {
    case 'value':
      lines[i] = lines[i].replace(/^(\s*(?:- )?(?:[\w.-]+:)?)\s*.*$/, `$1 ${VALUES[m.value % VALUES.length]}`);
      break;
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      break;
    case 'indent':
      lines[i] = `  ${lines[i]}`;
      break;
  }
  return lines.join('\n');
}

describe('robustness of the rules', () => {
  it('never crash on mutated playbooks, and keep every range inside its file', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 20 }), (mutations) => {
        const files = { ...original };
        for (const m of mutations) {
          const path = paths[m.file % paths.length];
          files[path] = mutate(files[path], m);
        }
        const ws = new Workspace();
        ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
        for (const [p, t] of Object.entries(files)) if (p !== 'mops.config.yaml') ws.set(p, { type: 'text', text: t });
        for (const f of ws.allFindings()) {
          assert.notEqual(f.rule, 'mops/internal-error', f.message);
          const lines = new LineIndex(files[f.file]);
          for (const pos of [f.range.start, f.range.end]) {
            assert.ok(pos.line < lines.lineCount, `${f.file} ${f.rule} line ${pos.line}`);
            assert.ok(pos.character <= lines.lineText(pos.line).length, `${f.file} ${f.rule} column ${pos.character}`);
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
