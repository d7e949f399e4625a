// Quick fixes from the core's fixes, "fix all mops problems in this file" (also as `source.fixAll.mops` for
// fix-on-save), and "disable RULE for this line". Each action is a WorkspaceEdit of the few ranges the fix
// names, versioned when the client supports it so that an edit computed on an older text is refused.

import { CodeActionKind, type CodeAction, type Range as LspRange, type WorkspaceEdit } from 'vscode-languageserver';
import { disableEdit, fixAllEdits, type TextEdit } from '../core';
import { guard, type Feature, type ServerContext } from './context';
import { isDiagnosticOf, toRange, toTextEdit } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mops`;

/** Whether a kind asked for (`only`) takes in `kind`: the same kind or one of its parents. */
function covers(asked: string, kind: string): boolean {
  return kind === asked || kind.startsWith(`${asked}.`);
}

function overlaps(a: LspRange, b: LspRange): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function workspaceEdit(context: ServerContext, uri: string, version: number, edits: readonly TextEdit[]): WorkspaceEdit {
  const textEdits = edits.map(toTextEdit);
  if (context.client.workspace?.workspaceEdit?.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits: textEdits }] };
  return { changes: { [uri]: textEdits } };
}

export const codeActions: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } }),

  register(context) {
    context.connection.onCodeAction(
      guard(context, 'textDocument/codeAction', [] as CodeAction[], async (params) => {
        const { playbooks, documents } = context;
        await playbooks.ready;
        const document = documents.current(params.textDocument.uri);
        const located = playbooks.locate(params.textDocument.uri);
        if (!document || !located) return [];
        const { uri, version } = document;
        const findings = located.playbook.workspace.findings(located.path);
        const only = params.context.only;
        if (only && only.length > 0) {
          // `source.fixAll` (on save), `source`, or this kind itself: the fix-all action, when it changes something.
          if (only.some((k) => covers(k, FIX_ALL_KIND) || covers(FIX_ALL_KIND, k))) {
            const edits = fixAllEdits(findings);
            return edits.length > 0 ? [{ title: 'Fix all mops problems in this file', kind: FIX_ALL_KIND, edit: workspaceEdit(context, uri, version, edits) }] : [];
          }
          if (!only.some((k) => covers(k, CodeActionKind.QuickFix))) return [];
        }
        const here = findings.filter((f) => overlaps(toRange(f.range), params.range));
        const diagnosticOf = (finding: (typeof findings)[number]) => params.context.diagnostics.find((d) => isDiagnosticOf(d, finding));
        const actions: CodeAction[] = [];
        for (const finding of here) {
          const diagnostic = diagnosticOf(finding);
          finding.fixes.forEach((fix, i) => {
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              edit: workspaceEdit(context, uri, version, fix.edits),
              ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
              isPreferred: i === 0 && finding.fixes.length === 1,
            });
          });
        }
        const fixable = findings.filter((f) => f.fixes.length > 0);
        if (here.some((f) => f.fixes.length > 0) && fixable.length > 1) {
          actions.push({ title: `Fix all ${fixable.length} fixable mops problems in this file`, kind: CodeActionKind.QuickFix, edit: workspaceEdit(context, uri, version, fixAllEdits(findings)) });
        }
        const parsed = located.playbook.workspace.parsed(located.path);
        const disabled = new Set<string>();
        for (const finding of here) {
          const key = `${finding.rule}@${finding.range.start.line}`;
          if (!parsed || disabled.has(key)) continue;
          disabled.add(key);
          const edit = disableEdit(parsed, finding.range.start.line, finding.rule);
          if (!edit) continue;
          const diagnostic = diagnosticOf(finding);
          actions.push({
            title: `Disable ${finding.rule} for this line`,
            kind: CodeActionKind.QuickFix,
            edit: workspaceEdit(context, uri, version, [edit]),
            ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
          });
        }
        return actions;
      }),
    );
  },
};
