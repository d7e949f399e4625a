// The core's vocabulary in LSP terms: ranges (the same 0-based UTF-16 positions), findings as diagnostics, assist
// items as completion items. One converter, so every handler speaks the same way.

import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type Diagnostic,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { policyRules, ruleDocUrl, type AssistItem, type AssistKind, type Finding, type Range, type TextEdit } from '../core';
import type { Playbook } from './playbooks';

export const SOURCE = 'mops';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function toRange(range: Range): LspRange {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

export function toTextEdit(edit: TextEdit): LspTextEdit {
  return { range: toRange(edit.range), newText: edit.newText };
}

/** Where each rule id links to: a built-in rule's documentation page; a team policy's own document, at its id's line. */
export class RuleLinks {
  private policies?: Map<string, string>;

  constructor(private readonly playbook: Playbook) {}

  href(rule: string): string {
    if (!rule.startsWith('policy/') || rule === 'policy/invalid') return ruleDocUrl(rule);
    this.policies ??= new Map(
      policyRules(this.playbook.workspace).flatMap((p) => (p.source ? [[p.id, `${this.playbook.uriOf(p.source.file)}#L${p.source.line + 1}`] as const] : [])),
    );
    return this.policies.get(rule) ?? ruleDocUrl(rule);
  }
}

export function toDiagnostic(playbook: Playbook, finding: Finding, links: RuleLinks): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: links.href(finding.rule) },
    source: SOURCE,
    message: finding.message,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: playbook.uriOf(r.file), range: toRange(r.range) }, message: r.message }));
  }
  return diagnostic;
}

/** Whether a diagnostic the client sends back (in a code action's context) is this finding's. */
export function isDiagnosticOf(diagnostic: Diagnostic, finding: Finding): boolean {
  const range = toRange(finding.range);
  const same = (a: LspRange) =>
    a.start.line === range.start.line && a.start.character === range.start.character && a.end.line === range.end.line && a.end.character === range.end.character;
  return diagnostic.source === SOURCE && diagnostic.code === finding.rule && same(diagnostic.range);
}

const KIND: Record<AssistKind, CompletionItemKind> = {
  enum: CompletionItemKind.EnumMember,
  property: CompletionItemKind.Property,
  // LSP has no kind for a person (VS Code's User is not in the protocol): a reference to a Team member.
  person: CompletionItemKind.Reference,
  tool: CompletionItemKind.Module,
  stage: CompletionItemKind.Event,
  workflow: CompletionItemKind.Class,
  program: CompletionItemKind.Folder,
  channel: CompletionItemKind.Constant,
  role: CompletionItemKind.TypeParameter,
  token: CompletionItemKind.Variable,
  utm: CompletionItemKind.Field,
  sop: CompletionItemKind.Snippet,
  id: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

/** What the client can show, from its capabilities. */
export interface CompletionSupport {
  snippets: boolean;
  markdown: boolean;
  /** The client indents an item's further lines like the cursor's line by default (VS Code does). */
  adjustsIndentation?: boolean;
}

/**
 * An assist item as a completion item. Lines after the first of an item's text carry only their indentation
 * relative to the cursor's line (see AssistItem): the line's own indentation is added here and the text is
 * inserted as is, so every client indents it alike; a client that adjusts the indentation itself by default
 * gets the text as the core wrote it.
 */
export function toCompletionItem(item: AssistItem, lineIndent: string, support: CompletionSupport): CompletionItem | undefined {
  if (item.snippet && !support.snippets) return undefined;
  const completion: CompletionItem = { label: item.label, kind: KIND[item.kind] ?? CompletionItemKind.Value };
  if (item.detail) completion.detail = item.detail;
  if (item.documentation) completion.documentation = { kind: support.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: item.documentation };
  const raw = item.insertText ?? item.label;
  const text = support.adjustsIndentation ? raw : raw.replace(/\n/g, `\n${lineIndent}`);
  completion.insertTextFormat = item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText;
  if (text.includes('\n')) completion.insertTextMode = support.adjustsIndentation ? InsertTextMode.adjustIndentation : InsertTextMode.asIs;
  // Without a range from the core, the word at the cursor is the client's to pick.
  if (item.range) completion.textEdit = { range: toRange(item.range), newText: text };
  else completion.insertText = text;
  if (item.sortText) completion.sortText = item.sortText;
  if (item.additionalEdits) completion.additionalTextEdits = item.additionalEdits.map(toTextEdit);
  return completion;
}
