// "mops: New campaign brief": picks the workflow and tier, builds the id from the naming convention's
// tokens (each one a pick or a checked input), and opens the new file written from the playbook's own
// data (the language server reads the playbook and writes the text: src/lsp/protocol-brief.ts), with tab stops
// on the words a person must write.

import * as vscode from 'vscode';
import type { NamingPart } from '../../core';
import {
  BRIEF_TEMPLATE_REQUEST,
  NEW_BRIEF_REQUEST,
  type BriefTemplateParams,
  type BriefTemplateResult,
  type NewBriefParams,
  type NewBriefResult,
} from '../../lsp/protocol-brief';
import { pickPlaybook, uriIn, type CommandHost } from './shared';

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
async function askId(wizard: NonNullable<NewBriefResult>, given: NewBriefAnswers): Promise<{ id: string; built: boolean } | undefined> {
  if (given.id) return { id: given.id, built: false };
  const parts = wizard.naming;
  if (!parts) {
    const typed = await vscode.window.showInputBox({ title: 'New brief: its id', ignoreFocusOut: true, validateInput: (v) => (/^[a-z0-9][a-z0-9-]*$/.test(v) ? undefined : 'Lower-case letters, digits and hyphens') });
    return typed ? { id: typed, built: false } : undefined;
  }
  let id = '';
  const tokens = parts.filter((p) => p.kind !== 'literal');
  for (const part of parts) {
    if (part.kind === 'literal') {
      id += part.text;
      continue;
    }
    const value = given.tokens?.[part.token] ?? (await askToken(part, { what: 'New brief id', so: id, step: tokens.indexOf(part) + 1, of: tokens.length }, wizard.year));
    if (value === undefined) return undefined;
    id += value;
  }
  return { id, built: true };
}

/** Who owns the brief (and requests it, until someone else is named): a pick of the Team, with names and roles. */
async function askOwner(people: NonNullable<BriefTemplateResult>['people']): Promise<string | undefined> {
  if (people.length <= 1) return people[0]?.id ?? '';
  const picked = await vscode.window.showQuickPick(
    people.map((p) => ({ label: p.id, description: p.name, detail: p.roles.join(', ') })),
    { title: 'New brief: who owns it?', placeHolder: 'The owner (also the requester, until you change it)', matchOnDescription: true, ignoreFocusOut: true },
  );
  return picked?.label;
}

/** The budget program its planned spend counts against: a pick of the programs with an allocation today. */
async function askProgram(programs: NonNullable<BriefTemplateResult>['programs']): Promise<string | undefined> {
  if (programs.length <= 1) return programs[0]?.id ?? '';
  const picked = await vscode.window.showQuickPick(
    programs.map((p) => ({ label: p.id, description: p.description })),
    { title: 'New brief: which budget program?', placeHolder: "The program whose allocation the brief's planned spend counts against", ignoreFocusOut: true },
  );
  return picked?.label;
}

/** The workflow: given, the only one, or picked. */
async function askWorkflow(workflows: NonNullable<NewBriefResult>['workflows'], given: NewBriefAnswers): Promise<string | undefined> {
  if (given.workflow !== undefined) return given.workflow;
  if (workflows.length === 1) return workflows[0].id;
  return (await vscode.window.showQuickPick(workflows.map((w) => ({ label: w.id, description: w.title })), { title: 'New brief: which workflow?' }))?.label;
}

/** The tier: given, 1 when the workflow has none, or picked with each tier's lead time and channels. */
async function askTier(workflow: NonNullable<NewBriefResult>['workflows'][number] | undefined, given: NewBriefAnswers): Promise<number | undefined> {
  if (given.tier !== undefined) return given.tier;
  const tiers = workflow?.tiers ?? [];
  if (tiers.length === 0) return 1;
  const describe = (t: (typeof tiers)[number]) => [t.minLeadDays !== undefined && `${t.minLeadDays} days' lead time`, t.maxChannels !== undefined && `at most ${t.maxChannels} channel(s)`].filter(Boolean).join(', ');
  return (await vscode.window.showQuickPick(tiers.map((t) => ({ label: `Tier ${t.tier}`, description: describe(t), tier: t.tier })), { title: 'New brief: which tier?' }))?.tier;
}

export async function newBrief(host: CommandHost, given: NewBriefAnswers = {}): Promise<vscode.Uri | undefined> {
  await host.idle();
  const playbook = await pickPlaybook(host);
  if (!playbook) return undefined;
  const wizard = await host.request<NewBriefResult>(NEW_BRIEF_REQUEST, { root: playbook.uri } satisfies NewBriefParams);
  if (!wizard) return undefined;
  const workflow = await askWorkflow(wizard.workflows, given);
  if (!workflow) return undefined;
  const tier = await askTier(wizard.workflows.find((w) => w.id === workflow), given);
  if (tier === undefined) return undefined;
  const asked = await askId(wizard, given);
  if (!asked) return undefined;
  const { id } = asked;
  const brief = (answers: Partial<BriefTemplateParams> = {}) =>
    host.request<BriefTemplateResult>(BRIEF_TEMPLATE_REQUEST, { root: playbook.uri, id, workflow, tier, ...answers } satisfies BriefTemplateParams);
  const choices = await brief();
  if (!choices) return undefined;
  if (asked.built && choices.convention !== undefined) {
    void vscode.window.showErrorMessage(`'${id}' does not follow the naming convention: ${choices.convention}`);
    return undefined;
  }
  const title = given.title ?? (await vscode.window.showInputBox({ title: 'New brief: its title (optional)', ignoreFocusOut: true }));
  if (title === undefined) return undefined;
  const target = uriIn(playbook.uri, choices.path);
  if (choices.exists) {
    void vscode.window.showErrorMessage(`A brief file ${vscode.workspace.asRelativePath(target)} already exists.`);
    return undefined;
  }
  const owner = given.owner ?? (await askOwner(choices.people));
  if (owner === undefined) return undefined;
  const program = given.program ?? (await askProgram(choices.programs));
  if (program === undefined) return undefined;
  const template = await brief({ title: title || undefined, owner: owner || undefined, program: program || undefined });
  if (!template) return undefined;
  const edit = new vscode.WorkspaceEdit();
  // Never over a file: one the playbook does not check (or made a moment ago) makes the edit fail instead.
  edit.createFile(target, { overwrite: false, ignoreIfExists: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`A file ${vscode.workspace.asRelativePath(target)} already exists; no brief was created.`);
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(target);
  await editor.insertSnippet(asSnippet(template.text, template.placeholders), new vscode.Position(0, 0));
  return target;
}
