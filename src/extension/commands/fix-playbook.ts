// "mops: Fix all problems in the playbook": what `mops fix` does, as one workspace edit: every file's fixes
// computed on the text the editor holds (unsaved changes included), applied together, undone together.

import * as vscode from 'vscode';
import { diffLines } from 'diff';
import { fixPlaybook, type FileFix } from '../../core';
import { toRange } from '../ranges';
import type { Playbook } from '../playbooks';
import { pickPlaybook, type CommandHost } from './shared-legacy';

/** The edits that turn `before` into `after`, one per run of changed lines, so the rest of the file is untouched. */
export function lineEdits(before: string, after: string): Array<{ range: vscode.Range; text: string }> {
  const edits: Array<{ range: vscode.Range; text: string }> = [];
  let line = 0;
  let pending: { start: number; end: number; text: string } | undefined;
  const flush = () => {
    if (pending) edits.push({ range: toRange({ start: { line: pending.start, character: 0 }, end: { line: pending.end, character: 0 } }), text: pending.text });
    pending = undefined;
  };
  for (const part of diffLines(before, after)) {
    const count = part.count ?? 0;
    if (!part.added && !part.removed) {
      flush();
      line += count;
      continue;
    }
    pending ??= { start: line, end: line, text: '' };
    if (part.removed) {
      line += count;
      pending.end = line;
    } else pending.text += part.value;
  }
  flush();
  return edits;
}

/** The files' fixes, worked out on the playbook's workspace and then taken back out of it (the edit puts them in). */
function fixesOf(playbook: Playbook): FileFix[] {
  const { workspace } = playbook;
  const changes = fixPlaybook(workspace, workspace.paths());
  for (const change of changes) workspace.set(change.path, { type: 'text', text: change.before });
  return changes;
}

export async function fixPlaybookCommand(host: CommandHost): Promise<number> {
  const playbook = await pickPlaybook(host.playbooks());
  if (!playbook) return 0;
  for (const document of vscode.workspace.textDocuments) host.playbooks().sync(document);
  const changes = fixesOf(playbook);
  if (changes.length === 0) {
    void vscode.window.showInformationMessage(`mops: nothing to fix in ${playbook.name}: no problem there has a fix that can be applied on its own.`);
    return 0;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const change of changes) for (const e of lineEdits(change.before, change.after)) edit.replace(playbook.uri(change.path), e.range, e.text);
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) {
    void vscode.window.showErrorMessage('mops: the fixes were not applied: a file changed meanwhile. Run the command again.');
    return 0;
  }
  await host.idle();
  const fixed = changes.reduce((n, c) => n + c.fixed.length, 0);
  const remaining = playbook.workspace.allFindings().length;
  // Not awaited: the command is done when the edit is; the message stays until the user closes it.
  void vscode.window
    .showInformationMessage(
      `mops fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${changes.length} file${changes.length === 1 ? '' : 's'} (unsaved: Save All to keep them, Undo to take them back); ${remaining} remain${remaining === 1 ? 's' : ''}.`,
      ...(remaining > 0 ? ['Show Problems'] : []),
    )
    .then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
  return fixed;
}
