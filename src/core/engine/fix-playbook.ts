// "Fix all problems in the playbook": applies fix-all to every file given, again and again until nothing
// changes (a fix can make another possible), through the workspace so each pass sees the last one's result.

import { CONFIG_FILE } from '../config/config';
import type { Finding } from '../model/types';
import { applyEdits, fixAllEdits } from './fix';
import type { Workspace } from './workspace';

/** Passes at most: fixes settle in one or two; a third that still changes something is a loop. */
export const MAX_FIX_PASSES = 4;

export interface FileFix {
  path: string;
  before: string;
  after: string;
  /** The findings whose fixes were applied, over all passes. */
  fixed: Finding[];
}

export interface FixOptions {
  /** Which findings to fix (a rule filter); all that have a fix when absent. */
  select?: (finding: Finding) => boolean;
}

/** Fixes `paths` in `workspace` (which ends holding the fixed texts); the files that changed, in path order. */
export function fixPlaybook(workspace: Workspace, paths: readonly string[], options: FixOptions = {}): FileFix[] {
  const changed = new Map<string, FileFix>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let any = false;
    for (const path of paths) {
      const content = workspace.content(path);
      // Only the playbook's own files: its mops files, and its config (even one whose header is missing).
      if (content?.type !== 'text' || !(workspace.parsed(path)?.isMops || path === CONFIG_FILE)) continue;
      const findings = workspace.findings(path).filter((f) => f.fixes.length > 0 && (options.select?.(f) ?? true));
      const edits = fixAllEdits(findings);
      if (edits.length === 0) continue;
      const text = content.text;
      const next = applyEdits(text, edits);
      if (next === text) continue;
      any = true;
      const taken = new Set(edits);
      const entry = changed.get(path) ?? { path, before: text, after: text, fixed: [] };
      entry.after = next;
      entry.fixed.push(...findings.filter((f) => f.fixes[0]?.edits.every((e) => taken.has(e))));
      changed.set(path, entry);
      workspace.set(path, { type: 'text', text: next });
    }
    if (!any) break;
  }
  return [...changed.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}
