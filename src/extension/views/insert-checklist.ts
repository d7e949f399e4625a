// "Insert as checklist": an SOP's steps at the cursor of the active editor, as YAML list items in YAML and as
// Markdown task items elsewhere, in one snippet edit of the live buffer (one undo takes it back). The steps come
// from the server, read from the SOP's text as it is now.

import * as vscode from 'vscode';
import { SOPS_REQUEST, type SopItem, type SopsResult } from '../../lsp/protocol-commands';
import type { TreeClient } from './server-source';

/** The SOP Library's node value (src/core/views/sops.ts). */
const SOP_CONTEXT = 'mops.sop';

/** The checklist text: one item per step. */
export function checklistText(steps: SopItem['steps'], yaml: boolean): string {
  return steps.map((step) => (yaml ? `- ${step.yaml}` : `- [ ] ${step.text}`)).join('\n');
}

interface SopNode {
  contextValue: string;
  open: { uri: string; index: number };
}

function isSopNode(arg: unknown): arg is SopNode {
  const node = arg as Partial<SopNode> | null | undefined;
  return typeof node === 'object' && node !== null && node.contextValue === SOP_CONTEXT && typeof node.open?.uri === 'string';
}

const sameUri = (a: string, b: string) => vscode.Uri.parse(a).toString() === vscode.Uri.parse(b).toString();

/** The SOP a command was given: a tree node, an SOP id, or (from the palette) the one the user picks. */
async function sopFrom(client: TreeClient, arg: unknown): Promise<SopItem | undefined> {
  const { sops } = await client.request<SopsResult>(SOPS_REQUEST);
  if (isSopNode(arg)) return sops.find((s) => sameUri(s.uri, arg.open.uri) && s.index === arg.open.index);
  if (typeof arg === 'string') return sops.find((s) => s.id === arg);
  if (sops.length === 0) {
    void vscode.window.showInformationMessage('This playbook has no SOPs yet: create one with the "mops-sop" snippet in a new YAML file.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    sops.map((sop) => ({ label: sop.title, description: sop.id, detail: `${sop.steps.length} steps · ${sop.path}`, sop })),
    { title: 'Insert an SOP as a checklist', matchOnDescription: true },
  );
  return picked?.sop;
}

/** Inserts the SOP's steps at the cursor; resolves whether anything was inserted. */
export async function insertChecklist(client: TreeClient, arg?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open the file the checklist goes into and put the cursor where it goes, then insert the SOP again.');
    return false;
  }
  const sop = await sopFrom(client, arg);
  if (!sop) return false;
  if (sop.steps.length === 0) {
    void vscode.window.showInformationMessage(`The SOP '${sop.title}' has no steps to insert.`);
    return false;
  }
  const { document, selection } = editor;
  const line = document.lineAt(selection.start.line).text;
  // Mid-line, the list starts on the next line; the editor indents every inserted line like the cursor's line.
  const before = line.slice(0, selection.start.character).trim() === '' ? '' : '\n';
  const after = document.lineAt(selection.end.line).text.slice(selection.end.character).trim() === '' ? '' : '\n';
  const yaml = document.languageId === 'yaml' || /\.ya?ml$/i.test(document.uri.path);
  const snippet = new vscode.SnippetString().appendText(before + checklistText(sop.steps, yaml)).appendTabstop(0).appendText(after);
  return editor.insertSnippet(snippet, selection);
}
