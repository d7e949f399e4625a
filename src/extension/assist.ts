// Completion and hover: the core works out what fits at the cursor; this turns it into VS Code items.

import * as vscode from 'vscode';
import { completionsAt, hoverAt, markdownText, policyRules, type AssistItem, type AssistKind, type Range } from '../core';
import { toRange } from './diagnostics';
import { isYaml, type Playbook, type Playbooks } from './playbooks';

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
    const { workspace } = located.playbook;
    const hover = hoverAt(workspace, located.path, document.offsetAt(position));
    const policies = this.policyNotes(located.playbook, located.path, position);
    if (!hover && !policies) return undefined;
    const markdown = new vscode.MarkdownString([hover?.markdown, policies?.markdown].filter(Boolean).join('\n\n---\n\n'));
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(hover?.range ?? policies!.range));
  }

  /**
   * For a team policy's finding under the cursor, what the policy is for (its description, which the
   * diagnostic's sentence does not say) and a link to its document: the policy is its own documentation.
   */
  private policyNotes(playbook: Playbook, path: string, position: vscode.Position): { markdown: string; range: Range } | undefined {
    const here = playbook.workspace.findings(path).filter((f) => f.rule.startsWith('policy/') && f.rule !== 'policy/invalid' && toRange(f.range).contains(position));
    if (here.length === 0) return undefined;
    const rules = policyRules(playbook.workspace);
    const notes = [...new Set(here.map((f) => f.rule))].flatMap((id) => {
      const policy = rules.find((r) => r.id === id);
      if (!policy?.source) return [];
      const link = playbook.uri(policy.source.file).with({ fragment: `L${policy.source.line + 1}` });
      return [`**${markdownText(policy.title ?? id)}** (\`${id}\`)${policy.help ? `\n\n${markdownText(policy.help)}` : ''}\n\n[The policy, in ${markdownText(policy.source.file)}](${link.toString()})`];
    });
    return notes.length > 0 ? { markdown: notes.join('\n\n'), range: here[0].range } : undefined;
  }

  /** The document's playbook file, with the workspace holding exactly the buffer's text. */
  private located(document: vscode.TextDocument) {
    if (!isYaml(document)) return undefined;
    this.playbooks.sync(document);
    return this.playbooks.locate(document.uri);
  }
}
