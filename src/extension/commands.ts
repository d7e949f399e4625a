// The palette commands ("mops: …"): re-check, fix all, the check report, the SOP library, a new brief
// from a snippet and the UTM link builder. The walkthrough's steps run these.

import * as vscode from 'vscode';
import { buildTrackedLink, type ParsedDocument } from '../core';
import { markdown } from '../cli/formatters/markdown';
import { summarize } from '../cli/formatters/types';
import { fixAllInEditor } from './code-actions';
import type { Playbook, Playbooks } from './playbooks';
import { readSettings } from './settings';
import snippets from '../../snippets/mops.code-snippets';

export interface CommandHost {
  playbooks(): Playbooks;
  restart(): Promise<void>;
  idle(): Promise<void>;
}

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

const SNIPPETS = snippets as Record<string, Snippet>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function field(doc: ParsedDocument, key: string): unknown {
  return record(doc.value)[key];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The playbook of the active editor, or the only one, or the one the user picks. */
async function pickPlaybook(playbooks: Playbooks): Promise<Playbook | undefined> {
  const all = playbooks.all();
  const active = vscode.window.activeTextEditor?.document.uri;
  const located = active && playbooks.locate(active);
  if (located) return located.playbook;
  if (all.length <= 1) {
    if (all.length === 0) void vscode.window.showInformationMessage('mops found no playbook here: add a mops.config.yaml to the folder that holds your playbook.');
    return all[0];
  }
  const picked = await vscode.window.showQuickPick(
    all.map((p) => ({ label: p.name, description: p.root.fsPath || p.root.toString(), playbook: p })),
    { title: 'Which playbook?' },
  );
  return picked?.playbook;
}

async function openAt(playbook: Playbook, doc: ParsedDocument): Promise<void> {
  const editor = await vscode.window.showTextDocument(playbook.uri(doc.path));
  const position = editor.document.positionAt(doc.start);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}

async function checkReport(host: CommandHost): Promise<void> {
  await host.idle();
  const playbook = await pickPlaybook(host.playbooks());
  if (!playbook) return;
  const { workspace } = playbook;
  const files = workspace.paths();
  const findings = workspace.allFindings();
  const report = markdown({ root: playbook.root.toString(), files, findings, summary: summarize(files, findings), rules: [], version: '' }, { color: false });
  const folder = readSettings(playbook.root).reportsOutputFolder || workspace.config.reports.outDir;
  const target = /^([a-z]:)?[\\/]/i.test(folder) ? vscode.Uri.file(folder) : vscode.Uri.joinPath(playbook.root, ...folder.split(/[\\/]/).filter(Boolean));
  const file = vscode.Uri.joinPath(target, 'mops-check.md');
  await vscode.workspace.fs.createDirectory(target);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(report));
  await vscode.window.showTextDocument(file);
}

/** Opens an SOP: the one with id `id` (from a link or a keybinding), or the one picked from the library. */
async function openSop(host: CommandHost, id?: unknown): Promise<void> {
  await host.idle();
  const items = host.playbooks().all().flatMap((playbook) =>
    playbook.workspace.documents('Sop').map((doc) => ({
      label: text(field(doc, 'title')) ?? doc.id ?? doc.path,
      description: [text(field(doc, 'area')), text(field(doc, 'owner'))].filter(Boolean).join(' · '),
      detail: doc.path,
      playbook,
      doc,
    })),
  );
  if (items.length === 0) {
    void vscode.window.showInformationMessage('This playbook has no SOPs yet: create one with the "mops-sop" snippet in a new YAML file.');
    return;
  }
  const picked =
    typeof id === 'string'
      ? items.find((i) => i.doc.id === id)
      : await vscode.window.showQuickPick(items, { title: 'SOP library', matchOnDescription: true, matchOnDetail: true });
  if (picked) await openAt(picked.playbook, picked.doc);
}

