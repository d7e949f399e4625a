// Renders a report document as one self-contained HTML page: inline CSS and SVG, a CSP that forbids every fetch and script.

import { cellTone, cellValue, formatValue, isLocalFile, type Block, type Cell, type Column, type Figure, type Links, type ReportDocument, type Table } from '../model';
import { barChartSvg, graphSvg, xmlEscape as esc } from './svg';
import { timelineSvg } from './svg-timeline';

/** Nothing may load or run: styles inline only, images only as data: URIs. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5d6778; --line: #dde2ea; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1320px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 6px; }
h3 { font-size: 14px; margin: 14px 0 6px; color: var(--muted); }
.meta, .intro, footer { color: var(--muted); }
.intro { margin: 0 0 12px; max-width: 80ch; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 10px; margin: 20px 0 24px; }
.figure { background: #fff; border: 1px solid var(--line); border-left: 4px solid #4e79a7; border-radius: 8px; padding: 10px 12px; }
.figure .label { font-size: 12px; color: var(--muted); }
.figure .value { font-size: 20px; font-weight: 600; overflow-wrap: anywhere; }
.figure.good { border-left-color: #3c9a5f; } .figure.warn { border-left-color: #c99400; }
.figure.bad { border-left-color: #c0392b; } .figure.muted { border-left-color: #a3adbd; }
section.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin: 0 0 18px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 6px 9px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
th { background: #f0f2f6; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.nw { white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafbfc; }
.tone { display: inline-block; border-radius: 4px; padding: 0 6px; }
.tone.good { background: #e3f4e8; color: #1f6b3b; } .tone.warn { background: #fff4d6; color: #7a5a00; }
.tone.bad { background: #fde2e1; color: #9b2418; font-weight: 600; } .tone.muted { color: #7b8494; }
.empty { color: var(--muted); font-style: italic; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0 4px; }
ul { margin: 4px 0 10px; padding-left: 22px; }
.links a { color: #2f5d8a; font-weight: 600; }
footer { margin-top: 24px; font-size: 12px; }
`;

function cell(value: Cell, column: Column): string {
  const raw = formatValue(cellValue(value), column.format);
  const tone = cellTone(value);
  const inner = tone ? `<span class="tone ${tone}">${esc(raw)}</span>` : esc(raw);
  // Dates, statuses and short ids read badly broken over two lines; titles and messages may wrap.
  const kind = column.format ? 'num' : raw.length <= 24 && !/\s/.test(raw) ? 'nw' : '';
  return `<td${kind ? ` class="${kind}"` : ''}>${inner}</td>`;
}

function table(t: Table, title?: string): string {
  const heading = title ? `<h3>${esc(title)}</h3>` : '';
  if (t.rows.length === 0) return `${heading}<p class="empty">${esc(t.empty ?? 'Nothing to show.')}</p>`;
  const columns = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.csvOnly);
  const head = columns.map(({ c }) => `<th scope="col"${c.format ? ' class="num"' : ''}>${esc(c.label)}</th>`).join('');
  const body = t.rows.map((row) => `<tr>${columns.map(({ c, i }) => cell(row[i] ?? null, c)).join('')}</tr>`).join('\n');
  return `${heading}<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function figures(list: Figure[]): string {
  const cards = list.map((f) => `<div class="figure${f.tone ? ` ${f.tone}` : ''}"><div class="label">${esc(f.label)}</div><div class="value">${esc(formatValue(f.value, f.format))}</div></div>`);
  return `<div class="figures">\n${cards.join('\n')}\n</div>`;
}

/** Links to the files next to this page; anything else is shown as text, never as a link. */
function links(b: Links): string {
  return `<p class="links">${b.links.map((l) => (isLocalFile(l.href) ? `<a href="${esc(l.href)}">${esc(l.text)}</a>` : esc(l.text))).join(' · ')}</p>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'table':
      return table(b.table, b.title);
    case 'bars':
      return `<h3>${esc(b.title)}</h3>${b.categories.length > 0 ? barChartSvg(b) : '<p class="empty">Nothing to chart.</p>'}`;
    case 'graph':
      return `<h3>${esc(b.title)}</h3>${b.nodes.length > 0 ? graphSvg(b) : '<p class="empty">Nothing to draw.</p>'}`;
    case 'timeline':
      return `<h3>${esc(b.title)}</h3>${b.rows.length > 0 ? `<div class="scroll">${timelineSvg(b)}</div>` : '<p class="empty">Nothing on the calendar.</p>'}`;
    case 'text':
      return `<p>${esc(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'figures':
      return figures(b.figures);
    case 'links':
      return links(b);
  }
}

export function renderHtml(doc: ReportDocument): string {
  const sections = doc.sections
    .map((s) => `<section class="card"><h2>${esc(s.title)}</h2>${s.intro ? `<p class="intro">${esc(s.intro)}</p>` : ''}\n${s.blocks.map(block).join('\n')}</section>`)
    .join('\n');
  const notes = doc.notes.length > 0 ? `<section class="card"><h2>Notes</h2><ul>${doc.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)} — mops</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${esc(doc.title)}</h1><p class="meta">As of ${esc(doc.today)}, computed by mops from the playbook files.</p></header>
${figures(doc.summary)}
${sections}
${notes}
<footer>Generated by mops. Every figure is computed from the playbook's YAML files; nothing on this page loads from the network.</footer>
</main>
</body>
</html>
`;
}
