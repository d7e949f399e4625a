// Draws a report's charts as inline SVG (horizontal bars, the integration graph): no scripts, no external references.

import { formatValue, type BarChart, type Graph, type Tone } from '../model';

/** Escapes text for SVG and HTML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1'];
export const TONE_COLOR: Record<Tone, string> = { good: '#3c9a5f', warn: '#c99400', bad: '#c0392b', muted: '#a3adbd' };
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
/** Average glyph width at 12px, for laying out labels without measuring them. */
const CHAR = 7;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** Round axis steps (1, 2, 5 × 10ⁿ) giving about five gridlines up to the largest value; whole steps for whole numbers. */
function ticks(max: number, whole: boolean): number[] {
  if (max <= 0) return [0];
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  // Counts of briefs or links have no fractions: no gridline at 0.5.
  const step = whole ? Math.max(1, nice) : nice;
  const out: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  if (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
  return out;
}

function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${Math.round((value / 1e6) * 10) / 10}M`;
  if (abs >= 1e4) return `${Math.round(value / 1e3)}k`;
  return String(Math.round(value * 10) / 10);
}

export function barChartSvg(chart: BarChart): string {
  const width = 760;
  const n = chart.series.length;
  const labelChars = Math.min(28, Math.max(4, ...chart.categories.map((c) => c.label.length)));
  const labelW = labelChars * CHAR + 16;
  const valueW = 96;
  const plotW = width - labelW - valueW;
  const barH = n === 1 ? 18 : 13;
  const groupH = n * barH + (n - 1) * 2 + 12;
  const legendH = n > 1 ? 26 : 0;
  const top = legendH + 6;
  const axisH = 22;
  const height = top + Math.max(1, chart.categories.length) * groupH + axisH;
  const values = chart.categories.flatMap((c) => c.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...values);
  const grid = ticks(max, values.every((v) => Number.isInteger(v)));
  const scale = (v: number) => (grid[grid.length - 1] > 0 ? (Math.max(0, v) / grid[grid.length - 1]) * plotW : 0);
  const color = (i: number) => {
    const tone = chart.seriesTones?.[i];
    return tone ? TONE_COLOR[tone] : PALETTE[i % PALETTE.length];
  };
  const parts: string[] = [];
  if (n > 1) {
    let x = labelW;
    chart.series.forEach((s, i) => {
      parts.push(`<rect x="${x}" y="6" width="12" height="12" rx="2" fill="${color(i)}"/>`);
      parts.push(`<text x="${x + 17}" y="16" font-size="12" fill="#333">${xmlEscape(clip(s, 30))}</text>`);
      x += 17 + Math.min(30, s.length) * CHAR + 18;
    });
  }
  const bottom = top + chart.categories.length * groupH;
  for (const t of grid) {
    const x = labelW + scale(t);
    parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#e3e7ee"/>`);
    parts.push(`<text x="${x}" y="${bottom + 15}" font-size="11" fill="#666" text-anchor="middle">${xmlEscape(chart.format === 'percent' ? `${compact(t)}%` : compact(t))}</text>`);
  }
  chart.categories.forEach((c, ci) => {
    const y0 = top + ci * groupH + 6;
    const bad = c.tone === 'bad' || c.tone === 'warn';
    parts.push(
      `<text x="${labelW - 8}" y="${y0 + (n * barH + (n - 1) * 2) / 2 + 4}" font-size="12" text-anchor="end" fill="${bad ? TONE_COLOR[c.tone!] : '#222'}"${bad ? ' font-weight="600"' : ''}><title>${xmlEscape(c.label)}</title>${xmlEscape(clip(c.label, labelChars))}</text>`,
    );
    c.values.forEach((v, si) => {
      const y = y0 + si * (barH + 2);
      const w = v === null ? 0 : scale(v);
      if (w > 0) parts.push(`<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" rx="2" fill="${color(si)}"><title>${xmlEscape(`${c.label} — ${chart.series[si] ?? ''}: ${formatValue(v, chart.format)}`)}</title></rect>`);
      // In grouped bars a zero has no bar and no label, so the groups stay readable; alone, it says 0.
      if (v !== 0 || n === 1) parts.push(`<text x="${(labelW + w + 5).toFixed(1)}" y="${y + barH - 3}" font-size="11" fill="#444">${xmlEscape(formatValue(v, chart.format))}</text>`);
    });
  });
  parts.push(`<line x1="${labelW}" y1="${top}" x2="${labelW}" y2="${bottom}" stroke="#9aa3b2"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${xmlEscape(chart.title)}" ${FONT}>${parts.join('')}</svg>`;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the segment from the centre of `a` towards the centre of `b` leaves `a`'s box. */
function edgePoint(a: Box, b: Box): [number, number] {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const t = Math.min(dx === 0 ? Infinity : a.w / 2 / Math.abs(dx), dy === 0 ? Infinity : a.h / 2 / Math.abs(dy));
  return Number.isFinite(t) ? [a.x + dx * t, a.y + dy * t] : [a.x, a.y];
}

/**
 * The order nodes go round the ellipse: a greedy chain that puts each node next to the one it shares
 * most edges with, so that most arrows are short; and the hub (the node with the most links, when it
 * links to at least a third of the others) in the middle, where its arrows fan out without crossing.
 */
function arrange(graph: Graph): { hub?: string; ring: string[] } {
  const links = new Map(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of graph.edges) {
    if (e.from === e.to) continue;
    links.get(e.from)?.add(e.to);
    links.get(e.to)?.add(e.from);
  }
  const degree = (id: string) => links.get(id)?.size ?? 0;
  const byDegree = graph.nodes.map((n) => n.id).sort((a, b) => degree(b) - degree(a));
  const n = graph.nodes.length;
  const hub = n >= 5 && degree(byDegree[0]) >= Math.max(3, (n - 1) / 3) ? byDegree[0] : undefined;
  const left = byDegree.filter((id) => id !== hub);
  const ring: string[] = [];
  while (left.length > 0) {
    const last = ring[ring.length - 1];
    let pick = 0;
    if (last !== undefined) {
      const near = left.findIndex((id) => links.get(last)?.has(id));
      if (near !== -1) pick = near;
    }
    ring.push(...left.splice(pick, 1));
  }
  return { hub, ring };
}

/** Nodes on an ellipse, wide enough that neighbouring boxes do not overlap; edges as straight arrows. */
export function graphSvg(graph: Graph): string {
  const labels = new Map(graph.nodes.map((node) => [node.id, clip(node.label, 24)]));
  const boxW = Math.max(60, ...[...labels.values()].map((l) => l.length * CHAR + 18));
  const boxH = 26;
  const { hub, ring } = arrange(graph);
  const m = ring.length;
  const rx = m <= 1 ? 0 : Math.max(hub ? 240 : 170, ((m * (boxW + 16)) / (2 * Math.PI)) * 1.15);
  const ry = m <= 1 ? 0 : Math.max(hub ? 150 : 110, rx * 0.55, (m * (boxH + 14)) / Math.PI / 1.6);
  const legendH = graph.legend ? 28 : 0;
  const width = Math.ceil(2 * rx + boxW + 40);
  const height = Math.ceil(2 * ry + boxH + 40 + legendH);
  const [cx, cy] = [width / 2, legendH + (height - legendH) / 2];
  const boxes = new Map<string, Box>();
  if (hub !== undefined) boxes.set(hub, { x: cx, y: cy, w: boxW, h: boxH });
  ring.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, m);
    boxes.set(id, { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle), w: boxW, h: boxH });
  });
  const parts: string[] = [
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b7689"/></marker></defs>',
  ];
  if (graph.legend) {
    let x = 12;
    for (const item of graph.legend) {
      parts.push(`<rect x="${x}" y="8" width="14" height="12" rx="3" fill="#fff" stroke="${TONE_COLOR[item.tone]}" stroke-width="2"/>`);
      parts.push(`<text x="${x + 19}" y="18" font-size="12" fill="#444">${xmlEscape(item.text)}</text>`);
      x += 19 + item.text.length * CHAR + 20;
    }
  }
  const pairs = new Set(graph.edges.map((e) => `${e.from}\u0000${e.to}`));
  const drawn = new Set<string>();
  for (const e of graph.edges) {
    const [a, b] = [boxes.get(e.from), boxes.get(e.to)];
    const key = [e.from, e.to].sort().join('\u0000');
    if (!a || !b || a === b || drawn.has(key)) continue;
    drawn.add(key);
    const both = pairs.has(`${e.to}\u0000${e.from}`);
    const [x1, y1] = edgePoint(a, b);
    const [x2, y2] = edgePoint(b, a);
    parts.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="#8a94a6" stroke-width="1.3" marker-end="url(#arrow)"${both ? ' marker-start="url(#arrow)"' : ''}><title>${xmlEscape(`${e.from} ${both ? '↔' : '→'} ${e.to}`)}</title></line>`,
    );
  }
  for (const node of graph.nodes) {
    const b = boxes.get(node.id)!;
    const stroke = node.tone ? TONE_COLOR[node.tone] : '#4e79a7';
    const fill = node.tone === 'bad' ? '#fde2e1' : node.tone === 'warn' ? '#fff4d6' : node.tone === 'muted' ? '#f1f3f6' : '#eef3fb';
    parts.push(
      `<g><title>${xmlEscape(node.title)}</title><rect x="${(b.x - b.w / 2).toFixed(1)}" y="${(b.y - b.h / 2).toFixed(1)}" width="${b.w}" height="${b.h}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${node.tone === 'muted' ? ' stroke-dasharray="4 3"' : ''}/><text x="${b.x.toFixed(1)}" y="${(b.y + 4).toFixed(1)}" font-size="12" text-anchor="middle" fill="#1d2330">${xmlEscape(labels.get(node.id) ?? '')}</text></g>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${xmlEscape(graph.title)}" ${FONT}>${parts.join('')}</svg>`;
}