/** Opens a new brief from a snippet: the one with prefix `prefix`, or the one picked. */
async function newBrief(prefix?: unknown): Promise<void> {
  const briefs = Object.entries(SNIPPETS)
    .filter(([name]) => name.startsWith('Brief'))
    .map(([name, s]) => ({ label: name.replace(/^Brief: /, ''), detail: s.description, snippet: s }));
  const picked =
    typeof prefix === 'string'
      ? briefs.find((b) => b.snippet.prefix === prefix)
      : await vscode.window.showQuickPick(briefs, { title: 'New campaign brief', placeHolder: 'Which kind of brief?' });
  if (!picked) return;
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(picked.snippet.body.join('\n')));
}

/** Answers given up front (tests, keybindings); each one given skips its question. */
interface LinkAnswers {
  campaign?: string;
  source?: string;
  medium?: string;
  content?: string;
  landing?: string;
}

async function buildLink(host: CommandHost, given: LinkAnswers = {}): Promise<string | undefined> {
  await host.idle();
  const playbook = await pickPlaybook(host.playbooks());
  if (!playbook) return undefined;
  const standard = record(playbook.workspace.documents('UtmStandard')[0]?.value);
  const values = (name: string) => strings(record(record(standard.params)[name]).values);
  const pairs = record(standard.source_medium);
  const ask = async (title: string, options: string[]) =>
    options.length > 0 ? (await vscode.window.showQuickPick(options, { title }))?.toString() : vscode.window.showInputBox({ title, ignoreFocusOut: true });
  const briefs = playbook.workspace.documents('Brief').filter((d) => d.id);
  const campaign =
    given.campaign ??
    (await vscode.window.showQuickPick(
      briefs.map((d) => ({ label: d.id as string, description: text(field(d, 'title')) })),
      { title: 'Tracked link: which campaign (utm_campaign)?' },
    ))?.label;
  if (!campaign) return undefined;
  const source = given.source ?? (await ask('Tracked link: utm_source', values('utm_source')));
  if (!source) return undefined;
  const allowed = Array.isArray(pairs[source]) ? strings(pairs[source]) : values('utm_medium');
  const medium = given.medium ?? (await ask('Tracked link: utm_medium', allowed));
  if (!medium) return undefined;
  const content = given.content ?? (await vscode.window.showInputBox({ title: 'Tracked link: utm_content (optional)', ignoreFocusOut: true }));
  const domain = strings(standard.domains)[0] ?? 'www.example.com';
  const landing =
    given.landing ??
    (await vscode.window.showInputBox({
    title: 'Tracked link: landing page',
    value: `https://${domain}/`,
    ignoreFocusOut: true,
    validateInput: (value) => {
      try {
        buildTrackedLink(value, []);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
    }));
  if (!landing) return undefined;
  const link = buildTrackedLink(landing, [
    ['utm_source', source],
    ['utm_medium', medium],
    ['utm_campaign', campaign],
    ['utm_content', content],
  ]);
  await vscode.env.clipboard.writeText(link);
  const editor = vscode.window.activeTextEditor;
  if (editor && host.playbooks().locate(editor.document.uri)) {
    await editor.edit((edit) => edit.replace(editor.selection, link));
  }
  void vscode.window.showInformationMessage(`Tracked link copied: ${link}`);
  return link;
}

export function registerCommands(_context: vscode.ExtensionContext, host: CommandHost): vscode.Disposable[] {
  const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
  return [
    register('mops.recheck', async () => {
      await host.restart();
      await host.idle();
      const findings = host.playbooks().all().flatMap((p) => p.workspace.allFindings());
      const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
      void vscode.window.showInformationMessage(`mops: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos.`);
    }),
    register('mops.fixAll', () => fixAllInEditor(host.playbooks(), vscode.window.activeTextEditor)),
    register('mops.writeCheckReport', () => checkReport(host)),
    register('mops.openSop', (id) => openSop(host, id)),
    register('mops.newBrief', (prefix) => newBrief(prefix)),
    register('mops.buildUtmLink', (answers) => buildLink(host, typeof answers === 'object' && answers !== null ? (answers as LinkAnswers) : {})),
  ];
}
