// Completion and hover: the core works out what fits at the cursor; this turns it into VS Code items.

import * as vscode from 'vscode';
import { completionsAt, hoverAt, type AssistItem, type AssistKind } from '../core';
import { toRange } from './diagnostics';
import { isYaml, type Playbooks } from './playbooks';

const KIND: Record<AssistKind, vscode.CompletionItemKind> = {
  enum: vscode.CompletionItemKind.EnumMember,
  property: vscode.CompletionItemKind.Property,
  person: vscode.CompletionItemKind.User,
  tool: vscode.CompletionItemKind.Module,
  stage: vscode.CompletionItemKind.Event,
  workflow: vscode.CompletionItemKind.Class,
  program: vscode.CompletionItemKind.Folder,
  channel: vscode.CompletionItemKind.Constant,
  role: vscode.CompletionItemKind.TypeParameter,
  token: vscode.CompletionItemKind.Variable,
  utm: vscode.CompletionItemKind.Field,
  sop: vscode.CompletionItemKind.Snippet,
  id: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Snippet,
};

function toItem(item: AssistItem): vscode.CompletionItem {
  const completion = new vscode.CompletionItem(item.label, KIND[item.kind] ?? vscode.CompletionItemKind.Value);
  if (item.detail) completion.detail = item.detail;
  if (item.documentation) completion.documentation = new vscode.MarkdownString(item.documentation);
  const text = item.insertText ?? item.label;
  completion.insertText = item.snippet ? new vscode.SnippetString(text) : text;
  if (item.range) completion.range = toRange(item.range);
  if (item.sortText) completion.sortText = item.sortText;
  if (item.additionalEdits) completion.additionalTextEdits = item.additionalEdits.map((e) => new vscode.TextEdit(toRange(e.range), e.newText));
  return completion;
}

/** Characters after which completion opens by itself: a value, a list item, a token, a URL parameter. */
export const TRIGGERS = [' ', ':', '-', '{', '?', '&', '='];

export class Assist implements vscode.CompletionItemProvider, vscode.HoverProvider {
  constructor(private readonly playbooks: Playbooks) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const located = this.located(document);
    if (!located) return undefined;
    const items = completionsAt(located.playbook.workspace, located.path, document.offsetAt(position));
    return items.length > 0 ? items.map(toItem) : undefined;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const located = this.located(document);
    if (!located) return undefined;
    const hover = hoverAt(located.playbook.workspace, located.path, document.offsetAt(position));
    if (!hover) return undefined;
    const markdown = new vscode.MarkdownString(hover.markdown);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(hover.range));
  }

  /** The document's playbook file, with the workspace holding exactly the buffer's text. */
  private located(document: vscode.TextDocument) {
    if (!isYaml(document)) return undefined;
    this.playbooks.sync(document);
    return this.playbooks.locate(document.uri);
  }
}
