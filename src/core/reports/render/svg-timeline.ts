// Draws a timeline block (the campaign calendar) as inline SVG: a bar per row on a day axis, shaded blackouts, a today line; no script.

import { parseDay } from '../../text/dates';
import type { Timeline } from '../model';
import { TONE_COLOR, xmlEscape as esc } from './svg';

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const CHAR = 7;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

export function timelineSvg(t: Timeline): string {
  const from = parseDay(t.from) ?? 0;
  const to = parseDay(t.to) ?? from;
  const days = Math.max(1, to - from + 1);
  const width = 960;
  const labelChars = Math.min(34, Math.max(6, ...t.rows.map((r) => r.label.length)));
  const labelW = labelChars * CHAR + 14;
  const plotW = width - labelW - 12;
  const rowH = 22;
  const bandLabels = t.bands.length > 0 ? 18 : 0;
  const top = 22 + bandLabels;
  const height = top + Math.max(1, t.rows.length) * rowH + 8;
  const x = (day: number) => labelW + ((Math.min(Math.max(day, from), to + 1) - from) / days) * plotW;
  const parts: string[] = [];
  const bottom = top + t.rows.length * rowH;
  t.bands.forEach((b) => {
    const [bf, bt] = [parseDay(b.from), parseDay(b.to)];
    if (bf === undefined || bt === undefined) return;
    const [x1, x2] = [x(bf), x(bt + 1)];
    parts.push(`<rect x="${x1.toFixed(1)}" y="${top}" width="${Math.max(1, x2 - x1).toFixed(1)}" height="${Math.max(rowH, bottom - top)}" fill="#fde2e1" fill-opacity="0.7"><title>${esc(`Blackout: ${b.label} (${b.from} to ${b.to})`)}</title></rect>`);
    parts.push(`<text x="${x1.toFixed(1)}" y="35" font-size="11" fill="${TONE_COLOR.bad}">${esc(clip(b.label, Math.max(4, Math.floor((width - x1) / CHAR))))}</text>`);
  });
  for (const tick of t.ticks) {
    const day = parseDay(tick.day);
    if (day === undefined) continue;
    const tx = x(day);
    parts.push(`<line x1="${tx.toFixed(1)}" y1="${top - 4}" x2="${tx.toFixed(1)}" y2="${bottom}" stroke="#e3e7ee"/>`);
    parts.push(`<text x="${(tx + 3).toFixed(1)}" y="14" font-size="11" fill="#666">${esc(tick.label)}</text>`);
  }
  t.rows.forEach((r, i) => {
    const y = top + i * rowH;
    const [rf, rt] = [parseDay(r.from), parseDay(r.to)];
    if (i % 2 === 1) parts.push(`<rect x="0" y="${y}" width="${labelW}" height="${rowH}" fill="#fafbfc"/>`);
    parts.push(`<text x="${labelW - 8}" y="${y + 15}" font-size="12" text-anchor="end" fill="${r.tone === 'bad' || r.tone === 'warn' ? TONE_COLOR[r.tone] : '#222'}"><title>${esc(r.title)}</title>${esc(clip(r.label, labelChars))}</text>`);
    if (rf === undefined || rt === undefined) return;
    const [x1, x2] = [x(rf), x(rt + 1)];
    const fill = r.tone ? TONE_COLOR[r.tone] : '#4e79a7';
    parts.push(`<rect x="${x1.toFixed(1)}" y="${y + 4}" width="${Math.max(3, x2 - x1).toFixed(1)}" height="${rowH - 8}" rx="3" fill="${fill}"><title>${esc(r.title)}</title></rect>`);
  });
  const today = parseDay(t.today);
  if (today !== undefined && today >= from && today <= to) {
    const tx = x(today);
    parts.push(`<line x1="${tx.toFixed(1)}" y1="${top - 4}" x2="${tx.toFixed(1)}" y2="${bottom}" stroke="#1d2330" stroke-dasharray="3 3"><title>${esc(`Today, ${t.today}`)}</title></line>`);
  }
  parts.push(`<line x1="${labelW}" y1="${top - 4}" x2="${labelW}" y2="${bottom}" stroke="#9aa3b2"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(t.title)}" ${FONT}>${parts.join('')}</svg>`;
}

/** The same timeline as a Mermaid Gantt chart, for Markdown viewers that draw one (GitHub does). */
export function timelineMermaid(t: Timeline): string[] {
  const label = (s: string) => s.replace(/[:;#`\r\n]/g, ' ').replace(/\s+/g, ' ').trim() || '-';
  const length = (a: string, b: string) => Math.max(1, (parseDay(b) ?? 0) - (parseDay(a) ?? 0) + 1);
  const lines = ['```mermaid', 'gantt', `  title ${label(t.title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %d %b'];
  if (t.bands.length > 0) {
    lines.push('  section Blackouts');
    t.bands.forEach((b, i) => lines.push(`  ${label(b.label)} :crit, b${i}, ${b.from}, ${length(b.from, b.to)}d`));
  }
  lines.push('  section Campaigns');
  t.rows.forEach((r, i) => lines.push(`  ${label(r.label)} :${r.tone === 'warn' || r.tone === 'bad' ? 'crit, ' : ''}c${i}, ${r.from}, ${length(r.from, r.to)}d`));
  lines.push('```');
  return lines;
}
