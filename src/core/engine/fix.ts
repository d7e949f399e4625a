// Applies text edits to a file's text: fixes, fix-all, the CLI and the editor share this one routine.

import { LineIndex } from '../model/lines';
import type { Finding, Fix, Position, TextEdit } from '../model/types';

/**
 * Applies edits from the end backwards so earlier offsets stay valid. Edits that overlap one already
 * taken are skipped (as ESLint's fix-all does); a second run picks them up against the new text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof spans = [];
  for (const span of spans) {
    const previous = taken[taken.length - 1];
    if (previous && span.start < previous.end) continue;
    taken.push(span);
  }
  let out = text;
  for (const span of taken.reverse()) out = out.slice(0, span.start) + span.text + out.slice(span.end);
  return out;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

/** Whether two edits touch the same text (or insert at the same place). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (before(a.range.start, b.range.end) && before(b.range.start, a.range.end)) return true;
  return same(a.range.start, a.range.end) && same(b.range.start, a.range.start) && same(b.range.end, a.range.end);
}

/**
 * What "fix all" applies to one file: the first fix of each finding, in order, skipping one whose edits
 * touch text an earlier one already changes, and any that is a choice for the user. The editor's fix-all
 * and `mops fix` both take this, so they never differ; a second pass picks up what was skipped.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes[0];
    if (!fix || fix.choice || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
}

/** Applies the first fix of each finding, as "fix all" does. */
export function applyFixes(text: string, fixes: ReadonlyArray<Fix | undefined>): string {
  return applyEdits(text, fixes.flatMap((f) => f?.edits ?? []));
}
