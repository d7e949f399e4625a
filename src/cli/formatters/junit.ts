// JUnit XML: one test suite per checked file; an error is a failing test case, a warning or info a passing one that says so.

import type { Finding } from '../../core';
import type { CheckResult, Formatter } from './types';
import { stateOf } from './types';
import { xmlEscape } from './xml';

/**
 * A finding as a test case. Only an error fails, as only errors fail `mops check` (Spectral's JUnit output
 * likewise fails only results at its --fail-severity; ESLint's writes every warning as a <failure> although
 * warnings pass its run). A warning or info is a passing case whose <system-out> carries the finding, with
 * its severity and rule as <properties>, as pytest's record_property writes them.
 */
function testCase(f: Finding, result: CheckResult): string {
  const place = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
  const name = xmlEscape(`${f.rule} at ${place}`);
  const text = xmlEscape(`${f.file}:${place} ${f.severity} ${f.message} (${f.rule})`);
  const state = stateOf(result, f);
  const properties = [['severity', f.severity], ['rule', f.rule], ...(state ? [['baselineState', state]] : [])]
    .map(([key, value]) => `        <property name="${key}" value="${xmlEscape(value)}"/>`)
    .join('\n');
  const outcome = f.severity === 'error' ? `<failure message="${xmlEscape(f.message)}" type="${f.severity}">${text}</failure>` : `<system-out>${text}</system-out>`;
  return `    <testcase name="${name}" classname="${xmlEscape(f.file)}">\n      <properties>\n${properties}\n      </properties>\n      ${outcome}\n    </testcase>`;
}

/** More warnings than --max-warnings fail the check: one failing case says so, so that the XML fails when mops does. */
function limitSuite(result: CheckResult): string[] {
  const over = result.tooManyWarnings;
  if (!over) return [];
  const message = xmlEscape(`${over.warnings} warnings, more than --max-warnings ${over.max}.`);
  return [`  <testsuite name="mops check" tests="1" failures="1" errors="0" skipped="0">\n    <testcase name="--max-warnings ${over.max}" classname="mops check">\n      <failure message="${message}" type="max-warnings">${message}</failure>\n    </testcase>\n  </testsuite>`];
}

export const junit: Formatter = (result) => {
  const byFile = new Map<string, Finding[]>(result.files.map((f) => [f, []]));
  // Pushed, not copied: a file with 150,000 findings would copy its list once per finding.
  for (const f of result.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const failures = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').length;
  const suites = [...byFile].map(([file, findings]) => {
    const cases = findings.length > 0 ? findings.map((f) => testCase(f, result)) : [`    <testcase name="mops check" classname="${xmlEscape(file)}"/>`];
    return `  <testsuite name="${xmlEscape(file)}" tests="${cases.length}" failures="${failures(findings)}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const limit = limitSuite(result);
  const tests = [...byFile.values()].reduce((n, f) => n + Math.max(1, f.length), 0) + limit.length;
  const failed = failures(result.findings) + limit.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mops" tests="${tests}" failures="${failed}" errors="0">\n${[...suites, ...limit].join('\n')}\n</testsuites>\n`;
};
