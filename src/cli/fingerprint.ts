// How a finding is recognised across revisions and line shifts: its rule, message and offending text, not its line.

import type { Finding, Workspace } from '../core';

/** Longest offending text kept: enough to tell findings apart, short enough for a readable baseline. */
const MAX_TEXT = 200;

/**
 * The text of the finding's range in its file, whitespace collapsed (re-indenting a block or changing line
 * endings is not a new problem). Empty for a file that was not parsed (too large, a link).
 */
export function offendingText(workspace: Workspace, finding: Finding): string {
  const lines = workspace.parsed(finding.file)?.lines;
  if (!lines) return '';
  const text = lines.text.slice(lines.offset(finding.range.start), lines.offset(finding.range.end));
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/**
 * The message without the line numbers some messages cite (`(team.yaml:12)` of the first duplicate), so that
 * lines shifting in another file do not change it.
 */
export function stableMessage(message: string): string {
  return message.replace(/:\d+\)/g, ')');
}

/** One key per finding for comparing a file's findings at two revisions: severity counts, lines do not. */
export function findingKey(workspace: Workspace, finding: Finding): string {
  return JSON.stringify([finding.rule, finding.severity, stableMessage(finding.message), offendingText(workspace, finding)]);
}
