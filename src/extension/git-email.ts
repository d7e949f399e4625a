// git's user.email for a folder, read through VS Code's built-in Git extension: no child process, so it works in
// remote windows as the Git extension does; in the browser (no Git extension) there is none, and the My Queue view
// asks for the mops.queue.person setting instead.

import * as vscode from 'vscode';

/** The part of the Git extension's API (vscode.git, API version 1) that this reads. */
interface GitRepository {
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}
interface GitExtension {
  enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** What was found, or why nothing was, in words for the view's message. */
export type GitEmail = { email: string } | { why: string };

export async function gitEmail(folder: vscode.Uri): Promise<GitEmail> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return { why: "VS Code's Git extension is not available here" };
  try {
    const git = extension.isActive ? extension.exports : await extension.activate();
    if (!git.enabled) return { why: "VS Code's Git extension is disabled (git.enabled)" };
    const repository = git.getAPI(1).getRepository(folder);
    if (!repository) return { why: 'the playbook is not in a git repository that VS Code has opened' };
    const read = async (get: () => Promise<string>) => (await get().catch(() => '')).trim();
    const email = (await read(() => repository.getConfig('user.email'))) || (await read(() => repository.getGlobalConfig('user.email')));
    return email ? { email } : { why: 'git config user.email is not set' };
  } catch (error) {
    return { why: `git could not be asked (${(error as Error).message})` };
  }
}
