// "mops: Create a playbook": scaffolds a small, complete playbook (the same files as `mops init`) into a
// folder, refusing to overwrite anything (a .gitignore there only gets the lines it lacks), then reads it.

import * as vscode from 'vscode';
import { mergeGitignore, scaffoldPlaybook } from '../../core';
import type { CommandHost } from './shared-legacy';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Answers given up front (tests); from the palette, the folder and the name are asked. */
export interface CreatePlaybookAnswers {
  /** The team or company (`Acme Outdoor`); empty: none. */
  name?: string;
}

export async function createPlaybook(host: CommandHost, arg?: unknown, given: CreatePlaybookAnswers = {}): Promise<vscode.Uri[] | undefined> {
  const asked = !(arg instanceof vscode.Uri);
  const folder =
    arg instanceof vscode.Uri
      ? arg
      : vscode.workspace.workspaceFolders?.length === 1
        ? vscode.workspace.workspaceFolders[0].uri
        : (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Create the playbook here', title: 'Create a playbook' }))?.[0];
  if (!folder) return undefined;
  const name =
    given.name ??
    (asked
      ? await vscode.window.showInputBox({
          title: 'Create a playbook: the team or company it belongs to',
          prompt: 'For the README, the Team and the ids, e.g. Acme Outdoor. Leave it empty for none.',
          ignoreFocusOut: true,
        })
      : '');
  if (name === undefined) return undefined;
  const files = scaffoldPlaybook({ name: name || undefined });
  const targets = files.map((f) => ({ path: f.path, uri: vscode.Uri.joinPath(folder, ...f.path.split('/')), text: f.text }));
  const taken = [];
  const edit = new vscode.WorkspaceEdit();
  for (const t of targets) {
    if (!(await exists(t.uri))) continue;
    const merged = t.path === '.gitignore' ? mergeGitignore((await readText(t.uri)) ?? '') : undefined;
    if (t.path !== '.gitignore') taken.push(vscode.workspace.asRelativePath(t.uri));
    else if (merged !== undefined) edit.createFile(t.uri, { overwrite: true, contents: new TextEncoder().encode(merged) });
    t.text = '';
  }
  if (taken.length > 0) {
    void vscode.window.showErrorMessage(`No playbook was created: these files already exist: ${taken.join(', ')}.`);
    return undefined;
  }
  // Created, never overwritten: a file that appears after the check above makes its creation fail instead.
  for (const t of targets) if (t.text) edit.createFile(t.uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(t.text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('The playbook was not created completely: a file of it appeared meanwhile and was left as it is. Run the command again in an empty folder.');
    return undefined;
  }
  // The server sees the new mops.config.yaml through its file watcher; the commands' own playbooks are read again here.
  await host.restart({ server: false });
  await host.idle();
  const brief = targets.find((t) => /\.ya?ml$/.test(t.uri.path) && t.path.startsWith('campaigns/'));
  if (brief) await vscode.window.showTextDocument(brief.uri);
  void vscode.window.showInformationMessage(`Created a playbook of ${targets.length} files in ${vscode.workspace.asRelativePath(folder) || folder.path}. Its README says how to run mops in CI and on the command line.`);
  return targets.map((t) => t.uri);
}
