// "mops: New campaign brief": picks the workflow and tier, builds the id from the naming convention's
// tokens (each one a pick or a checked input), and opens the new file written from the playbook's own
// data, with tab stops on the words a person must write.

import * as vscode from 'vscode';
import { allocationsOf, briefTemplate, formatDay, matchName, namingOf, peopleOf, workflowOf, WRITTEN_ROLES, type NamingPart } from '../../core';
import type { Playbook } from '../playbooks';
import { pickPlaybook, type CommandHost } from './shared-legacy';

/** Answers given up front (tests, the walkthrough); each one given skips its question. */
export interface NewBriefAnswers {
  workflow?: string;
  tier?: number;
  /** The whole id, or its tokens by name. */
  id?: string;
  tokens?: Record<string, string>;
  title?: string;
  /** The owner (a Team member's id; also the requester), and the budget program. */
  owner?: string;
  program?: string;
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

/** Where a token's question stands: the wizard's name, the part of the name built so far, step n of m. */
export interface TokenStep {
  what: string;
  so: string;
  step: number;
  of: number;
}

/** A token as a person reads it in a question: its name, with a slug called what it is. */
function tokenName(token: string): string {
  return token === 'slug' ? 'short name' : token.replace(/[_-]+/g, ' ');
}

/** Asks one token of a name: a pick of its values, or a checked input. The title never shows `{token}` syntax. */
export async function askToken(part: Exclude<NamingPart, { kind: 'literal' }>, at: TokenStep, year: string): Promise<string | undefined> {
  const title = `${at.what}, part ${at.step} of ${at.of}: the ${tokenName(part.token)}${at.so ? `  —  ${at.so}…` : ''}`;
  if (part.kind === 'values') return (await vscode.window.showQuickPick(part.values, { title, placeHolder: `Pick the ${tokenName(part.token)}`, ignoreFocusOut: true })) ?? undefined;
  const value = part.kind === 'date' ? undefined : part.format === 'year' ? year : undefined;
  return vscode.window.showInputBox({
    title,
    value,
    prompt: part.kind === 'date' ? 'A date, YYYYMMDD' : part.format === 'slug' ? 'Lower-case words joined by hyphens, e.g. spring-webinar' : 'Digits',
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
  const tokens = template.parts.filter((p) => p.kind !== 'literal');
  for (const part of template.parts) {
    if (part.kind === 'literal') {
      id += part.text;
      continue;
    }
    const value = given.tokens?.[part.token] ?? (await askToken(part, { what: 'New brief id', so: id, step: tokens.indexOf(part) + 1, of: tokens.length }, year));
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

/** Who owns the brief (and requests it, until someone else is named): a pick of the Team, with names and roles. */
async function askOwner(playbook: Playbook, people: string[]): Promise<string | undefined> {
  if (people.length <= 1) return people[0] ?? '';
  const team = peopleOf(playbook.workspace.view());
  const picked = await vscode.window.showQuickPick(
    people.map((id) => ({ label: id, description: team.byId.get(id)?.name, detail: team.byId.get(id)?.roles.join(', ') })),
    { title: 'New brief: who owns it?', placeHolder: 'The owner (also the requester, until you change it)', matchOnDescription: true, ignoreFocusOut: true },
  );
  return picked?.label;
}

/** The budget program its planned spend counts against: a pick of the programs with an allocation today. */
async function askProgram(playbook: Playbook, programs: string[]): Promise<string | undefined> {
  if (programs.length <= 1) return programs[0] ?? '';
  const allocations = allocationsOf(playbook.workspace.view());
  const picked = await vscode.window.showQuickPick(
    programs.map((id) => {
      const a = allocations.get(id)?.find((x) => x.amount !== undefined);
      return { label: id, description: a ? `${a.amount?.toLocaleString('en-US')} ${a.currency ?? ''} allocated in ${a.doc.id ?? a.doc.path}`.trim() : undefined };
    }),
    { title: 'New brief: which budget program?', placeHolder: "The program whose allocation the brief's planned spend counts against", ignoreFocusOut: true },
  );
  return picked?.label;
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
  const choices = briefTemplate(workspace.view(), { id, workflow, tier, today: workspace.today });
  const owner = given.owner ?? (await askOwner(playbook, choices.people));
  if (owner === undefined) return undefined;
  const program = given.program ?? (await askProgram(playbook, choices.programs));
  if (program === undefined) return undefined;
  const template = briefTemplate(workspace.view(), { id, workflow, tier, title: title || undefined, owner: owner || undefined, program: program || undefined, today: workspace.today });
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
