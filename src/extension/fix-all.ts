// The command "mops: Fix all problems in this file": every fix of the file as one WorkspaceEdit on the live
// document (undoable, touching only the text the fixes name), then what it fixed and what remains. The quick
// fixes, fix all as a code action (`source.fixAll.mops`) and disable comments come from the language server.

import * as vscode from 'vscode';
import { fixAllEdits, type Finding, type TextEdit } from '../core';
import { findingsOf, type Playbooks } from './playbooks';
import { toRange } from './ranges';

function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

/** The edits of "fix all" (the core's selection, as `mops fix` makes it), and the findings they fix. */
function fixAllPlan(findings: readonly Finding[]): { edits: TextEdit[]; fixed: Finding[] } {
  const edits = fixAllEdits(findings);
  // The selection takes a finding's fix whole, as the same edit objects: a finding is fixed when all of its are taken.
  const taken = new Set(edits);
  const fixed = findings.filter((f) => {
    const first = f.fixes[0]?.edits ?? [];
    return first.length > 0 && first.every((e) => taken.has(e));
  });
  return { edits, fixed };
}

/** What "Fix all problems in this file" did: how many problems it fixed, and what remains (by rule). */
export interface FixAllOutcome {
  fixed: number;
  remaining: number;
  message: string;
}

/** "3 × ref/unknown-person, 1 × brief/gate-missing": what remains, most frequent first. */
function byRule(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `${n} × ${rule}`).join(', ');
}

const problems = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

/** The command behind "mops: Fix all problems in this file": applies every fix, then says what it fixed and what remains. */
export async function fixAllInEditor(playbooks: Playbooks, editor: vscode.TextEditor | undefined): Promise<FixAllOutcome | undefined> {
  if (!editor) {
    void vscode.window.showInformationMessage('Open a playbook file to fix its problems.');
    return undefined;
  }
  const name = vscode.workspace.asRelativePath(editor.document.uri);
  const current = findingsOf(playbooks, editor.document);
  if (!current) {
    void vscode.window.showInformationMessage(`${name} is not a file of a mops playbook: there is nothing for mops to fix.`);
    return undefined;
  }
  const { edits, fixed } = fixAllPlan(current.findings);
  // Computed on this version of the text, with no wait before sending: VS Code refuses the edit if the
  // document moved on meanwhile, and nothing changes.
  if (edits.length > 0 && !(await vscode.workspace.applyEdit(workspaceEdit(editor.document.uri, edits)))) {
    void vscode.window.showErrorMessage(`${name} changed while mops was fixing it; nothing was changed. Try again.`);
    return undefined;
  }
  const after = findingsOf(playbooks, editor.document)?.findings ?? [];
  // Two fixes of one value cannot both be taken at once: what is still fixable needs another run.
  const again = after.filter((f) => f.fixes.length > 0).length;
  const rest =
    after.length > 0
      ? `${problems(after.length)} remain${after.length === 1 ? 's' : ''}: ${byRule(after)}${again > 0 ? ` (${again} fixable by running the command again)` : ''}.`
      : 'No problem remains.';
  const message =
    fixed.length > 0
      ? `Fixed ${problems(fixed.length)} in ${name}. ${rest}`
      : after.length === 1
        ? `Nothing fixed in ${name}: its one problem (${after[0].rule}) has no automatic fix.`
        : after.length > 1
          ? `Nothing fixed in ${name}: none of its ${problems(after.length)} has an automatic fix (${byRule(after)}).`
          : `${name} has no problems to fix.`;
  const show = after.length > 0 ? 'Show Problems' : undefined;
  void vscode.window.showInformationMessage(message, ...(show ? [show] : [])).then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
  return { fixed: fixed.length, remaining: after.length, message };
}
