// The diff report's findings: new on the head, fixed since the base, matched on what they say rather than where.

import type { Workspace } from '../../engine/workspace';
import type { Finding, Severity } from '../../model/types';
import type { Sides } from './sides';

export interface FindingChange {
  change: 'new' | 'fixed';
  rule: string;
  severity: Severity;
  message: string;
  /** The head file for a new finding, the base file for a fixed one. */
  file: string;
  /** 1-based, on that side. */
  line: number;
  character: number;
  /** The text the finding points at (an unknown person's id, a stage name): with the rule, its cause. */
  subject: string;
  /** The change touched the finding's file (added, edited, renamed or deleted it); false for a knock-on finding elsewhere. */
  touched: boolean;
}

/** The text a finding points at (the offending key or value): it survives lines inserted above it. */
function offending(workspace: Workspace, finding: Finding): string {
  const lines = workspace.parsed(finding.file)?.lines;
  if (!lines) return '';
  return lines.text.slice(lines.offset(finding.range.start), lines.offset(finding.range.end));
}

function keyOf(workspace: Workspace, finding: Finding, file: string): string {
  return [finding.rule, file, offending(workspace, finding), finding.message].join('\u0000');
}

const row = (change: FindingChange['change'], f: Finding, subject: string, touched: boolean): FindingChange => ({
  change,
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  file: f.file,
  line: f.range.start.line + 1,
  character: f.range.start.character + 1,
  subject,
  touched,
});

/** Whether the change touched a head file: new, or its text differs from its base file's. */
export function touchedOnHead(sides: Sides, path: string): boolean {
  const before = sides.base.input.workspace.parsed(sides.toBase(path));
  return !before || before.text !== sides.head.input.workspace.parsed(path)?.text;
}

/** Whether the change touched a base file: gone from the head, or its text differs there. */
function touchedOnBase(sides: Sides, path: string): boolean {
  const after = sides.head.input.workspace.parsed(sides.toHead(path));
  return !after || after.text !== sides.base.input.workspace.parsed(path)?.text;
}

/**
 * Findings are the same when their rule, file (a renamed file keeps its findings), offending text and
 * message are; repeats are counted, so a second identical finding in a file is new.
 */
/** A file's texts are compared once, however many findings it has. */
function once(memo: Map<string, boolean>, path: string, compute: () => boolean): boolean {
  let value = memo.get(path);
  if (value === undefined) memo.set(path, (value = compute()));
  return value;
}

export function findingChanges(sides: Sides): FindingChange[] {
  const [touchedHead, touchedBase] = [new Map<string, boolean>(), new Map<string, boolean>()];
  const base = sides.base.input.workspace;
  const head = sides.head.input.workspace;
  const left = new Map<string, Finding[]>();
  for (const f of base.allFindings()) {
    const key = keyOf(base, f, f.file);
    const list = left.get(key);
    if (list) list.push(f);
    else left.set(key, [f]);
  }
  const added: FindingChange[] = [];
  for (const f of head.allFindings()) {
    const same = left.get(keyOf(head, f, sides.toBase(f.file)));
    if (same && same.length > 0) same.shift();
    else added.push(row('new', f, offending(head, f), once(touchedHead, f.file, () => touchedOnHead(sides, f.file))));
  }
  const fixed = [...left.values()].flat().map((f) => row('fixed', f, offending(base, f), once(touchedBase, f.file, () => touchedOnBase(sides, f.file))));
  const order = (a: FindingChange, b: FindingChange) => a.file.localeCompare(b.file) || a.line - b.line || a.character - b.character || a.rule.localeCompare(b.rule);
  return [...added.sort(order), ...fixed.sort(order)];
}
