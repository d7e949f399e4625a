// "mops: Create a playbook": scaffolds a small, complete playbook (the same files as `mops init`) into a
// folder, refusing to overwrite anything (a .gitignore there only gets the lines it lacks). The language server
// writes the texts (`mops/scaffold`) and takes the new playbook in through its file watcher.

import * as vscode from 'vscode';
import { SCAFFOLD_REQUEST, type ScaffoldParams, type ScaffoldResult } from '../../lsp/protocol-brief';
import type { CommandHost } from './shared';

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
  const ignore = vscode.Uri.joinPath(folder, '.gitignore');
  const existing = (await exists(ignore)) ? ((await readText(ignore)) ?? '') : undefined;
  const { files, gitignore } = await host.request<ScaffoldResult>(SCAFFOLD_REQUEST, { name, ...(existing !== undefined ? { gitignore: existing } : {}) } satisfies ScaffoldParams);
  if (files.length === 0) {
    void vscode.window.showErrorMessage('No playbook was created: the mops language server did not answer with its files (see the mops output).');
    return undefined;
  }
  const targets = files.map((f) => ({ path: f.path, uri: vscode.Uri.joinPath(folder, ...f.path.split('/')), text: f.text }));
  const taken = [];
  const edit = new vscode.WorkspaceEdit();
  for (const t of targets) {
    if (!(await exists(t.uri))) continue;
    if (t.path !== '.gitignore') taken.push(vscode.workspace.asRelativePath(t.uri));
    else if (gitignore !== null) edit.createFile(t.uri, { overwrite: true, contents: new TextEncoder().encode(gitignore) });
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
  // The server takes the new mops.config.yaml in through its file watcher: no restart, which would drop what it watched meanwhile.
  await host.idle();
  const brief = targets.find((t) => /\.ya?ml$/.test(t.uri.path) && t.path.startsWith('campaigns/'));
  if (brief) await vscode.window.showTextDocument(brief.uri);
  void vscode.window.showInformationMessage(`Created a playbook of ${targets.length} files in ${vscode.workspace.asRelativePath(folder) || folder.path}. Its README says how to run mops in CI and on the command line.`);
  return targets.map((t) => t.uri);
}
