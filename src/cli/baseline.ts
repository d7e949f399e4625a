// Baselines: the findings a team accepted when adopting mops, written to a file, read back, and matched against a check.

import { readFileSync } from 'node:fs';
import type { Finding, Workspace } from '../core';
import { offendingText, stableMessage } from './fingerprint';
import { UsageError } from './io';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  /** Relative to the playbook root, forward slashes. */
  file: string;
  /** 1-based; a hint for people, not used for matching. */
  line: number;
  /** The text of the finding's range (whitespace collapsed): what matching relies on. */
  text: string;
  message: string;
}

export interface BaselineMatch {
  /** Findings the baseline does not hold: the ones the check reports and fails on. */
  fresh: Finding[];
  absorbed: number;
  /** Entries that matched no finding in the files checked: fixed since the baseline was written. */
  fixed: BaselineEntry[];
}

export function baselineEntries(workspace: Workspace, findings: Finding[]): BaselineEntry[] {
  return findings.map((f) => ({ rule: f.rule, file: f.file, line: f.range.start.line + 1, text: offendingText(workspace, f), message: f.message }));
}

/** The baseline file: one entry per line, so that shrinking it reads well in a diff. */
export function formatBaseline(entries: BaselineEntry[], generator: string): string {
  const lines = entries.map((e) => `    ${JSON.stringify({ rule: e.rule, file: e.file, line: e.line, text: e.text, message: e.message })}`);
  return `{\n  "version": ${BASELINE_VERSION},\n  "generator": ${JSON.stringify(generator)},\n  "findings": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

function isEntry(value: unknown): value is BaselineEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return ['rule', 'file', 'text', 'message'].every((k) => typeof e[k] === 'string') && (e.line === undefined || Number.isInteger(e.line));
}

/** Reads a baseline; anything but a well-formed one of this version is a usage error, never a silent pass. */
export function readBaseline(path: string, shown: string): BaselineEntry[] {
  const rewrite = `Write it with mops baseline ${shown}.`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError(`The baseline ${shown} does not exist. ${rewrite}`);
    throw new UsageError(`The baseline ${shown} cannot be read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The baseline ${shown} is not valid JSON (${(error as Error).message}). ${rewrite}`);
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (record.version === undefined) throw new UsageError(`${shown} is not a mops baseline: it has no "version". ${rewrite}`);
  if (record.version !== BASELINE_VERSION) {
    throw new UsageError(`The baseline ${shown} is version ${JSON.stringify(record.version)}; this mops reads version ${BASELINE_VERSION}. ${rewrite}`);
  }
  if (!Array.isArray(record.findings)) throw new UsageError(`The baseline ${shown} has no "findings" list. ${rewrite}`);
  const bad = record.findings.findIndex((e) => !isEntry(e));
  if (bad >= 0) throw new UsageError(`The baseline ${shown} is damaged: finding ${bad + 1} needs rule, file, text and message as strings. ${rewrite}`);
  return (record.findings as BaselineEntry[]).map((e) => ({ ...e, line: e.line ?? 0 }));
}

const groupKey = (rule: string, file: string, text: string) => JSON.stringify([rule, file, text]);

/**
 * Matches findings to entries on rule, file and offending text, as a multiset: each entry absorbs at most one
 * finding. Where several entries share those, one with the same message is preferred, and among equals the
 * one nearest in line; a message that changed alone (a count of days, say) does not make a finding new.
 * Entries outside `inScope` (files not checked this time) are neither matched nor fixed. `renamedFrom`
 * (from git) carries a renamed file's entries to its new path.
 */
export function applyBaseline(
  workspace: Workspace,
  findings: Finding[],
  entries: BaselineEntry[],
  inScope: (file: string) => boolean,
  renamedFrom: Map<string, string> = new Map(),
): BaselineMatch {
  const renamedTo = new Map([...renamedFrom].map(([to, from]) => [from, to]));
  const groups = new Map<string, BaselineEntry[]>();
  for (const entry of entries) {
    const file = renamedTo.get(entry.file) ?? entry.file;
    if (!inScope(file)) continue;
    const key = groupKey(entry.rule, file, entry.text);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const keyed = findings.map((f) => ({ finding: f, key: groupKey(f.rule, f.file, offendingText(workspace, f)), matched: false }));
  /** Takes, from the finding's group, the entry nearest its line among those `fits` accepts. */
  const take = (item: (typeof keyed)[number], fits: (e: BaselineEntry) => boolean) => {
    const group = groups.get(item.key) ?? [];
    const line = item.finding.range.start.line + 1;
    let best = -1;
    group.forEach((e, i) => {
      if (fits(e) && (best < 0 || Math.abs(e.line - line) < Math.abs(group[best].line - line))) best = i;
    });
    if (best >= 0) group.splice(best, 1);
    return best >= 0;
  };
  for (const item of keyed) {
    const message = stableMessage(item.finding.message);
    item.matched = take(item, (e) => stableMessage(e.message) === message);
  }
  for (const item of keyed) if (!item.matched) item.matched = take(item, () => true);
  const fresh = keyed.filter((k) => !k.matched).map((k) => k.finding);
  const fixed = [...groups.values()].flat().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { fresh, absorbed: findings.length - fresh.length, fixed };
}
