// "mops: Advance brief to its next stage": only when the stage's gate passes (the core decides, by the
// same logic as the gate rules); then one undoable edit of the live document sets `stage` and adds the
// history entry, keeping comments and formatting. Otherwise nothing changes and mops says why.

import * as vscode from 'vscode';
import { advanceBrief, type AdvanceResult } from '../../core';
import type { Playbook } from '../playbooks';
import type { CommandHost } from './shared';

/** The brief to advance: a URI, a brief of the Pipeline view (its context menu), else the active editor's file. */
function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as { type?: unknown; playbook?: Playbook; doc?: { path: string } } | undefined;
  if (node?.type === 'brief' && node.playbook && node.doc) return node.playbook.uri(node.doc.path);
  return vscode.window.activeTextEditor?.document.uri;
}

export async function advanceStage(host: CommandHost, arg?: unknown): Promise<AdvanceResult | undefined> {
  await host.idle();
  const uri = targetOf(arg);
  const located = uri && host.playbooks().locate(uri);
  if (!uri || !located) {
    void vscode.window.showInformationMessage('Open a brief of your playbook (or pick one in the Pipeline view) to advance it.');
    return undefined;
  }
  // The buffer, unsaved edits included, is what the user sees: the edit is computed on it and applied to it.
  const document = await vscode.workspace.openTextDocument(uri);
  host.playbooks().sync(document);
  // The edits fit this version of the text; VS Code refuses them should the document move on before they land.
  const version = document.version;
  const { playbook, path } = located;
  const result = advanceBrief(playbook.workspace, path, { today: playbook.workspace.today });
  const id = playbook.workspace.parsed(path)?.documents.find((d) => d.kind === 'Brief')?.id ?? path;
  if (!result.ok) {
    void vscode.window.showWarningMessage(`${id} cannot advance: ${result.reasons.join(' ')}`);
    return result;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    edit.replace(uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  if (document.version !== version || !(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`${id} changed while mops was preparing the edit; nothing was changed. Try again.`);
    return undefined;
  }
  void vscode.window.showInformationMessage(`${id}: ${result.from} → ${result.to}.`);
  return result;
}
