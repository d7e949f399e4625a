// The command "mops: Fix all problems in this file": every fix of the file as one WorkspaceEdit on the live
// document (undoable, touching only the text the fixes name), then what it fixed and what remains. The edits, the
// quick fixes, fix all as a code action (`source.fixAll.mops`) and disable comments come from the language server.

import * as vscode from 'vscode';
import { FINDINGS_REQUEST, type FindingItem, type FindingsParams, type FindingsResult } from '../lsp/protocol';
import { FIX_FILE_REQUEST, type FixFileResult, type UriParams } from '../lsp/protocol-commands';
import type { CommandHost } from './commands/shared';
import { applyFileEdits } from './server/edits';

/** What "Fix all problems in this file" did: how many problems it fixed, and what remains (by rule). */
export interface FixAllOutcome {
  fixed: number;
  remaining: number;
  message: string;
}

/** "3 × ref/unknown-person, 1 × brief/gate-missing": what remains, most frequent first. */
function byRule(findings: readonly FindingItem[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `${n} × ${rule}`).join(', ');
}

const problems = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

/** The command behind "mops: Fix all problems in this file": applies every fix, then says what it fixed and what remains. */
export async function fixAllInEditor(host: CommandHost, editor: vscode.TextEditor | undefined): Promise<FixAllOutcome | undefined> {
  if (!editor) {
    void vscode.window.showInformationMessage('Open a playbook file to fix its problems.');
    return undefined;
  }
  const name = vscode.workspace.asRelativePath(editor.document.uri);
  const uri = editor.document.uri.toString();
  const plan = await host.request<FixFileResult>(FIX_FILE_REQUEST, { uri } satisfies UriParams);
  if (!plan) {
    void vscode.window.showInformationMessage(`${name} is not a file of a mops playbook: there is nothing for mops to fix.`);
    return undefined;
  }
  // Computed on the version of the text the server holds: refused (nothing changes) if the document moved on since.
  if (plan.edit.edits.length > 0 && !(await applyFileEdits([plan.edit]))) {
    void vscode.window.showErrorMessage(`${name} changed while mops was fixing it; nothing was changed. Try again.`);
    return undefined;
  }
  await host.idle();
  const after = (await host.request<FindingsResult>(FINDINGS_REQUEST, { uri } satisfies FindingsParams)).findings;
  // Two fixes of one value cannot both be taken at once: what is still fixable needs another run.
  const again = after.filter((f) => f.fixable).length;
  const rest =
    after.length > 0
      ? `${problems(after.length)} remain${after.length === 1 ? 's' : ''}: ${byRule(after)}${again > 0 ? ` (${again} fixable by running the command again)` : ''}.`
      : 'No problem remains.';
  const message =
    plan.fixed > 0
      ? `Fixed ${problems(plan.fixed)} in ${name}. ${rest}`
      : after.length === 1
        ? `Nothing fixed in ${name}: its one problem (${after[0].rule}) has no automatic fix.`
        : after.length > 1
          ? `Nothing fixed in ${name}: none of its ${problems(after.length)} has an automatic fix (${byRule(after)}).`
          : `${name} has no problems to fix.`;
  const show = after.length > 0 ? 'Show Problems' : undefined;
  void vscode.window.showInformationMessage(message, ...(show ? [show] : [])).then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
  return { fixed: plan.fixed, remaining: after.length, message };
}
