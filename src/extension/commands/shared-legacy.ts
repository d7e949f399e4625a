// TEMPORARY (issue 17): what the commands not yet moved to the language server's requests share; removed with
// the extension's own playbooks once every command asks the server.

import * as vscode from 'vscode';
import type { ParsedDocument } from '../../core';
import type { Playbook, Playbooks } from '../playbooks';

import type { CommandHost as ServerHost } from './shared';

export interface CommandHost extends ServerHost {
  playbooks(): Playbooks;
  /** Resolves when the extension's own playbooks are read (read on the first command that needs them). */
  ready(): Promise<void>;
  /**
   * Reads every playbook again: the language server's too, unless `server` is false (the server watches the
   * disk itself; restarting it only to see new files would drop what it watched meanwhile).
   */
  restart(options?: { server: boolean }): Promise<void>;
}

/** The playbook of the active editor, or the only one, or the one the user picks. */
export async function pickPlaybook(playbooks: Playbooks): Promise<Playbook | undefined> {
  const all = playbooks.all();
  const active = vscode.window.activeTextEditor?.document.uri;
  const located = active && playbooks.locate(active);
  if (located) return located.playbook;
  if (all.length <= 1) {
    if (all.length === 0) void vscode.window.showInformationMessage('mops found no playbook here: run "mops: Create a playbook", or add a mops.config.yaml to the folder that holds yours.');
    return all[0];
  }
  const picked = await vscode.window.showQuickPick(
    all.map((p) => ({ label: p.name, description: p.root.fsPath || p.root.toString(), playbook: p })),
    { title: 'Which playbook?' },
  );
  return picked?.playbook;
}

/** Opens a document of a playbook with the cursor at an offset of its file (default: the document's start). */
export async function openAt(playbook: Playbook, doc: ParsedDocument, offset = doc.start): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(playbook.uri(doc.path));
  const position = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The brief of the active editor, when it shows one (the first Brief document of its file). */
export function activeBrief(playbooks: Playbooks): { playbook: Playbook; path: string; doc: ParsedDocument; editor: vscode.TextEditor } | undefined {
  const editor = vscode.window.activeTextEditor;
  const located = editor && playbooks.locate(editor.document.uri);
  if (!editor || !located) return undefined;
  playbooks.sync(editor.document);
  const doc = located.playbook.workspace.parsed(located.path)?.documents.find((d) => d.kind === 'Brief');
  return doc && { playbook: located.playbook, path: located.path, doc, editor };
}

/** A folder setting relative to the playbook root (or absolute) as a URI. */
export function folderOf(playbook: Playbook, folder: string): vscode.Uri {
  return /^([a-z]:)?[\\/]/i.test(folder) ? vscode.Uri.file(folder) : vscode.Uri.joinPath(playbook.root, ...folder.split(/[\\/]/).filter(Boolean));
}
