// Renders a report document as GitHub-flavoured Markdown for a pull-request comment; every playbook string is escaped.

import { cellTone, cellValue, formatValue, isLocalFile, type BarChart, type Block, type Cell, type CellValue, type Figure, type Graph, type Links, type NumberFormat, type ReportDocument, type Table, type Tone } from '../model';
import { timelineMermaid } from './svg-timeline';

const ICON: Record<Tone, string> = { good: '🟢 ', warn: '🟡 ', bad: '🔴 ', muted: '' };

/**
 * Escapes text so Markdown shows it as written: no HTML, no links or images, no code spans, no
 * emphasis, no table-cell breaks, no block syntax at the start, no @mentions; one line.
 */
export function mdEscape(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]#+!|~$]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/^([-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Mermaid label: quoted, with every character outside a plain set written as an entity code. */
export function mermaidLabel(text: string): string {
  const body = [...text.replace(/\s+/g, ' ')].map((c) => (/[A-Za-z0-9 ,.()_\-/]/.test(c) ? c : `#${c.codePointAt(0)};`)).join('');
  return `"${body}"`;
}

/** Text is escaped; numbers are formatted by mops itself and shown as they are. */
function show(value: CellValue, format?: NumberFormat): string {
  return typeof value === 'string' ? mdEscape(value) : formatValue(value, format);
}

function cell(value: Cell, format?: NumberFormat): string {
  const tone = cellTone(value);
  return `${tone ? ICON[tone] : ''}${show(cellValue(value), format)}`;
}

function table(t: Table): string[] {
  const columns = t.columns.map((c, i) => ({ ...c, i })).filter((c) => !c.csvOnly);
  if (t.rows.length === 0) return [`_${mdEscape(t.empty ?? 'Nothing to show.')}_`];
  const numeric = (format?: string) => format !== undefined;
  return [
    `| ${columns.map((c) => mdEscape(c.label)).join(' | ')} |`,
    `| ${columns.map((c) => (numeric(c.format) ? '---:' : '---')).join(' | ')} |`,
    ...t.rows.map((row) => `| ${columns.map((c) => cell(row[c.i] ?? null, c.format)).join(' | ')} |`),
  ];
}

/** A chart as a table: the values per series, and a bar of block characters for the first one. */
function bars(chart: BarChart): string[] {
  if (chart.categories.length === 0) return [`**${mdEscape(chart.title)}**`, '', '_Nothing to chart._'];
  const max = Math.max(0, ...chart.categories.map((c) => c.values[0] ?? 0));
  const bar = (v: number | null) => (v !== null && max > 0 && v > 0 ? '█'.repeat(Math.max(1, Math.round((v / max) * 20))) : '');
  return [
    `**${mdEscape(chart.title)}**`,
    '',
    `| | ${chart.series.map(mdEscape).join(' | ')} | |`,
    `| --- | ${chart.series.map(() => '---:').join(' | ')} | --- |`,
    ...chart.categories.map(
      (c) => `| ${c.tone ? ICON[c.tone] : ''}${mdEscape(c.label)} | ${c.values.map((v) => show(v, chart.format)).join(' | ')} | ${bar(c.values[0] ?? null)} |`,
    ),
  ];
}

function mermaid(graph: Graph): string[] {
  if (graph.nodes.length === 0) return [`**${mdEscape(graph.title)}**`, '', '_Nothing to draw._'];
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['```mermaid', 'graph LR'];
  for (const n of graph.nodes) lines.push(`  ${ids.get(n.id)}[${mermaidLabel(n.title)}]${n.tone ? `:::${n.tone}` : ''}`);
  const pairs = new Set(graph.edges.map((e) => `${e.from}\u0000${e.to}`));
  const drawn = new Set<string>();
  for (const e of graph.edges) {
    const [from, to] = [ids.get(e.from), ids.get(e.to)];
    const key = [e.from, e.to].sort().join('\u0000');
    if (!from || !to || drawn.has(key)) continue;
    drawn.add(key);
    lines.push(`  ${from} ${pairs.has(`${e.to}\u0000${e.from}`) && e.from !== e.to ? '<-->' : '-->'} ${to}`);
  }
  lines.push(
    '  classDef muted stroke-dasharray: 4 4,color:#666',
    '  classDef warn fill:#fff4d6,stroke:#c99400',
    '  classDef bad fill:#fde2e1,stroke:#c0392b',
    '  classDef good fill:#e3f4e8,stroke:#3c9a5f',
    '```',
  );
  return lines;
}

function figures(list: Figure[]): string[] {
  return list.map((f) => `- **${mdEscape(f.label)}:** ${f.tone ? ICON[f.tone] : ''}${show(f.value, f.format)}`);
}

/** Links to the files next to this one; anything else is shown as text, never as a link. */
function links(b: Links): string[] {
  return [b.links.map((l) => (isLocalFile(l.href) ? `[${mdEscape(l.text)}](${l.href})` : mdEscape(l.text))).join(' · ')];
}

function block(b: Block): string[] {
  switch (b.type) {
    case 'table':
      return [...(b.title ? [`**${mdEscape(b.title)}**`, ''] : []), ...table(b.table)];
    case 'bars':
      return bars(b);
    case 'graph':
      return mermaid(b);
    case 'timeline':
      return b.rows.length > 0 ? timelineMermaid(b) : [`**${mdEscape(b.title)}**`, '', '_Nothing on the calendar._'];
    case 'text':
      return [mdEscape(b.text)];
    case 'list':
      return b.items.map((i) => `- ${mdEscape(i)}`);
    case 'figures':
      return figures(b.figures);
    case 'links':
      return links(b);
  }
}

export function renderMarkdown(doc: ReportDocument): string {
  const out = [`## ${mdEscape(doc.title)}`, '', `As of ${mdEscape(doc.today)}, computed by mops from the playbook files.`, ''];
  out.push(...figures(doc.summary));
  for (const section of doc.sections) {
    out.push('', `### ${mdEscape(section.title)}`, '');
    if (section.intro) out.push(mdEscape(section.intro), '');
    section.blocks.forEach((b, i) => out.push(...(i > 0 ? [''] : []), ...block(b)));
  }
  if (doc.notes.length > 0) out.push('', '### Notes', '', ...doc.notes.map((n) => `- ${mdEscape(n)}`));
  return `${out.join('\n')}\n`;
}
