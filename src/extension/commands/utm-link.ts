// "mops: Build a tracked (UTM) link": the landing page, then source and medium (only the pairs the UTM
// standard allows), the campaign (the brief being edited, or a pick), the content from the asset naming
// convention. The finished link is shown and checked by the same rules as `mops check` against its brief;
// then it is added to the brief's `links` (one undoable edit) or copied, as the user picks. The questions are
// asked here; the choices, the link, its check and the edit come from the language server.

import * as vscode from 'vscode';
import { LINK_REQUEST, UTM_REQUEST, type LinkNamingPart, type LinkParams, type LinkResult, type UtmParams, type UtmResult } from '../../lsp/protocol-links';
import { applyFileEdits } from '../server/edits';
import { askToken } from './new-brief';
import type { CommandHost } from './shared';

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

/** A record's own entry (a source named `constructor` is a source like any other). */
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined => (record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

/** utm_content, part by part from the asset naming template when there is one; else typed. */
async function askContent(template: LinkNamingPart[] | undefined, campaign: string): Promise<string | undefined> {
  if (!template) return vscode.window.showInputBox({ title: 'Tracked link: utm_content (optional)', ignoreFocusOut: true });
  const tokens = template.filter((p) => p.kind !== 'literal');
  let content = '';
  for (const part of template) {
    if (part.kind === 'literal') content += part.text;
    else {
      const value = await askToken(part, { what: 'Tracked link: utm_content', so: content, step: tokens.indexOf(part) + 1, of: tokens.length }, campaign.slice(0, 4));
      if (value === undefined) return undefined;
      content += value;
    }
  }
  return content;
}

/** Why a landing page cannot be linked to: not a full web address (as the server's link builder says), or not on an allowed domain. */
function landingProblem(value: string, domains: readonly string[]): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') return `"${value}" is not a web address: write it in full, e.g. https://www.example.com/page`;
  return domains.length > 0 && !domains.includes(url.hostname) ? `${url.hostname} is not an allowed landing domain (${domains.join(', ')})` : undefined;
}

export async function buildLink(host: CommandHost, given: LinkAnswers = {}): Promise<string | undefined> {
  await host.idle();
  const active = vscode.window.activeTextEditor?.document.uri;
  const utm = await host.request<UtmResult>(UTM_REQUEST, (active ? { uri: active.toString() } : {}) satisfies UtmParams);
  if (utm.root === undefined) {
    void vscode.window.showInformationMessage('mops found no playbook here: open a brief of your playbook first.');
    return undefined;
  }
  const values = (name: string) => own(utm.params, name) ?? [];
  const domains = utm.domains;
  const landing =
    given.landing ??
    (await vscode.window.showInputBox({
      title: 'Tracked link: the landing page',
      value: `https://${domains[0] ?? 'www.example.com'}/`,
      prompt: domains.length > 0 ? `Allowed domains: ${domains.join(', ')}` : undefined,
      ignoreFocusOut: true,
      validateInput: (value) => landingProblem(value, domains),
    }));
  if (!landing) return undefined;
  const source = given.source ?? (await pick('Tracked link: utm_source', values('utm_source')));
  if (!source) return undefined;
  const allowed = own(utm.sourceMedium, source) ?? values('utm_medium');
  const medium = given.medium ?? (await pick(`Tracked link: utm_medium (allowed with ${source})`, allowed));
  if (!medium) return undefined;
  const campaign =
    given.campaign ??
    utm.brief ??
    (await vscode.window.showQuickPick(
      utm.briefs.map((b) => ({ label: b.id, description: b.title })),
      { title: 'Tracked link: which campaign (utm_campaign)?' },
    ))?.label;
  if (!campaign) return undefined;
  const content = given.content ?? (await askContent(utm.asset, campaign));
  if (content === undefined) return undefined;

  // The brief it belongs to: the one being edited (when its id is the campaign), else the brief with that id.
  const editing = vscode.window.activeTextEditor?.document.uri;
  const params: LinkParams = { root: utm.root, landing, source, medium, campaign, content, ...(editing ? { uri: editing.toString() } : {}) };
  const checked = await host.request<LinkResult>(LINK_REQUEST, params);
  if (given.content === undefined && utm.asset && checked.naming !== undefined) {
    void vscode.window.showWarningMessage(`'${content}' does not follow the asset naming convention: ${checked.naming}`);
  }
  const link = checked.link;
  if (link === undefined) {
    if (checked.error !== undefined) void vscode.window.showErrorMessage(checked.error);
    return undefined;
  }
  // Checked against its brief before anything else, whether it is then added or copied (into an ad platform).
  if (checked.findings.length > 0) {
    void vscode.window.showErrorMessage(`The link breaks the UTM standard, so it was neither added nor copied: ${checked.findings.map((f) => f.message).join(' ')}`);
    return undefined;
  }
  const action = given.action ?? (await pickAction(link, campaign, checked.brief !== undefined));
  if (!action) return undefined;
  if (action === 'copy') {
    await vscode.env.clipboard.writeText(link);
    void vscode.window.showInformationMessage(`Tracked link copied: ${link}`);
    return link;
  }
  if (!checked.brief) {
    void vscode.window.showErrorMessage(`The link was not added: the playbook has no brief with the id ${campaign}.`);
    return undefined;
  }
  return (await insert(host, params, link)) ? link : undefined;
}

/** The last step: the finished link, and what to do with it. */
async function pickAction(link: string, campaign: string, hasBrief: boolean): Promise<'insert' | 'copy' | undefined> {
  const items: Array<vscode.QuickPickItem & { action: 'insert' | 'copy' }> = [
    ...(hasBrief ? [{ label: '$(add) Add to brief', description: `to ${campaign}'s links`, detail: link, action: 'insert' as const }] : []),
    { label: '$(copy) Copy link', description: 'to the clipboard', detail: link, action: 'copy' },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Tracked link: ready and checked. Add it to the brief, or copy it?', ignoreFocusOut: true }))?.action;
}

async function insert(host: CommandHost, params: LinkParams, link: string): Promise<boolean> {
  // The user may have typed in the brief while answering: the edit is computed on the text as it is now.
  const planned = await host.request<LinkResult>(LINK_REQUEST, params);
  if (planned.findings.length > 0) {
    void vscode.window.showErrorMessage(`The link breaks the UTM standard, so it was not added: ${planned.findings.map((f) => f.message).join(' ')}`);
    return false;
  }
  if (!planned.edits) {
    void vscode.window.showErrorMessage(`The link was not added: ${planned.unchanged ?? `the playbook has no brief with the id ${params.campaign}.`}`);
    return false;
  }
  // Refused when the brief's buffer moved on since the server read it.
  if (!(await applyFileEdits([planned.edits]))) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(vscode.Uri.parse(planned.edits.uri))} changed while mops was adding the link; nothing was changed. Try again.`);
    return false;
  }
  void vscode.window.showInformationMessage(`Tracked link added to ${params.campaign}'s links: ${link}`);
  return true;
}

async function pick(title: string, options: string[]): Promise<string | undefined> {
  return options.length > 0 ? vscode.window.showQuickPick(options, { title, ignoreFocusOut: true }) : vscode.window.showInputBox({ title, ignoreFocusOut: true });
}
