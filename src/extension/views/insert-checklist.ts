// "Insert as checklist": an SOP's steps at the cursor of the active editor, as YAML list items in YAML and as
// Markdown task items elsewhere, in one snippet edit of the live buffer (one undo takes it back).

import * as vscode from 'vscode';
import { yamlScalar } from '../../core';
import type { ParsedDocument } from '../../core';
import { isYaml, type Playbook, type Playbooks } from '../playbooks';
import { ownDocuments } from './common';
import { stepsOf, titleOf, type SopNode } from './sops';

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

/** The SOP a command was given: a tree node, an SOP id, or (from the palette) the one the user picks. */
async function sopFrom(playbooks: Playbooks, arg: unknown): Promise<Sop | undefined> {
  if (isSopNode(arg)) return arg;
  const all = playbooks.all().flatMap((playbook) => ownDocuments(playbooks, playbook, 'Sop').map((doc) => ({ playbook, doc })));
  if (typeof arg === 'string') return all.find((s) => s.doc.id === arg);
  if (all.length === 0) {
    void vscode.window.showInformationMessage('This playbook has no SOPs yet: create one with the "mops-sop" snippet in a new YAML file.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    all.map((sop) => ({ label: titleOf(sop.doc), description: sop.doc.id, detail: `${stepsOf(sop.doc).length} steps · ${sop.doc.path}`, sop })),
    { title: 'Insert an SOP as a checklist', matchOnDescription: true },
  );
  return picked?.sop;
}

function isSopNode(arg: unknown): arg is SopNode {
  return typeof arg === 'object' && arg !== null && (arg as { type?: unknown }).type === 'sop' && 'doc' in arg;
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
    void vscode.window.showInformationMessage(`The SOP '${titleOf(current)}' has no steps to insert.`);
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
