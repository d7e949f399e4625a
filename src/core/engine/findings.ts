// A file's problems as the findings a user sees: with the config's severities, without the suppressed
// ones, in order, and capped per file.

import { severityFor, type ResolvedConfig } from '../config/config';
import type { ParsedFile, Problem } from '../model/parse';
import type { Finding, Severity } from '../model/types';
import { readSuppressions } from './suppress';

/**
 * Findings listed per file: a hostile file of 150,000 unknown keys would otherwise hold 150,000 findings
 * in memory, in every output and in the cache, and a repo of such files any number of times that.
 */
const MAX_FINDINGS_PER_FILE = 5000;

const byPosition = (a: Finding, b: Finding) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

/** `defaults`: each rule's own severity, used where the config sets none. */
export function toFindings(path: string, parsed: ParsedFile | undefined, problems: Problem[], config: ResolvedConfig, defaults: ReadonlyMap<string, Severity>): Finding[] {
  const suppressions = parsed ? readSuppressions(parsed) : undefined;
  const findings: Finding[] = [];
  for (const problem of problems) {
    const severity = severityFor(config, problem.rule, defaults.get(problem.rule) ?? problem.severity ?? 'error');
    if (severity === 'off') continue;
    if (suppressions?.covers(problem.rule, problem.range.start.line)) continue;
    findings.push({
      rule: problem.rule,
      severity,
      message: problem.message,
      file: path,
      range: problem.range,
      related: (problem.related ?? []).map((r) => ({ ...r, file: r.file || path })),
      fixes: problem.fixes ?? [],
    });
  }
  findings.sort(byPosition);
  return findings.length > MAX_FINDINGS_PER_FILE ? capped(path, findings, config) : findings;
}

/** The first findings of a file, and one that counts the rest at the highest severity among them. */
function capped(path: string, findings: Finding[], config: ResolvedConfig): Finding[] {
  const kept = findings.slice(0, MAX_FINDINGS_PER_FILE);
  const count = { error: 0, warning: 0, info: 0 };
  for (let i = MAX_FINDINGS_PER_FILE; i < findings.length; i++) count[findings[i].severity]++;
  const highest: Severity = count.error > 0 ? 'error' : count.warning > 0 ? 'warning' : 'info';
  const severity = severityFor(config, 'file/too-many-findings', highest);
  if (severity === 'off') return kept;
  const rest = findings.length - kept.length;
  const n = (value: number) => value.toLocaleString('en-US');
  const parts = (['error', 'warning', 'info'] as const).filter((s) => count[s] > 0).map((s) => `${n(count[s])} ${s}${count[s] === 1 ? '' : 's'}`);
  kept.push({
    rule: 'file/too-many-findings',
    severity,
    message: `This file has ${n(findings.length)} findings: the first ${n(kept.length)} are listed, the other ${n(rest)} (${parts.join(', ')}) are not. Fix the listed ones first.`,
    file: path,
    range: findings[MAX_FINDINGS_PER_FILE].range,
    related: [],
    fixes: [],
  });
  return kept;
}
