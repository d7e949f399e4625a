// "mops: New campaign brief": picks the workflow and tier, builds the id from the naming convention's
// tokens (each one a pick or a checked input), and opens the new file written from the playbook's own
// data, with tab stops on the words a person must write.

import * as vscode from 'vscode';
import { briefTemplate, formatDay, WRITTEN_ROLES, matchName, namingOf, workflowOf, type NamingPart } from '../../core';
import type { Playbook } from '../playbooks';
import { pickPlaybook, type CommandHost } from './shared';

/** Answers given up front (tests, the walkthrough); each one given skips its question. */
export interface NewBriefAnswers {
  workflow?: string;
  tier?: number;
  /** The whole id, or its tokens by name. */
  id?: string;
  tokens?: Record<string, string>;
  title?: string;
}

/** The snippet form of a text: placeholders become tab stops, everything else is literal. */
export function asSnippet(text: string, placeholders: Array<{ start: number; end: number }>): vscode.SnippetString {
  const escape = (s: string) => s.replace(/[$}\\]/g, (c) => `\\${c}`);
  let body = '';
  let at = 0;
  placeholders.forEach((p, i) => {
    body += `${escape(text.slice(at, p.start))}\${${i + 1}:${escape(text.slice(p.start, p.end))}}`;
    at = p.end;
  });
  return new vscode.SnippetString(`${body}${escape(text.slice(at))}$0`);
}

export async function askToken(part: Exclude<NamingPart, { kind: 'literal' }>, so: string, year: string): Promise<string | undefined> {
  const title = `New brief: {${part.token}}  —  ${so}…`;
  if (part.kind === 'values') return (await vscode.window.showQuickPick(part.values, { title, ignoreFocusOut: true })) ?? undefined;
  const value = part.kind === 'date' ? undefined : part.format === 'year' ? year : undefined;
  return vscode.window.showInputBox({
    title,
    value,
    prompt: part.kind === 'date' ? 'A date, YYYYMMDD' : part.format === 'slug' ? 'Lower-case words joined by hyphens' : 'Digits',
    ignoreFocusOut: true,
    validateInput: (v) => {
      if (part.kind === 'date') return /^\d{8}$/.test(v) ? undefined : 'Eight digits: YYYYMMDD';
      if (v.length < part.minLength || v.length > part.maxLength) return `Between ${part.minLength} and ${part.maxLength} characters`;
      if (part.format === 'slug') return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? undefined : 'Lower-case letters and digits, words joined by hyphens';
      return /^\d+$/.test(v) ? undefined : 'Digits only';
    },
  });
}

/** The id from the convention's `campaign` target, token by token; or typed, when there is no convention. */
async function askId(playbook: Playbook, given: NewBriefAnswers): Promise<string | undefined> {
  if (given.id) return given.id;
  const template = namingOf(playbook.workspace.view())?.targets.get('campaign');
  if (!template) return vscode.window.showInputBox({ title: 'New brief: its id', ignoreFocusOut: true, validateInput: (v) => (/^[a-z0-9][a-z0-9-]*$/.test(v) ? undefined : 'Lower-case letters, digits and hyphens') });
  let id = '';
  const year = formatDay(playbook.workspace.today).slice(0, 4);
  for (const part of template.parts) {
    if (part.kind === 'literal') {
      id += part.text;
      continue;
    }
    const value = given.tokens?.[part.token] ?? (await askToken(part, id, year));
    if (value === undefined) return undefined;
    id += value;
  }
  const matched = matchName(template, id);
  if (!matched.ok) {
    void vscode.window.showErrorMessage(`'${id}' does not follow the naming convention: ${matched.message}`);
    return undefined;
  }
  return id;
}

/** Where the playbook keeps its briefs: the folder that holds the most of them, else `campaigns`. */
function briefFolder(playbook: Playbook): string {
  const counts = new Map<string, number>();
  for (const doc of playbook.workspace.documents('Brief')) {
    const folder = doc.path.includes('/') ? doc.path.slice(0, doc.path.lastIndexOf('/')) : '';
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'campaigns';
}

export async function newBrief(host: CommandHost, given: NewBriefAnswers = {}): Promise<vscode.Uri | undefined> {
  await host.idle();
  const playbook = await pickPlaybook(host.playbooks());
  if (!playbook) return undefined;
  const { workspace } = playbook;
  const workflows = workspace.documents('Workflow').filter((d) => d.id);
  const workflow =
    given.workflow ??
    (workflows.length === 1
      ? workflows[0].id
      : (await vscode.window.showQuickPick(workflows.map((d) => ({ label: d.id as string, description: String((d.value as { title?: unknown }).title ?? '') })), { title: 'New brief: which workflow?' }))?.label);
  if (!workflow) return undefined;
  const view = workflowOf(workspace.view(), workflow);
  const tiers = [...(view?.tiers.values() ?? [])];
  const tier =
    given.tier ??
    (tiers.length === 0
      ? 1
      : (
          await vscode.window.showQuickPick(
            tiers.map((t) => ({ label: `Tier ${t.tier}`, description: [t.minLeadDays !== undefined && `${t.minLeadDays} days' lead time`, t.maxChannels !== undefined && `at most ${t.maxChannels} channel(s)`].filter(Boolean).join(', '), tier: t.tier })),
            { title: 'New brief: which tier?' },
          )
        )?.tier);
  if (tier === undefined) return undefined;
  const id = await askId(playbook, given);
  if (!id) return undefined;
  const title = given.title ?? (await vscode.window.showInputBox({ title: 'New brief: its title (optional)', ignoreFocusOut: true }));
  if (title === undefined) return undefined;
  const folder = briefFolder(playbook);
  const target = playbook.uri(folder ? `${folder}/${id}.yaml` : `${id}.yaml`);
  if (workspace.has(folder ? `${folder}/${id}.yaml` : `${id}.yaml`)) {
    void vscode.window.showErrorMessage(`A brief file ${vscode.workspace.asRelativePath(target)} already exists.`);
    return undefined;
  }
  const template = briefTemplate(workspace.view(), { id, workflow, tier, title: title || undefined, today: workspace.today });
  const edit = new vscode.WorkspaceEdit();
  // Never over a file: one the playbook does not check (or made a moment ago) makes the edit fail instead.
  edit.createFile(target, { overwrite: false, ignoreIfExists: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`A file ${vscode.workspace.asRelativePath(target)} already exists; no brief was created.`);
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(target);
  const holes = template.placeholders.filter((p) => WRITTEN_ROLES.includes(p.role) && !(title && p.role === 'title'));
  await editor.insertSnippet(asSnippet(template.text, holes), new vscode.Position(0, 0));
  return target;
}
