// "mops: Fix all problems in the playbook": what `mops fix` does, as one workspace edit: every file's fixes
// computed by the language server on the text the editor holds (unsaved changes included), applied together,
// undone together.

import * as vscode from 'vscode';
import { STATUS_REQUEST, type StatusResult } from '../../lsp/protocol';
import { FIX_PLAYBOOK_REQUEST, type FixPlaybookResult, type RootParams } from '../../lsp/protocol-commands';
import { applyFileEdits } from '../server/edits';
import { pickPlaybook, type CommandHost } from './shared';

/** The findings the server holds for a playbook, all severities. */
async function remainingIn(host: CommandHost, root: string): Promise<number> {
  const status = await host.request<StatusResult | null>(STATUS_REQUEST, {});
  const counts = status?.roots.find((r) => r.uri === root)?.findings;
  return counts ? counts.error + counts.warning + counts.info : 0;
}

export async function fixPlaybookCommand(host: CommandHost): Promise<number> {
  const playbook = await pickPlaybook(host);
  if (!playbook) return 0;
  const { files, fixed } = await host.request<FixPlaybookResult>(FIX_PLAYBOOK_REQUEST, { root: playbook.uri } satisfies RootParams);
  if (files.length === 0) {
    void vscode.window.showInformationMessage(`mops: nothing to fix in ${playbook.name}: no problem there has a fix that can be applied on its own.`);
    return 0;
  }
  if (!(await applyFileEdits(files, { isRefactoring: true }))) {
    void vscode.window.showErrorMessage('mops: the fixes were not applied: a file changed meanwhile. Run the command again.');
    return 0;
  }
  await host.idle();
  const remaining = await remainingIn(host, playbook.uri);
  // Not awaited: the command is done when the edit is; the message stays until the user closes it.
  void vscode.window
    .showInformationMessage(
      `mops fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'} (unsaved: Save All to keep them, Undo to take them back); ${remaining} remain${remaining === 1 ? 's' : ''}.`,
      ...(remaining > 0 ? ['Show Problems'] : []),
    )
    .then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
  return fixed;
}
