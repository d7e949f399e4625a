// One name and one definition per figure: the glossary in docs/reports.md, every renderer of the budget report and the diff, and the JSON keys agree.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDiffReport, buildReport, renderDiffReport, renderReport, REPORT_FORMATS, RULES, type DiffReport, type Report } from '../../../src/core';
import { RISKS } from '../../../src/core/domain/risks';
import { FIGURES } from '../../../src/core/reports/figures';
import { loadDir, readTree, REFERENCE, ROOT, workspaceOf } from '../../helpers';
import { mdTables, parseCsv, SMALL } from './util';

/** The names the reports used before they had one name per figure: none may come back, as a heading, a card or a key. */
const RETIRED = ['Remaining', 'Left', 'Planned − allocation', 'Actual − planned', 'Allocated', 'Planned spend', 'plannedVsAllocation', 'actualVsPlanned', 'remaining', 'left'];

/** The names a rendering gives its figures: table headings and summary cards (Markdown, HTML), CSV headers and details, or keys (JSON). */
function names(text: string, format: string): string[] {
  switch (format) {
    case 'md':
      return [...mdTables(text).flatMap((t) => t[0].slice(2, -2).split(' | ')), ...[...text.matchAll(/^- \*\*(.+?)(?: \(\w+\))?:\*\*/gm)].map((m) => m[1])];
    case 'html':
      return [...text.matchAll(/<th[^>]*>([^<]*)<\/th>|<div class="label">([^<]*?)(?: \(\w+\))?<\/div>/g)].map((m) => m[1] ?? m[2]);
    case 'csv': {
      // The diff's CSV names its figures inside the detail of a row: `Allocation: 20,000 USD; Planned change: 0; …`.
      const [header, ...rows] = parseCsv(text);
      return [...header, ...rows.flat().flatMap((cell) => [...cell.matchAll(/(?:^|; )([A-Z][a-z]+(?: [a-z]+)*): /g)].map((m) => m[1]))];
    }
    default: {
      const keys: string[] = [];
      JSON.parse(text, (key, value) => (keys.push(key), value));
      return keys;
    }
  }
}

const HEAD_FILES = (() => {
  const files = readTree(REFERENCE);
  return { base: files, head: { ...files, 'budget/fy2026.yaml': files['budget/fy2026.yaml'].replace('amount: 150000', 'amount: 20000') } };
})();

const ALLOCATION = [FIGURES.allocation, FIGURES.planned, FIGURES.actual, FIGURES.unplanned, FIGURES.unspent, FIGURES.variance];

/** The rows of a table between `<!-- NAME:start -->` and `<!-- NAME:end -->` in docs/reports.md, header and rule left out. */
function docsTable(name: string): string[] {
  const docs = readFileSync(join(ROOT, 'docs', 'reports.md'), 'utf8');
  const body = docs.split(`<!-- ${name}:start -->\n`)[1]?.split(`<!-- ${name}:end -->`)[0];
  assert.ok(body, `docs/reports.md has the ${name} markers`);
  return body.trim().split('\n').slice(2);
}

/** The small fixture's budget (events is over its allocation by 1,000) and a diff of the reference cutting brand's allocation to 20,000. */
async function reports(): Promise<{ budget: Report<'budget'>; diff: DiffReport }> {
  const budget = buildReport('budget', await loadDir(SMALL));
  const diff = buildDiffReport(workspaceOf(HEAD_FILES.base, { rules: RULES }), workspaceOf(HEAD_FILES.head, { rules: RULES }));
  return { budget, diff };
}

