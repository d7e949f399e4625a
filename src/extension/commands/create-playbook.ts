// "mops: Create a playbook": scaffolds a small, complete playbook (the same files as `mops init`) into a
// folder, refusing to overwrite anything, then reads it.

import * as vscode from 'vscode';
import { scaffoldPlaybook } from '../../core';
import type { CommandHost } from './shared';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function createPlaybook(host: CommandHost, arg?: unknown): Promise<vscode.Uri[] | undefined> {
  const folder =
    arg instanceof vscode.Uri
      ? arg
      : vscode.workspace.workspaceFolders?.length === 1
        ? vscode.workspace.workspaceFolders[0].uri
        : (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Create the playbook here', title: 'Create a playbook' }))?.[0];
  if (!folder) return undefined;
  const files = scaffoldPlaybook({ today: undefined });
  const targets = files.map((f) => ({ uri: vscode.Uri.joinPath(folder, ...f.path.split('/')), text: f.text }));
  const taken = [];
  for (const t of targets) if (await exists(t.uri)) taken.push(vscode.workspace.asRelativePath(t.uri));
  if (taken.length > 0) {
    void vscode.window.showErrorMessage(`No playbook was created: these files already exist: ${taken.join(', ')}.`);
    return undefined;
  }
  // Created, never overwritten: a file that appears after the check above makes its creation fail instead.
  const edit = new vscode.WorkspaceEdit();
  for (const t of targets) edit.createFile(t.uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(t.text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('The playbook was not created completely: a file of it appeared meanwhile and was left as it is. Run the command again in an empty folder.');
    return undefined;
  }
  await host.restart();
  await host.idle();
  const brief = targets.find((t) => /\.ya?ml$/.test(t.uri.path) && /\nkind: Brief\n/.test(t.text));
  if (brief) await vscode.window.showTextDocument(brief.uri);
  void vscode.window.showInformationMessage(`Created a playbook of ${targets.length} files in ${vscode.workspace.asRelativePath(folder) || folder.path}.`);
  return targets.map((t) => t.uri);
}
