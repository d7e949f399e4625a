// "mops: Build a tracked (UTM) link": the landing page, then source and medium (only the pairs the UTM
// standard allows), the campaign from the brief being edited, the content from the asset naming
// convention; the link is checked by the same rules as `mops check` before it is added to the brief's
// `links` (one undoable edit) or copied.

import * as vscode from 'vscode';
import { appendListEntry, buildTrackedLink, matchName, namingOf, rec, str, utmOf, type Finding } from '../../core';
import type { Playbook } from '../playbooks';
import { activeBrief, type CommandHost } from './shared';
import { askToken } from './new-brief';

/** Answers given up front (tests, keybindings); each one given skips its question. */
export interface LinkAnswers {
  landing?: string;
  source?: string;
  medium?: string;
  campaign?: string;
  content?: string;
  /** What to do with a valid link: add it to the brief (default when one is open) or copy it only. */
  action?: 'insert' | 'copy';
}

async function askContent(playbook: Playbook, campaign: string): Promise<string | undefined> {
  const template = namingOf(playbook.workspace.view())?.targets.get('asset');
  if (!template) return vscode.window.showInputBox({ title: 'Tracked link: utm_content (optional)', ignoreFocusOut: true });
  let content = '';
  for (const part of template.parts) {
    if (part.kind === 'literal') content += part.text;
    else {
      const value = await askToken(part, content, campaign.slice(0, 4));
      if (value === undefined) return undefined;
      content += value;
    }
  }
  const matched = matchName(template, content);
  if (!matched.ok) void vscode.window.showWarningMessage(`'${content}' does not follow the asset naming convention: ${matched.message}`);
  return content;
}

/** The findings the new link brings: the rules of `mops check` on a trial copy, less those already there. */
function verdicts(playbook: Playbook, path: string, newText: string): Finding[] {
  const before = new Set(playbook.workspace.findings(path).map((f) => `${f.rule} ${f.message}`));
  return playbook.workspace.findingsIf(path, newText).filter((f) => f.severity !== 'info' && !before.has(`${f.rule} ${f.message}`));
}

export async function buildLink(host: CommandHost, given: LinkAnswers = {}): Promise<string | undefined> {
  await host.idle();
  const target = activeBrief(host.playbooks());
  const playbook = target?.playbook ?? host.playbooks().all()[0];
  if (!playbook) {
    void vscode.window.showInformationMessage('mops found no playbook here: open a brief of your playbook first.');
    return undefined;
  }
  const standard = utmOf(playbook.workspace.view());
  const values = (name: string) => standard?.params.get(name)?.values ?? [];
  const domains = standard?.domains ?? [];
  const landing =
    given.landing ??
    (await vscode.window.showInputBox({
      title: 'Tracked link: the landing page',
      value: `https://${domains[0] ?? 'www.example.com'}/`,
      prompt: domains.length > 0 ? `Allowed domains: ${domains.join(', ')}` : undefined,
      ignoreFocusOut: true,
      validateInput: (value) => {
        try {
          const host = new URL(buildTrackedLink(value, [])).hostname;
          return domains.length > 0 && !domains.includes(host) ? `${host} is not an allowed landing domain (${domains.join(', ')})` : undefined;
        } catch (error) {
          return (error as Error).message;
        }
      },
    }));
  if (!landing) return undefined;
  const source = given.source ?? (await pick('Tracked link: utm_source', values('utm_source')));
  if (!source) return undefined;
  const allowed = standard?.sourceMedium?.get(source) ?? values('utm_medium');
  const medium = given.medium ?? (await pick(`Tracked link: utm_medium (allowed with ${source})`, allowed));
  if (!medium) return undefined;
  const campaign =
    given.campaign ??
    target?.doc.id ??
    (await vscode.window.showQuickPick(
      playbook.workspace.documents('Brief').filter((d) => d.id).map((d) => ({ label: d.id as string, description: str(rec(d.value).title) })),
      { title: 'Tracked link: which campaign (utm_campaign)?' },
    ))?.label;
  if (!campaign) return undefined;
  const content = given.content ?? (await askContent(playbook, campaign));
  if (content === undefined) return undefined;
  const link = buildTrackedLink(landing, [
    ['utm_source', source],
    ['utm_medium', medium],
    ['utm_campaign', campaign],
    ['utm_content', content || undefined],
  ]);

  if (target && (given.action ?? 'insert') === 'insert') {
    const document = target.editor.document;
    // The user may have typed in the brief while answering: the edit is computed on the text as it is now.
    const located = document.isClosed ? undefined : host.playbooks().locate(document.uri);
    if (located) host.playbooks().sync(document);
    const brief = located?.playbook.workspace.parsed(located.path)?.documents.find((d) => d.kind === 'Brief');
    if (!located || !brief) {
      void vscode.window.showErrorMessage(`The link was not added: ${vscode.workspace.asRelativePath(document.uri)} is no longer open as a brief.`);
      return undefined;
    }
    const edits = appendListEntry(brief, 'links', { name: content || source, url: link }, { order: ['name', 'url'], after: 'history' });
    if (typeof edits === 'string') {
      void vscode.window.showErrorMessage(`The link was not added: ${edits}`);
      return undefined;
    }
    const ranges = edits.map((e) => ({ range: new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), text: e.newText }));
    const trial = applyTo(document, ranges);
    const problems = verdicts(located.playbook, located.path, trial);
    if (problems.length > 0) {
      void vscode.window.showErrorMessage(`The link breaks the UTM standard, so it was not added: ${problems.map((f) => f.message).join(' ')}`);
      return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const r of ranges) edit.replace(document.uri, r.range, r.text);
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(document.uri)} changed while mops was adding the link; nothing was changed. Try again.`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`Tracked link added to ${campaign}'s links.`);
    return link;
  }
  await vscode.env.clipboard.writeText(link);
  void vscode.window.showInformationMessage(`Tracked link copied: ${link}`);
  return link;
}

async function pick(title: string, options: string[]): Promise<string | undefined> {
  return options.length > 0 ? vscode.window.showQuickPick(options, { title, ignoreFocusOut: true }) : vscode.window.showInputBox({ title, ignoreFocusOut: true });
}

/** The document's text with the edits applied. */
function applyTo(document: vscode.TextDocument, edits: Array<{ range: vscode.Range; text: string }>): string {
  let text = document.getText();
  const sorted = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
  for (const e of sorted) text = text.slice(0, document.offsetAt(e.range.start)) + e.text + text.slice(document.offsetAt(e.range.end));
  return text;
}
