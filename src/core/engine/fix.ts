// Applies text edits to a file's text: fixes, fix-all, the CLI and the editor share this one routine.

import { LineIndex } from '../model/lines';
import type { Fix, TextEdit } from '../model/types';

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

/** Applies the first fix of each finding, as "fix all" does. */
export function applyFixes(text: string, fixes: ReadonlyArray<Fix | undefined>): string {
  return applyEdits(text, fixes.flatMap((f) => f?.edits ?? []));
}
