// "mops: Build a tracked (UTM) link": the landing page, then source and medium (only the pairs the UTM
// standard allows), the campaign (the brief being edited, or a pick), the content from the asset naming
// convention. The finished link is shown and checked by the same rules as `mops check` against its brief;
// then it is added to the brief's `links` (one undoable edit) or copied, as the user picks.

import * as vscode from 'vscode';
import { appendListEntry, buildTrackedLink, matchName, namingOf, rec, str, utmOf, type Finding, type ParsedDocument } from '../../core';
import type { Playbook } from '../playbooks';
import { askToken } from './new-brief';
import { activeBrief, type CommandHost } from './shared-legacy';

/** Answers given up front (tests, keybindings); each one given skips its question. */
export interface LinkAnswers {
  landing?: string;
  source?: string;
  medium?: string;
  campaign?: string;
  content?: string;
  /** What to do with the valid link: add it to the campaign's brief, or copy it. Asked when not given. */
  action?: 'insert' | 'copy';
}

async function askContent(playbook: Playbook, campaign: string): Promise<string | undefined> {
  const template = namingOf(playbook.workspace.view())?.targets.get('asset');
  if (!template) return vscode.window.showInputBox({ title: 'Tracked link: utm_content (optional)', ignoreFocusOut: true });
  const tokens = template.parts.filter((p) => p.kind !== 'literal');
  let content = '';
  for (const part of template.parts) {
    if (part.kind === 'literal') content += part.text;
    else {
      const value = await askToken(part, { what: 'Tracked link: utm_content', so: content, step: tokens.indexOf(part) + 1, of: tokens.length }, campaign.slice(0, 4));
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

/** The brief the link belongs to: the one being edited, else the brief whose id is the campaign. */
function briefOf(host: CommandHost, playbook: Playbook, campaign: string): { path: string; uri: vscode.Uri } | undefined {
  const active = activeBrief(host.playbooks());
  if (active && active.playbook === playbook && active.doc.id === campaign) return { path: active.path, uri: active.editor.document.uri };
  const doc = playbook.workspace.documents('Brief').find((d) => d.id === campaign);
  return doc && { path: doc.path, uri: playbook.uri(doc.path) };
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

  const brief = briefOf(host, playbook, campaign);
  const entry = { name: content || source, url: link };
  // Checked against its brief before anything else, whether it is then added or copied (into an ad platform).
  const problems = brief ? await trial(host, brief.uri, entry) : [];
  if (problems.length > 0) {
    void vscode.window.showErrorMessage(`The link breaks the UTM standard, so it was neither added nor copied: ${problems.map((f) => f.message).join(' ')}`);
    return undefined;
  }
  const action = given.action ?? (await pickAction(link, campaign, brief !== undefined));
  if (!action) return undefined;
  if (action === 'copy') {
    await vscode.env.clipboard.writeText(link);
    void vscode.window.showInformationMessage(`Tracked link copied: ${link}`);
    return link;
  }
  if (!brief) {
    void vscode.window.showErrorMessage(`The link was not added: the playbook has no brief with the id ${campaign}.`);
    return undefined;
  }
  return (await insert(host, brief.uri, campaign, entry)) ? link : undefined;
}

/** The last step: the finished link, and what to do with it. */
async function pickAction(link: string, campaign: string, hasBrief: boolean): Promise<'insert' | 'copy' | undefined> {
  const items: Array<vscode.QuickPickItem & { action: 'insert' | 'copy' }> = [
    ...(hasBrief ? [{ label: '$(add) Add to brief', description: `to ${campaign}'s links`, detail: link, action: 'insert' as const }] : []),
    { label: '$(copy) Copy link', description: 'to the clipboard', detail: link, action: 'copy' },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Tracked link: ready and checked. Add it to the brief, or copy it?', ignoreFocusOut: true }))?.action;
}

/** The brief's edits that add the entry, computed on its text as it is now, or why they cannot be. */
async function entryEdits(host: CommandHost, uri: vscode.Uri, entry: { name: string; url: string }) {
  const document = await vscode.workspace.openTextDocument(uri);
  const located = host.playbooks().locate(uri);
  if (located) host.playbooks().sync(document);
  const brief: ParsedDocument | undefined = located?.playbook.workspace.parsed(located.path)?.documents.find((d) => d.kind === 'Brief');
  if (!located || !brief) return `${vscode.workspace.asRelativePath(uri)} is no longer a brief.`;
  const edits = appendListEntry(brief, 'links', entry, { order: ['name', 'url'], after: 'history' });
  if (typeof edits === 'string') return edits;
  const ranges = edits.map((e) => ({ range: new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), text: e.newText }));
  return { document, located, ranges };
}

/** The new findings the entry would bring to its brief (none when it cannot be added: insert says why). */
async function trial(host: CommandHost, uri: vscode.Uri, entry: { name: string; url: string }): Promise<Finding[]> {
  const planned = await entryEdits(host, uri, entry);
  return typeof planned === 'string' ? [] : verdicts(planned.located.playbook, planned.located.path, applyTo(planned.document, planned.ranges));
}

async function insert(host: CommandHost, uri: vscode.Uri, campaign: string, entry: { name: string; url: string }): Promise<boolean> {
  // The user may have typed in the brief while answering: the edit is computed on the text as it is now.
  const planned = await entryEdits(host, uri, entry);
  if (typeof planned === 'string') {
    void vscode.window.showErrorMessage(`The link was not added: ${planned}`);
    return false;
  }
  const { document, located, ranges } = planned;
  const problems = verdicts(located.playbook, located.path, applyTo(document, ranges));
  if (problems.length > 0) {
    void vscode.window.showErrorMessage(`The link breaks the UTM standard, so it was not added: ${problems.map((f) => f.message).join(' ')}`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const r of ranges) edit.replace(document.uri, r.range, r.text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(document.uri)} changed while mops was adding the link; nothing was changed. Try again.`);
    return false;
  }
  void vscode.window.showInformationMessage(`Tracked link added to ${campaign}'s links: ${entry.url}`);
  return true;
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
