// "Insert as checklist": an SOP's steps at the cursor of the active editor, as YAML list items in YAML and as
// Markdown task items elsewhere, in one snippet edit of the live buffer (one undo takes it back).

import * as vscode from 'vscode';
import { SOP_CONTEXT, sopSteps, sopTitle, yamlScalar, type ParsedDocument, type ViewNode } from '../../core';
import { isYaml, type Playbook, type Playbooks } from '../playbooks';

interface Sop {
  playbook: Playbook;
  doc: ParsedDocument;
}

/** The checklist text: one item per step, each on one line. */
export function checklistText(steps: readonly string[], yaml: boolean): string {
  return steps.map((step) => {
    const line = step.replace(/\s+/g, ' ').trim();
    return yaml ? `- ${yamlScalar(line)}` : `- [ ] ${line}`;
  }).join('\n');
}

/** An SOP's steps' instructions, in order (the same reading as the SOP completions of the core). */
function stepsOf(doc: ParsedDocument): string[] {
  return sopSteps(doc.value).map((step) => step.text);
}

/** The SOP a command was given: a tree node, an SOP id, or (from the palette) the one the user picks. */
async function sopFrom(playbooks: Playbooks, arg: unknown): Promise<Sop | undefined> {
  if (isSopNode(arg)) return sopOfNode(playbooks, arg);
  // Each SOP once: a nested playbook's SOPs are its own, not also the outer playbook's.
  const all = playbooks.all().flatMap((playbook) =>
    playbook.workspace.documents('Sop').filter((doc) => playbooks.locate(playbook.uri(doc.path))?.playbook === playbook).map((doc) => ({ playbook, doc })),
  );
  if (typeof arg === 'string') return all.find((s) => s.doc.id === arg);
  if (all.length === 0) {
    void vscode.window.showInformationMessage('This playbook has no SOPs yet: create one with the "mops-sop" snippet in a new YAML file.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    all.map((sop) => ({ label: sopTitle(sop.doc), description: sop.doc.id, detail: `${stepsOf(sop.doc).length} steps · ${sop.doc.path}`, sop })),
    { title: 'Insert an SOP as a checklist', matchOnDescription: true },
  );
  return picked?.sop;
}

function isSopNode(arg: unknown): arg is ViewNode & { open: NonNullable<ViewNode['open']> } {
  const node = arg as Partial<ViewNode> | null | undefined;
  return typeof node === 'object' && node !== null && node.contextValue === SOP_CONTEXT && typeof node.open?.uri === 'string';
}

/** The SOP an SOP Library node opens. */
function sopOfNode(playbooks: Playbooks, node: { open: NonNullable<ViewNode['open']> }): Sop | undefined {
  const located = playbooks.locate(vscode.Uri.parse(node.open.uri));
  const doc = located?.playbook.workspace.parsed(located.path)?.documents.find((d) => d.index === node.open.index);
  return located && doc && { playbook: located.playbook, doc };
}

/** Inserts the SOP's steps at the cursor; resolves whether anything was inserted. */
export async function insertChecklist(playbooks: Playbooks, arg?: unknown): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open the file the checklist goes into and put the cursor where it goes, then insert the SOP again.');
    return false;
  }
  const sop = await sopFrom(playbooks, arg);
  if (!sop) return false;
  // The node may be from before the last edit of the SOP: read its current steps.
  const current = sop.playbook.workspace.parsed(sop.doc.path)?.documents.find((d) => d.index === sop.doc.index) ?? sop.doc;
  const steps = stepsOf(current);
  if (steps.length === 0) {
    void vscode.window.showInformationMessage(`The SOP '${sopTitle(current)}' has no steps to insert.`);
    return false;
  }
  const { document, selection } = editor;
  const line = document.lineAt(selection.start.line).text;
  // Mid-line, the list starts on the next line; the editor indents every inserted line like the cursor's line.
  const before = line.slice(0, selection.start.character).trim() === '' ? '' : '\n';
  const after = document.lineAt(selection.end.line).text.slice(selection.end.character).trim() === '' ? '' : '\n';
  const snippet = new vscode.SnippetString().appendText(before + checklistText(steps, isYaml(document))).appendTabstop(0).appendText(after);
  return editor.insertSnippet(snippet, selection);
}
