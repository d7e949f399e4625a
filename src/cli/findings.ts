// The findings of many files, computed with a pause now and then so that memory held for one file is let go.

import { LazyText, type Finding, type Workspace } from '../core';

/** Text checked between two pauses. */
const PAUSE_EVERY_BYTES = 1_000_000;

/**
 * Every finding of the files, in their order. A file's YAML syntax trees, rebuilt to place its findings, are
 * held weakly, and a weakly held object lives at least until the current task ends: checked in one task, a
 * playbook's trees would all be alive at its end. A pause after every few megabytes lets them go.
 */
export async function findingsOf(workspace: Workspace, files: readonly string[]): Promise<Finding[]> {
  const all: Finding[] = [];
  let bytes = 0;
  for (const file of files) {
    for (const finding of workspace.findings(file)) all.push(finding);
    const content = workspace.content(file);
    // A text the cache left unread was not checked here: it built no tree.
    bytes += content?.type !== 'text' ? 0 : content instanceof LazyText ? (content.loaded ? content.size : 0) : content.text.length;
    if (bytes > PAUSE_EVERY_BYTES) {
      bytes = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return all;
}
