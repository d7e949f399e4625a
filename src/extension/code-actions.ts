// Quick fixes from the core's fixes, "fix all mops problems" (also as `source.fixAll.mops` for save
// actions) and "disable RULE for this line". Every action is a WorkspaceEdit on the live document:
// undoable, and touching only the text the fix names, so comments and formatting stay.

import * as vscode from 'vscode';
import { disableEdit, type Finding, type TextEdit } from '../core';
import { SOURCE, toRange } from './diagnostics';
import { findingsOf, isYaml, type Playbooks } from './playbooks';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('mops');

function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

/** The first fix of each finding, skipping any whose edits overlap one already taken. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const before = (a: vscode.Position, b: vscode.Position) => a.isBefore(b);
  const overlaps = (a: TextEdit, b: TextEdit) => {
    const [ra, rb] = [toRange(a.range), toRange(b.range)];
    return before(ra.start, rb.end) && before(rb.start, ra.end);
  };
  for (const finding of findings) {
    const edits = finding.fixes[0]?.edits;
    if (!edits || edits.some((e) => taken.some((t) => overlaps(e, t) || (toRange(e.range).isEmpty && toRange(t.range).isEqual(toRange(e.range)))))) continue;
    taken.push(...edits);
  }
  return taken;
}

function matches(diagnostic: vscode.Diagnostic, finding: Finding): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return diagnostic.source === SOURCE && code === finding.rule && diagnostic.range.isEqual(toRange(finding.range));
}

export class CodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly playbooks: Playbooks) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isYaml(document)) return [];
    const current = findingsOf(this.playbooks, document);
    if (!current) return [];
    const { findings, located } = current;
    const only = context.only;
    // `source.fixAll` (on save) or a request for source actions: the fix-all action, when it changes something.
    if (only && (only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only))) {
      const edits = fixAllEdits(findings);
      return edits.length > 0 ? [this.fixAll(document, edits, FIX_ALL_KIND)] : [];
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const here = findings.filter((f) => toRange(f.range).intersection(range) !== undefined);
    const actions: vscode.CodeAction[] = [];
    for (const finding of here) {
      const diagnostic = context.diagnostics.find((d) => matches(d, finding));
      finding.fixes.forEach((fix, i) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEdit(document.uri, fix.edits);
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = i === 0 && finding.fixes.length === 1;
        actions.push(action);
      });
    }
    const fixable = findings.filter((f) => f.fixes.length > 0);
    if (here.some((f) => f.fixes.length > 0) && fixable.length > 1) {
      actions.push(this.fixAll(document, fixAllEdits(findings), vscode.CodeActionKind.QuickFix, fixable.length));
    }
    const parsed = located.playbook.workspace.parsed(located.path);
    const disabled = new Set<string>();
    for (const finding of here) {
      const key = `${finding.rule}@${finding.range.start.line}`;
      if (!parsed || disabled.has(key)) continue;
      disabled.add(key);
      const edit = disableEdit(parsed, finding.range.start.line, finding.rule);
      if (!edit) continue;
      const action = new vscode.CodeAction(`Disable ${finding.rule} for this line`, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(document.uri, [edit]);
      const diagnostic = context.diagnostics.find((d) => matches(d, finding));
      if (diagnostic) action.diagnostics = [diagnostic];
      actions.push(action);
    }
    return actions;
  }

  private fixAll(document: vscode.TextDocument, edits: TextEdit[], kind: vscode.CodeActionKind, count?: number): vscode.CodeAction {
    const title = count ? `Fix all ${count} fixable mops problems in this file` : 'Fix all mops problems in this file';
    const action = new vscode.CodeAction(title, kind);
    action.edit = workspaceEdit(document.uri, edits);
    return action;
  }
}

/** The command behind "mops: Fix all problems in this file". */
export async function fixAllInEditor(playbooks: Playbooks, editor: vscode.TextEditor | undefined): Promise<number> {
  if (!editor) return 0;
  const current = findingsOf(playbooks, editor.document);
  if (!current) return 0;
  const edits = fixAllEdits(current.findings);
  if (edits.length === 0) return 0;
  // Computed on this version of the text, with no wait before sending: VS Code refuses the edit if the
  // document moved on meanwhile, and nothing changes.
  return (await vscode.workspace.applyEdit(workspaceEdit(editor.document.uri, edits))) ? edits.length : 0;
}
