// What the views share: a playbook's own documents, one group per playbook when there are several, the findings
// of one document turned into badges, the document a node opens, and short text for labels.

import { md } from '../assist/text';
import type { ParsedDocument } from '../model/parse';
import { rec, str } from '../model/readers';
import type { Finding } from '../model/types';
import type { NodeOpen, NodePath, ViewNode, ViewPlaybook } from './types';

/** A view's roots: the only playbook's own roots, or one group per playbook (by name) when there are several. */
export function roots(playbooks: readonly ViewPlaybook[], rootsOf: (playbook: ViewPlaybook) => ViewNode[]): ViewNode[] {
  if (playbooks.length === 1) return rootsOf(playbooks[0]);
  return [...playbooks].sort((a, b) => a.name.localeCompare(b.name)).map((playbook) => groupNode(playbook, rootsOf(playbook)));
}

/** A playbook's group: its name, and where it is when that says more than the name. */
function groupNode(playbook: ViewPlaybook, children: ViewNode[]): ViewNode {
  return {
    id: playbook.rootUri,
    label: playbook.name,
    ...(playbook.where !== undefined ? { description: playbook.where } : {}),
    icon: 'folder-library',
    contextValue: 'mops.playbook',
    collapsed: 'expanded',
    children,
  };
}

/**
 * A group that shows more nodes than this starts collapsed: VS Code sends a node's children to its window in one
 * message, made on the extension host's event loop (about 0.1 ms a node there), and a client of the server asks for
 * a collapsed group's nodes only when it is opened (`mops/tree` with `lazy`).
 */
export const EXPANDED_LIMIT = 100;

/** How a group of `count` nodes starts: open, unless it is empty (a leaf) or too long to draw at once. */
export function expansion(count: number, open = true): 'expanded' | 'collapsed' | 'none' {
  if (count === 0) return 'none';
  return open && count <= EXPANDED_LIMIT ? 'expanded' : 'collapsed';
}

/** The documents of a kind that belong to this playbook: a nested playbook's files are shown under that one. */
export function ownDocuments(playbooks: readonly ViewPlaybook[], playbook: ViewPlaybook, kind: string): ParsedDocument[] {
  const docs = playbook.workspace.documents(kind);
  if (playbooks.length === 1) return [...docs];
  return docs.filter((doc) => playbook.owns(doc.path));
}

/**
 * The nodes of documents, each kept while what it is built from is the same objects: its source (the document,
 * or an entry read from it and kept as long as the document and what the reading asks of the rest of the
 * playbook are), its file's findings and its variant (the root, a grouping). So a keystroke in one brief of
 * 10,000 builds one node again, not 10,000, and a kept node compares equal to itself at once (changedNodes).
 * Nothing changes a node once it is built.
 */
export class DocumentNodes<S extends object = ParsedDocument> {
  private readonly nodes = new WeakMap<S, { variant: string; findings: readonly Finding[]; node: ViewNode }>();

  constructor(private readonly build: (playbook: ViewPlaybook, source: S, variant: string) => ViewNode) {}

  node(playbook: ViewPlaybook, source: S, doc: ParsedDocument, variant = ''): ViewNode {
    const key = `${playbook.rootUri}\n${variant}`;
    const findings = playbook.workspace.findings(doc.path);
    const kept = this.nodes.get(source);
    if (kept && kept.variant === key && kept.findings === findings) return kept.node;
    const node = this.build(playbook, source, variant);
    this.nodes.set(source, { variant: key, findings, node });
    return node;
  }
}

/** The findings of a file that fall in one of its documents (a file may hold several, one tool each). */
export function findingsIn(playbook: ViewPlaybook, doc: ParsedDocument): Finding[] {
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
 * Puts a node's badges on it (and returns it): the first badge's icon in its colour (else `icon`), the badges before the
 * description, and the node's title, details and every finding behind its badges in the tooltip.
 */
export function decorate(node: ViewNode, shown: readonly Shown[], icon: string, title: string, details: readonly string[]): ViewNode {
  const [first] = shown;
  // Badges before the rest: a narrow side bar cuts the description's end off.
  const description = joined([...shown.map(badgeLabel), node.description]);
  let tooltip = [`**${md(title)}**`, ...details.map(md)].join('  \n');
  for (const { badge, findings } of shown) {
    for (const f of findings) tooltip += `\n\n$(${badge.icon}) **${md(badge === ERRORS ? f.rule : badge.label)}**: ${md(f.message)}`;
  }
  if (description === undefined) delete node.description;
  else node.description = description;
  node.tooltip = tooltip;
  node.icon = first ? first.badge.icon : icon;
  if (first) node.color = first.badge.color;
  return node;
}

/** What a node opens: its document with the cursor on the value at `path`. */
export function openOf(playbook: ViewPlaybook, doc: ParsedDocument, path: Readonly<NodePath>, title: string): NodeOpen {
  return { uri: playbook.uriOf(doc.path), index: doc.index, path: [...path], title };
}

/** Parts of a description joined by ` · `, the empty ones left out; undefined when none is left. */
export function joined(parts: ReadonlyArray<string | undefined | false>): string | undefined {
  const text = parts.filter(Boolean).join(' · ');
  return text === '' ? undefined : text;
}

/** Text from a playbook for a label: one line, and something when there is nothing. */
export function oneLine(text: string | undefined, fallback: string): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line === '' ? fallback : line;
}

/** How a group of documents shows: its kind of group (`category`), what a group without a name says, its icon and the word for its items. */
export interface GroupStyle {
  key: string;
  unnamed: string;
  icon: string;
  item: string;
}

/** A group of documents (a martech category, an SOP area): its count, its expansion, a node per document. */
export function documentGroup(playbook: ViewPlaybook, style: GroupStyle, name: string, docs: readonly ParsedDocument[], nodeOf: (doc: ParsedDocument) => ViewNode): ViewNode {
  return {
    id: `${playbook.rootUri}|${style.key}|${name}`,
    label: name || style.unnamed,
    description: plural(docs.length, style.item),
    icon: style.icon,
    contextValue: `mops.${style.key}`,
    collapsed: expansion(docs.length),
    children: docs.map(nodeOf),
  };
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
