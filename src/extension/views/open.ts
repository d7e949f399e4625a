// What the three tree views share: a playbook's own documents, grouping under playbooks, the findings of
// one document turned into badges, and the command that opens a document at a node of its YAML.

import * as vscode from 'vscode';
import { markdownText, objectRange, rec, str, valueRange, type DataPath } from '../../core';
import type { Finding, ParsedDocument } from '../../core';
import type { Playbook, Playbooks } from '../playbooks';

/** Opens a document of a playbook file with the cursor on a node of it; arguments: uri, document index, data path. */
export const OPEN_COMMAND = 'mops.views.open';

/** The top-level node of a view when several playbooks are open: one per playbook. */
export interface PlaybookNode {
  type: 'playbook';
  playbook: Playbook;
}

/** A view's roots: the only playbook's own roots, or one group per playbook when there are several. */
export function roots<T>(playbooks: Playbooks, rootsOf: (playbook: Playbook) => T[]): Array<T | PlaybookNode> {
  const all = playbooks.all();
  if (all.length === 1) return rootsOf(all[0]);
  return [...all].sort((a, b) => a.name.localeCompare(b.name)).map((playbook) => ({ type: 'playbook', playbook }));
}

export function playbookItem(node: PlaybookNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.playbook.name, vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.playbook.root.toString();
  // A nested playbook says where it is; a workspace folder's own playbook needs no more than its name.
  const where = vscode.workspace.asRelativePath(node.playbook.root, true);
  if (where !== node.playbook.root.fsPath) item.description = where;
  item.iconPath = new vscode.ThemeIcon('folder-library');
  item.contextValue = 'mops.playbook';
  return item;
}

/** The documents of a kind that belong to this playbook: a nested playbook's files are shown under that one. */
export function ownDocuments(playbooks: Playbooks, playbook: Playbook, kind: string): ParsedDocument[] {
  const docs = playbook.workspace.documents(kind);
  if (playbooks.all().length === 1) return [...docs];
  return docs.filter((doc) => playbooks.locate(playbook.uri(doc.path))?.playbook === playbook);
}

/** The findings of a file that fall in one of its documents (a file may hold several, one tool each). */
export function findingsIn(playbook: Playbook, doc: ParsedDocument): Finding[] {
  const all = playbook.workspace.findings(doc.path);
  const docs = playbook.workspace.parsed(doc.path)?.documents ?? [];
  if (docs.length <= 1) return all;
  // A finding belongs to the last document that starts at or before it; one before every document, to the first.
  const ownerOf = (finding: Finding) => {
    const at = doc.lines.offset(finding.range.start);
    let owner = docs[0];
    for (const d of docs) if (d.start <= at) owner = d;
    return owner.index;
  };
  return all.filter((f) => ownerOf(f) === doc.index);
}

/** A badge a node shows when its document has findings of a rule. */
export interface Badge {
  /** A rule id, or `error` for every error-level finding that no other badge of the node shows. */
  rule: string;
  label: string;
  icon: string;
  color: string;
}

export const ERRORS: Badge = { rule: 'error', label: 'error', icon: 'error', color: 'list.errorForeground' };

export interface Shown {
  badge: Badge;
  findings: Finding[];
}

/** The badges that apply, in the order given (the first is the node's icon). */
export function badgesOf(findings: readonly Finding[], badges: readonly Badge[]): Shown[] {
  const rules = new Set(badges.map((b) => b.rule));
  return badges.flatMap((badge): Shown[] => {
    const hits = badge === ERRORS ? findings.filter((f) => f.severity === 'error' && !rules.has(f.rule)) : findings.filter((f) => f.rule === badge.rule);
    return hits.length > 0 ? [{ badge, findings: hits }] : [];
  });
}

function badgeLabel({ badge, findings }: Shown): string {
  return badge === ERRORS ? `${findings.length} ${findings.length === 1 ? 'error' : 'errors'}` : badge.label;
}

/**
 * Puts a node's badges on its item: the first badge's icon in its colour (else `icon`), the badges before
 * the description, and the node's title, details and every finding behind its badges in the tooltip.
 */
export function decorate(item: vscode.TreeItem, shown: readonly Shown[], icon: vscode.ThemeIcon, title: string, details: readonly string[]): void {
  const [first] = shown;
  item.iconPath = first ? new vscode.ThemeIcon(first.badge.icon, new vscode.ThemeColor(first.badge.color)) : icon;
  // Badges before the rest: a narrow side bar cuts the description's end off.
  const parts = [...shown.map(badgeLabel), typeof item.description === 'string' ? item.description : ''];
  item.description = parts.filter(Boolean).join(' · ');
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown([`**${markdownText(title)}**`, ...details.map(markdownText)].join('  \n'));
  for (const { badge, findings } of shown) {
    for (const f of findings) tooltip.appendMarkdown(`\n\n$(${badge.icon}) **${markdownText(badge === ERRORS ? f.rule : badge.label)}**: ${markdownText(f.message)}`);
  }
  item.tooltip = tooltip;
}

/** The command a node runs when clicked: open its document with the cursor on the value at `path`. */
export function openCommand(playbook: Playbook, doc: ParsedDocument, path: DataPath, title: string): vscode.Command {
  return { command: OPEN_COMMAND, title, arguments: [playbook.uri(doc.path), doc.index, path] };
}

/**
 * Opens a document at the value at `path`, placed from the YAML nodes of the text the workspace holds
 * now (an open buffer is synced first, so a click right after typing lands on the right line).
 */
export async function openAt(playbooks: Playbooks, uri: vscode.Uri, index: number, path: DataPath): Promise<vscode.TextEditor> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) playbooks.sync(open);
  const located = playbooks.locate(uri);
  const doc = located?.playbook.workspace.parsed(located.path)?.documents.find((d) => d.index === index);
  const range = doc && (valueRange(doc.yaml, doc.lines, path) ?? objectRange(doc.yaml, doc.lines, []));
  const at = range ? new vscode.Position(range.start.line, range.start.character) : undefined;
  const editor = await vscode.window.showTextDocument(uri, { preview: true, selection: at && new vscode.Range(at, at) });
  if (at) editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Text from a playbook for a label: one line, and something when there is nothing. */
export function oneLine(text: string | undefined, fallback: string): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line === '' ? fallback : line;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Documents grouped by a text field (Martech by category, SOPs by area): groups by name, the unnamed one
 * last, and documents in each by their label.
 */
export function groupBy(docs: readonly ParsedDocument[], field: string, labelOf: (doc: ParsedDocument) => string): Array<[string, ParsedDocument[]]> {
  const groups = new Map<string, ParsedDocument[]>();
  for (const doc of docs) {
    const name = oneLine(str(rec(doc.value)[field]), '');
    const group = groups.get(name);
    if (group) group.push(doc);
    else groups.set(name, [doc]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([name, members]) => [name, members.sort((a, b) => labelOf(a).localeCompare(labelOf(b)))]);
}