describe('report figures: one name, one definition', () => {
  it('docs/reports.md holds the glossary of the figures and the severity of each risk, as the code has them', () => {
    assert.deepEqual(
      docsTable('figures'),
      Object.values(FIGURES).map((f) => `| ${f.label} | \`${f.key}\` | ${f.definition} |`),
    );
    assert.deepEqual(
      docsTable('risks'),
      Object.values(RISKS).map((r) => `| ${r.label} | ${r.severity} | ${'rule' in r ? `\`${r.rule}\`` : '—'} |`),
    );
  });

  it('the budget report uses the glossary names in Markdown, HTML and CSV, and its keys in JSON', async () => {
    const { budget } = await reports();
    const md = renderReport(budget, 'md');
    const header = mdTables(md).find((t) => t[0].startsWith('| Program |'))![0];
    assert.equal(header, `| Program | ${ALLOCATION.map((f) => f.label).join(' | ')} | Briefs |`);
    const html = renderReport(budget, 'html');
    for (const f of ALLOCATION) assert.ok(html.includes(`<th scope="col" class="num">${f.label}</th>`), f.label);
    const csv = parseCsv(renderReport(budget, 'csv'));
    assert.deepEqual(csv[0], ['Program', 'Budget', 'Currency', ...ALLOCATION.map((f) => f.label), 'Briefs']);
    const json = JSON.parse(renderReport(budget, 'json')).data;
    for (const row of [json.allocations[0], json.totals[0]]) for (const f of ALLOCATION) assert.ok(f.key in row, f.key);
    // The definitions are in the report itself, under the table.
    for (const f of ALLOCATION.slice(1)) assert.ok(md.includes(`- ${f.label}: `), f.label);
  });

  it('the diff uses the same names and keys, and the same value for the same allocation', async () => {
    const { diff } = await reports();
    const md = renderDiffReport(diff, 'md');
    const header = mdTables(md).find((t) => t[0].startsWith('| Program |'))![0];
    for (const f of [FIGURES.allocation, FIGURES.planned, FIGURES.plannedChange, FIGURES.actual, FIGURES.unplanned, FIGURES.unspent]) assert.ok(header.includes(`| ${f.label}`), `${f.label} in ${header}`);
    const html = renderDiffReport(diff, 'html');
    for (const f of [FIGURES.plannedChange, FIGURES.unplanned, FIGURES.unspent]) assert.ok(html.includes(`>${f.label}</th>`), f.label);
    const [brand] = JSON.parse(renderDiffReport(diff, 'json')).data.budget;
    for (const f of [FIGURES.plannedChange, FIGURES.unplanned, FIGURES.unspent]) assert.ok(f.key in brand, f.key);
    // The budget report of the head says the same of brand: 20,000 − 30,000 planned, 20,000 − 6,000 spent.
    const head = buildReport('budget', workspaceOf(HEAD_FILES.head, { rules: RULES }));
    const row = head.data.allocations.find((a) => a.program === 'brand')!;
    assert.deepEqual([brand.unplanned, brand.unspent], [row.unplanned, row.unspent]);
    assert.deepEqual([row.unplanned, row.unspent], [-10000, 14000]);
    const csv = parseCsv(renderDiffReport(diff, 'csv'));
    assert.equal(csv.find((r) => r[0] === 'budget')?.[5], 'Allocation: 20,000 USD; Planned change: 0; Unplanned: over by 10,000; Unspent: 14,000');
  });

  it('an allocation exceeded reads "over by" in Markdown and HTML, and stays a signed number in CSV and JSON', async () => {
    const { budget } = await reports();
    // events: 4,000 allocated, delta plans 5,000.
    assert.match(renderReport(budget, 'md'), /^\| events \| 4,000 \| 5,000 \| 0 \| 🔴 over by 1,000 \| 4,000 \| -5,000 \| 1 \|$/m);
    assert.match(renderReport(budget, 'html'), /<span class="tone bad">over by 1,000<\/span>/);
    const csv = parseCsv(renderReport(budget, 'csv'));
    const unplanned = csv[0].indexOf(FIGURES.unplanned.label);
    assert.equal(csv.find((r) => r[0] === 'events')?.[unplanned], '-1000');
    assert.equal(JSON.parse(renderReport(budget, 'json')).data.allocations.find((a: { program: string }) => a.program === 'events').unplanned, -1000);
  });

  it('no renderer of the budget report or the diff names a figure by a retired name', async () => {
    const { budget, diff } = await reports();
    for (const format of REPORT_FORMATS) {
      for (const [report, text] of [['budget', renderReport(budget, format)], ['diff', renderDiffReport(diff, format)]]) {
        const used = names(text, format);
        assert.ok(used.includes(format === 'json' ? FIGURES.unplanned.key : FIGURES.unplanned.label), `${report} ${format}: ${used.join(', ')}`);
        for (const name of RETIRED) assert.ok(!used.includes(name), `${report} ${format} names a figure '${name}'`);
      }
    }
  });
});
