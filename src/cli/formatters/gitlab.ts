// GitLab's Code Quality report, the JSON that merge requests show inline and in their widget. The format is
// GitLab's documentation, "Code Quality report format" (docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format,
// doc/ci/testing/code_quality.md in gitlab-org/gitlab): one JSON array, no byte order mark, each object with
// description, check_name, fingerprint, severity (info|minor|major|critical|blocker) and location.path with
// location.lines.begin (1-based).

import { createHash } from 'node:crypto';
import type { Finding } from '../../core';
import { stableMessage } from '../fingerprint';
import type { Formatter } from './types';

/** As GitLab's own ESLint and Stylelint integrations rank them: an error is major, a warning minor. */
const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * A finding's identity as the baseline matches it: rule, file and offending text, never its line, so that
 * lines moving above it keep the fingerprint (GitLab then reports the finding as neither fixed nor new).
 * GitLab shows findings with one fingerprint as a single entry, so identical findings in one file are told
 * apart by their order among themselves (the first, the second, …), which lines moving does not change.
 */
function fingerprints(findings: Finding[], identity: (f: Finding) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = JSON.stringify([f.rule, f.file, identity(f)]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}#${n}`).digest('hex');
  });
}

export const gitlab: Formatter = (result) => {
  // Without the offending text (a caller that has no workspace), the message stands in, its line numbers dropped.
  const identity = result.offendingText ?? ((f: Finding) => stableMessage(f.message));
  const prints = fingerprints(result.findings, identity);
  const issues = result.findings.map((f, i) => ({
    description: f.message,
    check_name: f.rule,
    fingerprint: prints[i],
    severity: SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};
