// JUnit XML: one test suite per checked file, one failing test case per finding.

import type { Finding } from '../../core';
import type { Formatter } from './types';
import { xmlEscape } from './xml';

function testCase(f: Finding): string {
  const place = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
  const name = xmlEscape(`${f.rule} at ${place}`);
  const body = xmlEscape(`${f.file}:${place} ${f.severity} ${f.message} (${f.rule})`);
  return `    <testcase name="${name}" classname="${xmlEscape(f.file)}">\n      <failure message="${xmlEscape(f.message)}" type="${f.severity}">${body}</failure>\n    </testcase>`;
}

export const junit: Formatter = (result) => {
  const byFile = new Map<string, Finding[]>(result.files.map((f) => [f, []]));
  // Pushed, not copied: a file with 150,000 findings would copy its list once per finding.
  for (const f of result.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const suites = [...byFile].map(([file, findings]) => {
    const cases = findings.length > 0 ? findings.map(testCase) : [`    <testcase name="mops check" classname="${xmlEscape(file)}"/>`];
    return `  <testsuite name="${xmlEscape(file)}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = [...byFile.values()].reduce((n, f) => n + Math.max(1, f.length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mops" tests="${tests}" failures="${result.findings.length}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
