// Shared by the navigation tests: the reference playbook with every rule, cursors by marker, edits applied.

import assert from 'node:assert/strict';
import { applyEdits, LineIndex, RULES, type Range, type RenamePlan, type Workspace } from '../../../../src/core';
import { readTree, REFERENCE, workspaceOf } from '../../../helpers';

export const TREE = readTree(REFERENCE);
export const BLACK_FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';
export const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
export const TEAM = 'team.yaml';
export const REGISTER = 'martech/register.yaml';
export const HUBSPOT = 'martech/hubspot.yaml';
export const BUDGET = 'budget/fy2026.yaml';
export const CAMPAIGN_WORKFLOW = 'workflows/campaign.yaml';

/** A workspace of these files checked with every rule (the reference playbook unless told). */
export function playbook(files: Record<string, string> = TREE): Workspace {
  return workspaceOf(files, { rules: RULES });
}

/** The offset of `|` in `marker`, which must occur once in `text` with the `|` taken out. */
export function offsetOf(text: string, marker: string): number {
  const needle = marker.replace('|', '');
  const at = text.indexOf(needle);
  assert.ok(at !== -1 && text.indexOf(needle, at + 1) === -1, `'${needle}' must occur once`);
  return at + marker.indexOf('|');
}

export function cursor(ws: Workspace, path: string, marker: string): number {
  return offsetOf(ws.parsed(path)?.text ?? '', marker);
}

/** `path:line:character-character` (1-based lines): what the assertions compare. */
export function at(path: string, range: Range): string {
  return `${path}:${range.start.line + 1}:${range.start.character}-${range.end.line === range.start.line ? '' : `${range.end.line + 1}:`}${range.end.character}`;
}

/** The text a range covers in a file of the workspace. */
export function textAt(ws: Workspace, path: string, range: Range): string {
  const text = ws.parsed(path)?.text ?? '';
  const lines = new LineIndex(text);
  return text.slice(lines.offset(range.start), lines.offset(range.end));
}

/** The files after a rename plan: its edits applied, then its files renamed. */
export function applyPlan(files: Record<string, string>, plan: RenamePlan): Record<string, string> {
  const out = { ...files };
  for (const { path, edits } of plan.edits) out[path] = applyEdits(out[path], edits);
  for (const { from, to } of plan.renames) {
    out[to] = out[from];
    delete out[from];
  }
  return out;
}

/** Every finding of a workspace as `path:line rule` (1-based). */
export function findingsOf(ws: Workspace): string[] {
  return ws.allFindings().map((f) => `${f.file}:${f.range.start.line + 1} ${f.rule}`);
}

/** `path:line:…` of the part between « and » in `marker`, which occurs once in the file (with the marks taken out). */
export function marked(ws: Workspace, path: string, marker: string): string {
  const text = ws.parsed(path)?.text ?? '';
  const needle = marker.replace('«', '').replace('»', '');
  const at = text.indexOf(needle);
  assert.ok(at !== -1 && text.indexOf(needle, at + 1) === -1, `'${needle}' must occur once in ${path}`);
  const start = at + marker.indexOf('«');
  const lines = new LineIndex(text);
  return at === -1 ? '' : atOf(path, lines.range(start, start + marker.indexOf('»') - marker.indexOf('«') - 1));
}

const atOf = (path: string, range: Range) => at(path, range);
