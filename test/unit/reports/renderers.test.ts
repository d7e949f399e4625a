// Every report in every format: Markdown tables keep their shape, CSV reads back, JSON round-trips, HTML is self-contained.

import assert from 'node:assert/strict';
import { renderReport, REPORT_FORMATS, REPORTS, type Report } from '../../../src/core';
import { EXAMPLE, REFERENCE } from '../../helpers';
import { mdCells, mdTables, parseCsv, reportOf, SMALL } from './util';

const PLAYBOOKS: Array<[string, string]> = [
  ['reference', REFERENCE],
  ['small', SMALL],
  ['example', EXAMPLE],
];

describe('report renderers', () => {
  for (const [label, dir] of PLAYBOOKS) {
    for (const name of REPORTS) {
      describe(`${name} (${label})`, () => {
        let report: Report;
        before(async () => {
          report = await reportOf(name, dir);
        });

        it('renders every format', () => {
          for (const format of REPORT_FORMATS) assert.ok(renderReport(report, format).length > 100, format);
        });

        it('Markdown: a title, the figures, and tables whose rows all have the header row cell count', () => {
          const md = renderReport(report, 'md');
          assert.ok(md.startsWith(`## ${report.title}\n`), md.slice(0, 80));
          assert.match(md, new RegExp(`As of ${report.today}`));
          for (const f of report.document.summary) assert.ok(md.includes(`\n- **${f.label}:** `), f.label);
          const tables = mdTables(md);
          assert.ok(tables.length > 0);
          for (const table of tables) {
            const width = mdCells(table[0]).length;
            assert.match(table[1], /^\| (---:?)( \| ---:?)* \|$/);
            for (const row of table) assert.equal(mdCells(row).length, width, row);
          }
          // The main table appears with one row per main row (when it has rows).
          const main = report.document.main;
          if (main.rows.length > 0) {
            const header = `| ${main.columns.filter((c) => !c.csvOnly).map((c) => c.label).join(' | ')} |`.replace(/_/g, '\\_');
            const table = tables.find((t) => t[0] === header);
            assert.ok(table, `the main table with header ${header}`);
            assert.equal(table.length - 2, main.rows.length);
          }
        });

        it('CSV: reads back as RFC 4180 with a header and one record per main-table row', () => {
          const records = parseCsv(renderReport(report, 'csv'));
          const { columns, rows } = report.document.main;
          assert.deepEqual(records[0], columns.map((c) => c.label));
          assert.equal(records.length, rows.length + 1);
          for (const record of records) assert.equal(record.length, columns.length);
        });

        it('JSON: round-trips to the report data', () => {
          const parsed = JSON.parse(renderReport(report, 'json'));
          assert.deepEqual(Object.keys(parsed), ['version', 'report', 'title', 'today', 'data']);
          assert.equal(parsed.version, 1);
          assert.equal(parsed.report, name);
          assert.equal(parsed.today, report.today);
          assert.deepEqual(parsed.data, JSON.parse(JSON.stringify(report.data)));
        });

        it('HTML: one self-contained page with a strict CSP and nothing that loads', () => {
          const html = renderReport(report, 'html');
          const charts = report.document.sections.flatMap((s) => s.blocks).filter((b) => (b.type === 'bars' && b.categories.length > 0) || (b.type === 'graph' && b.nodes.length > 0) || (b.type === 'timeline' && b.rows.length > 0));
          assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
          assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:;/);
          assert.doesNotMatch(html, /<[^>]*\s(src|href|srcset|action|formaction|background|poster|xlink:href)\s*=/i);
          assert.doesNotMatch(html, /<(script|iframe|object|embed|link|base|form|img)\b/i);
          // CSS and SVG may only point inside the page (the arrow marker, url(#arrow)).
          assert.doesNotMatch(html, /url\((?!#)|@import/i);
          // The SVG namespace is the only absolute URL, and it is a name, not a request.
          assert.deepEqual([...new Set(html.match(/https?:\/\/[^\s"'<>]+/g) ?? [])], charts.length > 0 ? ['http://www.w3.org/2000/svg'] : []);
          assert.equal((html.match(/<svg /g) ?? []).length, charts.length);
        });
      });
    }
  }

  it('the martech Markdown draws the integration map as a Mermaid graph', async () => {
    const md = renderReport(await reportOf('martech', REFERENCE), 'md');
    const block = /```mermaid\ngraph LR\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    // Four tools; hubspot⇄salesforce and hubspot⇄ga4 both ways, meta-ads→ga4 one way.
    assert.equal(block.match(/^ {2}n\d+\["/gm)?.length, 4);
    assert.equal(block.match(/ <--> /g)?.length, 2);
    assert.equal(block.match(/ --> /g)?.length, 1);
  });
});
