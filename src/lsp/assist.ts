// Completion and hover: the core works out what fits at the cursor; this turns it into LSP items. A hover on a
// team policy's finding adds what the policy is for and a link to its document (the policy is its own documentation).

import { InsertTextMode, MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver';
import { completionsAt, hoverAt, markdownText, policyRules, type Range } from '../core';
import { guard, openInPlaybook, type Feature } from './context';
import { toCompletionItem, toRange } from './convert';
import type { Playbook } from './playbooks';

/** Characters after which completion opens by itself: a value, a list item, a token, a URL parameter (as the extension). */
export const TRIGGERS = [' ', ':', '-', '{', '?', '&', '='];

function contains(range: Range, position: Position): boolean {
  const after = (p: Position, q: Position) => p.line > q.line || (p.line === q.line && p.character >= q.character);
  return after(position, range.start) && after(range.end, position);
}

/** What a team policy whose finding is under the cursor is for, with a link to it. */
function policyNotes(playbook: Playbook, path: string, position: Position): { markdown: string; range: Range } | undefined {
  const here = playbook.workspace.findings(path).filter((f) => f.rule.startsWith('policy/') && f.rule !== 'policy/invalid' && contains(f.range, position));
  if (here.length === 0) return undefined;
  const rules = policyRules(playbook.workspace);
  const notes = [...new Set(here.map((f) => f.rule))].flatMap((id) => {
    const policy = rules.find((r) => r.id === id);
    if (!policy?.source) return [];
    const link = `${playbook.uriOf(policy.source.file)}#L${policy.source.line + 1}`;
    return [`**${markdownText(policy.title ?? id)}** (\`${id}\`)${policy.help ? `\n\n${markdownText(policy.help)}` : ''}\n\n[The policy, in ${markdownText(policy.source.file)}](${link})`];
  });
  return notes.length > 0 ? { markdown: notes.join('\n\n'), range: here[0].range } : undefined;
}

export const assist: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: TRIGGERS, resolveProvider: false }, hoverProvider: true }),

  register(context) {
    const { connection } = context;
    connection.onCompletion(
      guard(context, 'textDocument/completion', null as CompletionItem[] | null, async (params) => {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        const { document, playbook, path } = found;
        const items = completionsAt(playbook.workspace, path, document.offsetAt(params.position));
        const line = document.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } });
        const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
        const item = context.client.textDocument?.completion?.completionItem;
        const completion = context.client.textDocument?.completion;
        const support = {
          snippets: item?.snippetSupport === true,
          markdown: item?.documentationFormat?.includes(MarkupKind.Markdown) ?? false,
          adjustsIndentation: completion?.insertTextMode === InsertTextMode.adjustIndentation,
        };
        const converted = items.flatMap((i) => toCompletionItem(i, indent, support) ?? []);
        return converted.length > 0 ? converted : null;
      }),
    );
    connection.onHover(
      guard(context, 'textDocument/hover', null as Hover | null, async (params) => {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        const { document, playbook, path } = found;
        const hover = hoverAt(playbook.workspace, path, document.offsetAt(params.position));
        const policies = policyNotes(playbook, path, params.position);
        if (!hover && !policies) return null;
        const value = [hover?.markdown, policies?.markdown].filter(Boolean).join('\n\n---\n\n');
        return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(hover?.range ?? policies!.range) };
      }),
    );
  },
};
