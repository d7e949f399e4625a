// The outline of a file: each mops document and its sections, a brief's dates, approvals, links and history,
// a workflow's stages, a team's members, an SOP's steps.

import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { Workspace } from '../engine/workspace';
import type { LineIndex } from '../model/lines';
import { valueRange, objectRange } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { isRecord, rec, str, type Data } from '../model/readers';
import type { Range } from '../model/types';
import { keyText } from '../model/walk';
import type { NavSymbol, NavSymbolKind } from './types';

const DOCUMENT_KIND: Record<string, NavSymbolKind> = {
  Brief: 'brief',
  Tool: 'tool',
  Team: 'team',
  Workflow: 'workflow',
  Sop: 'sop',
  Budget: 'budget',
  Policy: 'policy',
  NamingConvention: 'naming',
  UtmStandard: 'utm',
  Config: 'config',
};

/** The header keys every document has, said by the document's own symbol. */
const HEADER = new Set(['apiVersion', 'kind', 'id']);

const scalarText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined);
const joined = (...parts: unknown[]) => parts.map(scalarText).filter((p): p is string => p !== undefined && p !== '').join(' · ');

interface Item {
  name: string;
  detail?: string;
  kind: NavSymbolKind;
}

/** How the items of a list section are named, per document kind and section. */
const ITEMS: Record<string, Record<string, (item: unknown, index: number) => Item>> = {
  Brief: {
    approvals: (a) => ({ name: joined(rec(a).gate, rec(a).approver, rec(a).status) || 'approval', detail: scalarText(rec(a).date), kind: 'approval' }),
    links: (l, i) => ({ name: scalarText(rec(l).name) ?? `link ${i + 1}`, detail: scalarText(rec(l).url), kind: 'link' }),
    history: (h, i) => ({ name: scalarText(rec(h).stage) ?? `entry ${i + 1}`, detail: scalarText(rec(h).entered), kind: 'stage' }),
    success_metrics: (m, i) => ({ name: scalarText(rec(m).metric) ?? `metric ${i + 1}`, detail: joined(rec(m).target), kind: 'field' }),
  },
  Workflow: {
    stages: (s, i) => {
      const stage = rec(s);
      const sla = scalarText(stage.sla_days);
      return { name: scalarText(stage.id) ?? `stage ${i + 1}`, detail: [sla && `SLA ${sla} days`, isRecord(stage.gate) ? 'gated' : ''].filter(Boolean).join(' · '), kind: 'stage' };
    },
    tiers: (t, i) => ({ name: `tier ${scalarText(rec(t).tier) ?? i + 1}`, kind: 'field' }),
  },
  Team: { members: (m, i) => ({ name: scalarText(rec(m).id) ?? `member ${i + 1}`, detail: scalarText(rec(m).name), kind: 'person' }) },
  Sop: {
    steps: (s, i) => (typeof s === 'string' ? { name: s, kind: 'step' } : { name: scalarText(rec(s).do) ?? `step ${i + 1}`, detail: scalarText(rec(s).role), kind: 'step' }),
  },
  Budget: { allocations: (a, i) => ({ name: scalarText(rec(a).program) ?? `allocation ${i + 1}`, detail: scalarText(rec(a).amount), kind: 'field' }) },
};

/** Mapping sections whose keys are listed: a brief's timeline dates are its milestones. */
const MAP_KIND: Record<string, Record<string, NavSymbolKind>> = { Brief: { timeline: 'milestone', budget: 'field', audience: 'field', compliance: 'field' } };

/** A node's range without the line breaks and blank lines a block collection's range runs over. */
function spanOf(lines: LineIndex, start: number, end: number): Range {
  let stop = end;
  while (stop > start && /\s/.test(lines.text[stop - 1])) stop--;
  return lines.range(start, stop);
}

function pairSymbol(lines: LineIndex, pair: Pair, item: Omit<NavSymbol, 'range' | 'selectionRange'>): NavSymbol | undefined {
  const key = pair.key as YamlNode | null;
  if (!key?.range) return undefined;
  const value = pair.value as YamlNode | null;
  return { ...item, range: spanOf(lines, key.range[0], value?.range?.[2] ?? value?.range?.[1] ?? key.range[1]), selectionRange: lines.range(key.range[0], key.range[1]) };
}

/** The children of one top-level section of a document. */
function sectionChildren(doc: ParsedDocument, key: string, node: YamlNode | null): NavSymbol[] {
  const lines = doc.lines;
  const named = ITEMS[doc.kind ?? '']?.[key];
  if (named && isSeq(node)) {
    return node.items.flatMap((item, i): NavSymbol[] => {
      const n = item as YamlNode;
      if (!n?.range) return [];
      const range = spanOf(lines, n.range[0], n.range[2] ?? n.range[1]);
      const raw = rec(doc.value)[key];
      const data = Array.isArray(raw) ? raw[i] : isScalar(n) ? n.value : undefined;
      // An item's name is its first line: `- gate: brief`, or the step itself.
      const selectionRange = lines.range(n.range[0], Math.min(n.range[1], lines.lineEnd(range.start.line)));
      return [{ ...named(data, i), range, selectionRange, children: [] }];
    });
  }
  const kind = MAP_KIND[doc.kind ?? '']?.[key];
  if (kind && isMap(node)) {
    const data = rec(rec(doc.value)[key]);
    return node.items.flatMap((p) => {
      const k = keyText(p.key);
      const symbol = pairSymbol(lines, p, { name: k, detail: scalarText(data[k]), kind: isMap(p.value) || isSeq(p.value) ? 'section' : kind, children: [] });
      return symbol ? [symbol] : [];
    });
  }
  return [];
}

function documentSymbol(doc: ParsedDocument): NavSymbol {
  const data: Data = rec(doc.value);
  const lines = doc.lines;
  const yaml = doc.yaml;
  const range = spanOf(lines, doc.start, doc.end);
  const children: NavSymbol[] = [];
  const contents = yaml.contents as YamlNode | null;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      if (!isPair(pair)) continue;
      const key = keyText(pair.key);
      if (HEADER.has(key)) continue;
      const value = pair.value as YamlNode | null;
      const collection = isMap(value) || isSeq(value);
      const symbol = pairSymbol(lines, pair, { name: key, detail: collection ? undefined : scalarText(data[key]), kind: collection ? 'section' : 'field', children: collection ? sectionChildren(doc, key, value) : [] });
      if (symbol) children.push(symbol);
    }
  }
  const title = str(data.title) ?? str(data.name);
  return {
    name: doc.id ?? doc.kind ?? 'document',
    detail: [title, doc.kind].filter(Boolean).join(' · '),
    kind: DOCUMENT_KIND[doc.kind ?? ''] ?? 'section',
    range,
    selectionRange: valueRange(yaml, lines, ['id']) ?? objectRange(yaml, lines, []) ?? range,
    children,
  };
}

/**
 * The outline of a mops file: each document (named by its id; detail: its title or name and kind) with its
 * top-level keys; a brief's timeline dates, approvals (gate · approver · status), links, history; a workflow's
 * stages; a team's members; an SOP's steps; a budget's allocations. Empty for a file that is not ours.
 */
export function documentSymbols(workspace: Workspace, path: string): NavSymbol[] {
  const file = workspace.parsed(path);
  if (!file?.isMops) return [];
  return file.documents.map(documentSymbol);
}
