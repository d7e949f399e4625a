// What the commands share: the host they run in (the language server's requests), picking a playbook, opening a
// file at a position, the brief being edited, and folders named by settings.

import * as vscode from 'vscode';
import { PLAYBOOKS_REQUEST, type CommandPosition, type PlaybookRef, type PlaybooksParams, type PlaybooksResult } from '../../lsp/protocol-commands';

export interface CommandHost {
  /** Sends one of the language server's requests (src/lsp/protocol-commands.ts). */
  request<R>(method: string, params?: unknown): Promise<R>;
  /** Reads every playbook again (the server restarts with the current settings). */
  restart(): Promise<void>;
  /** Resolves when the server has applied every edit and file event sent so far. */
  idle(): Promise<void>;
}

/** The playbooks, and where `uri` is among them. */
export function playbooksAt(host: CommandHost, uri?: vscode.Uri): Promise<PlaybooksResult> {
  return host.request<PlaybooksResult>(PLAYBOOKS_REQUEST, (uri ? { uri: uri.toString() } : {}) satisfies PlaybooksParams);
}

/** The playbook of the active editor, or the only one, or the one the user picks. */
export async function pickPlaybook(host: CommandHost): Promise<PlaybookRef | undefined> {
  const { playbooks: all, located } = await playbooksAt(host, vscode.window.activeTextEditor?.document.uri);
  const active = located && all.find((p) => p.uri === located.root);
  if (active) return active;
  if (all.length <= 1) {
    if (all.length === 0) void vscode.window.showInformationMessage('mops found no playbook here: run "mops: Create a playbook", or add a mops.config.yaml to the folder that holds yours.');
    return all[0];
  }
  const picked = await vscode.window.showQuickPick(
    all.map((p) => ({ label: p.name, description: vscode.Uri.parse(p.uri).fsPath || p.uri, playbook: p })),
    { title: 'Which playbook?' },
  );
  return picked?.playbook;
}

/** Opens a file with the cursor at a position (default: its start). */
export async function openAt(uri: vscode.Uri, at: CommandPosition = { line: 0, character: 0 }): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri);
  const position = new vscode.Position(at.line, at.character);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The brief of the active editor, when it shows one (the first Brief document of its file). */
export async function activeBrief(host: CommandHost): Promise<{ root: string; path: string; id: string; editor: vscode.TextEditor } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { located } = await playbooksAt(host, editor.document.uri);
  return located?.brief !== undefined ? { root: located.root, path: located.path, id: located.brief, editor } : undefined;
}

/** A playbook's file as a URI. */
export function uriIn(root: string, path: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.parse(root), ...path.split('/'));
}

/** A folder setting relative to the playbook root (or absolute) as a URI. */
export function folderOf(root: string, folder: string): vscode.Uri {
  return /^([a-z]:)?[\\/]/i.test(folder) ? vscode.Uri.file(folder) : vscode.Uri.joinPath(vscode.Uri.parse(root), ...folder.split(/[\\/]/).filter(Boolean));
}
