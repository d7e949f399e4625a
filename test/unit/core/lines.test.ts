// Offsets to line/character positions: ranges stay inside their lines, whatever the line breaks.

import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core';
import { workspaceOf } from '../../helpers';

describe('LineIndex', () => {
  it('places an offset inside a CRLF line break at the end of its line', () => {
    const lines = new LineIndex('a: 1\r\nb: 2\r\n');
    assert.deepEqual(lines.position(4), { line: 0, character: 4 });
    assert.deepEqual(lines.position(5), { line: 0, character: 4 });
    assert.deepEqual(lines.position(6), { line: 1, character: 0 });
  });

  it('keeps a syntax error that the parser places on a \\r inside its line (found by fuzzing)', () => {
    const text = 'apiVersion: mops/v1\nkind: Budget\nid: b\nperiod:\n  start:\r\n 2026-01-01\n  end: 2027-03-31\n';
    const findings = workspaceOf({ 'budget.yaml': text }).findings('budget.yaml');
    assert.ok(findings.length > 0);
    for (const { range } of findings) {
      for (const pos of [range.start, range.end]) assert.ok(pos.character <= new LineIndex(text).lineText(pos.line).length, JSON.stringify(range));
    }
  });
});
