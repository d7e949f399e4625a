// The diff report's new findings grouped by cause, and its one-line verdict.
//
// A cause is a rule and the thing it points at (the offending text): `ref/unknown-person` on `marcus.reyes`
// in nine briefs is one cause (a person removed from the Team), as `ref/unknown-stage` on `review` after a
// stage was renamed is another. A finding that points at nothing (a missing field) is its rule's cause alone.

import { worst } from '../../domain/risks';
import type { Severity } from '../../model/types';
import type { FindingChange } from './findings';

export interface FindingCause {
  rule: string;
  /** The offending text the findings share; empty when they point at no text. */
  subject: string;
  severity: Severity;
  count: number;
  /** The files they are in, sorted. */
  files: string[];
  /** How many of them are in files the change did not touch (knock-on findings). */
  knockOn: number;
  /** The first finding's message, as an example. */
  message: string;
}

export interface Verdict {
  newErrors: number;
  newWarnings: number;
  newInfos: number;
  fixed: number;
  /** As mops check's exit code on the new findings: CI fails when one of them is an error. */
  ciFails: boolean;
  /** `adds 9 errors, 2 warnings; CI fails` */
  text: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** New findings by rule and subject, the most serious and most frequent causes first. */
export function findingCauses(findings: readonly FindingChange[]): FindingCause[] {
  const causes = new Map<string, FindingCause & { severities: Severity[] }>();
  for (const f of findings) {
    if (f.change !== 'new') continue;
    const key = `${f.rule}\u0000${f.subject}`;
    let cause = causes.get(key);
    if (!cause) causes.set(key, (cause = { rule: f.rule, subject: f.subject, severity: f.severity, severities: [], count: 0, files: [], knockOn: 0, message: f.message }));
    cause.count++;
    cause.severities.push(f.severity);
    if (!cause.files.includes(f.file)) cause.files.push(f.file);
    if (!f.touched) cause.knockOn++;
  }
  return [...causes.values()]
    .map(({ severities, ...c }) => ({ ...c, severity: worst(severities) ?? c.severity, files: c.files.sort() }))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count || a.rule.localeCompare(b.rule) || a.subject.localeCompare(b.subject));
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function verdictOf(findings: readonly FindingChange[]): Verdict {
  const fresh = findings.filter((f) => f.change === 'new');
  const count = (s: Severity) => fresh.filter((f) => f.severity === s).length;
  const [newErrors, newWarnings, newInfos] = [count('error'), count('warning'), count('info')];
  const fixed = findings.length - fresh.length;
  const ciFails = newErrors > 0;
  const added = [newErrors > 0 ? plural(newErrors, 'error') : '', newWarnings > 0 ? plural(newWarnings, 'warning') : '', newInfos > 0 ? plural(newInfos, 'info finding') : ''].filter(Boolean);
  const adds = added.length === 0 ? 'adds no findings' : `adds ${added.join(', ')}`;
  const text = `${adds}${fixed > 0 ? `, fixes ${plural(fixed, 'finding')}` : ''}; CI ${ciFails ? 'fails' : 'passes'}`;
  return { newErrors, newWarnings, newInfos, fixed, ciFails, text };
}
