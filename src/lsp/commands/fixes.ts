// The requests behind "mops: Fix all problems in this file" (`mops/fixFile`) and "… in the playbook"
// (`mops/fixPlaybook`): the core's fix-all computed on the text the server holds, answered as edits the client
// applies; the playbook itself is left exactly as it was (the edit, once applied, comes back as a change).

import { fixAllEdits, fixPlaybook, type FileContent, type FileFix, type Finding, type TextEdit, type Workspace } from '../../core';
import type { Feature, ServerContext } from '../context';
import { FIX_FILE_REQUEST, FIX_PLAYBOOK_REQUEST, type FixFileResult, type FixPlaybookResult } from '../protocol-commands';
import { fileAt, fileEdits, lineEdits, onRequest, playbookFileEdits, playbookOf, stringParam } from './common';

/** The edits of "fix all" (the core's selection, as `mops fix` makes it), and the findings they fix. */
function fixAllPlan(findings: readonly Finding[]): { edits: TextEdit[]; fixed: Finding[] } {
  const edits = fixAllEdits(findings);
  // The selection takes a finding's fix whole, as the same edit objects: a finding is fixed when all of its are taken.
  const taken = new Set(edits);
  const fixed = findings.filter((f) => {
    const first = f.fixes[0]?.edits ?? [];
    return first.length > 0 && first.every((e) => taken.has(e));
  });
  return { edits, fixed };
}

async function fixFile(context: ServerContext, params: unknown): Promise<FixFileResult> {
  const uri = stringParam(params, 'uri');
  if (uri === undefined) return null;
  const at = await fileAt(context, uri);
  if (!at) return null;
  const { edits, fixed } = fixAllPlan(at.playbook.workspace.findings(at.path));
  return { edit: fileEdits(context, context.documents.get(uri)?.uri ?? uri, edits), fixed: fixed.length };
}

/**
 * The core's passes run on the workspace itself (each sees the last one's result); every file is then put back
 * as it was, synchronously, so no other request, check or diagnostic ever sees the trial.
 */
function trial(workspace: Workspace, paths: readonly string[]): FileFix[] {
  const held = new Map<string, FileContent | undefined>(paths.map((p) => [p, workspace.content(p)]));
  try {
    return fixPlaybook(workspace, paths);
  } finally {
    for (const [path, content] of held) if (content && workspace.content(path) !== content) workspace.set(path, content);
  }
}

async function fixAll(context: ServerContext, params: unknown): Promise<FixPlaybookResult> {
  const playbook = await playbookOf(context, params);
  if (!playbook) return { files: [], fixed: 0 };
  const paths = playbook.workspace.paths().filter((p) => context.playbooks.owns(playbook, p));
  const changes = trial(playbook.workspace, paths);
  return {
    files: changes.map((c) => playbookFileEdits(context, playbook, c.path, lineEdits(c.before, c.after))),
    fixed: changes.reduce((n, c) => n + c.fixed.length, 0),
  };
}

export const fixes: Feature = {
  register(context) {
    onRequest(context, FIX_FILE_REQUEST, null as FixFileResult, (params: unknown) => fixFile(context, params));
    onRequest(context, FIX_PLAYBOOK_REQUEST, { files: [], fixed: 0 } as FixPlaybookResult, (params: unknown) => fixAll(context, params));
  },
};
