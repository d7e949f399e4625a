// Playbooks are untrusted pull-request input: hostile titles, owners, ids and URLs come out of every format as inert text.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { renderIndex, renderReport, REPORT_FORMATS, REPORTS, type Report } from '../../../src/core';
import { renderHtml } from '../../../src/core/reports/render/html';
import { renderMarkdown } from '../../../src/core/reports/render/markdown';
import { mdCells, mdTables, parseCsv, PAYLOAD, reportOf } from './util';

const TITLE = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> | [x](javascript:alert(1)) `tick` *em* @everyone";
const TAGS = /<(script|img|iframe|svg[^>]*onload|b>|i>|a\s|object|embed)/i;

/**
 * markdown-it (installed with @vscode/vsce), with raw HTML on and every link scheme allowed: more permissive
 * than GitHub. Bare http(s) URLs are left as text here; GitHub links those in any comment, from anyone.
 */
function markdownIt(): ((md: string) => string) | undefined {
  try {
    const name = 'markdown-it';
    const MarkdownIt = createRequire(__filename)(name) as new (options: object) => { render(md: string): string; validateLink: (url: string) => boolean };
    const md = new MarkdownIt({ html: true, linkify: false });
    md.validateLink = () => true;
    return (text) => md.render(text);
  } catch {
    return undefined;
  }
}

describe('report escaping (the payload playbook)', () => {
  const reports = new Map<string, Report>();
  before(async () => {
    for (const name of REPORTS) reports.set(name, await reportOf(name, PAYLOAD));
  });

  it('the payload reaches the reports (the brief title, the hostile stage, the formula program)', () => {
    const pipeline = reports.get('pipeline')!;
    assert.ok(JSON.stringify(pipeline.data).includes(JSON.stringify(TITLE).slice(1, -1)));
    assert.ok(renderReport(reports.get('budget')!, 'csv').includes('=HYPERLINK('));
  });

  for (const name of REPORTS) {
    describe(name, () => {
      it('HTML: no tag from the playbook, the payload shown as text', () => {
        const html = renderReport(reports.get(name)!, 'html');
        assert.doesNotMatch(html.replace(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart" /g, ''), TAGS);
        assert.doesNotMatch(html, /<[^>]*\son\w+\s*=/i, 'no event handler attribute');
        if (name === 'pipeline') assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#34;&#62;&#60;img src=x onerror=alert(1)&#62; | [x](javascript:alert(1))'));
      });

      it('Markdown: tables keep their shape, and no HTML, link, image, code or emphasis comes from the playbook', function () {
        const md = renderReport(reports.get(name)!, 'md');
        for (const table of mdTables(md)) for (const row of table) assert.equal(mdCells(row).length, mdCells(table[0]).length, row);
        const outsideMermaid = md.replace(/```mermaid[\s\S]*?```/g, '');
        assert.doesNotMatch(outsideMermaid, /<|(?<!\\)[[\]`]|@everyone/);
        const render = markdownIt();
        if (!render) return this.skip();
        const html = render(md).replace(/<pre><code class="language-mermaid">[\s\S]*?<\/code><\/pre>/g, '');
        assert.doesNotMatch(html, /<(a|img|script|iframe|svg|code|b|i)\b[^>]*>/i);
        // Emphasis only where mops writes it: an empty table's note, in full.
        for (const em of html.match(/<em>[^<]*<\/em>/g) ?? []) assert.match(em, /^<em>(No |Nothing |Every )[^*_]*\.<\/em>$/, em);
        for (const table of html.split('<table>').slice(1)) {
          const rows = table.split('</table>')[0].split('<tr>').slice(1);
          const width = (rows[0].match(/<th\b/g) ?? []).length;
          for (const row of rows.slice(1)) assert.equal((row.match(/<td\b/g) ?? []).length, width);
        }
        if (name === 'pipeline') assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; | [x](javascript:alert(1)) `tick` *em* @'));
      });

      it('CSV: quoted per RFC 4180, and no cell a spreadsheet would run as a formula', () => {
        const records = parseCsv(renderReport(reports.get(name)!, 'csv'));
        assert.equal(records.length, reports.get(name)!.document.main.rows.length + 1);
        for (const cell of records.flat()) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue; // a number mops computed
          assert.doesNotMatch(cell, /^[=+\-@\t\r]/, cell);
        }
      });

      it('JSON: no raw angle brackets, and the strings round-trip exactly', () => {
        const text = renderReport(reports.get(name)!, 'json');
        assert.doesNotMatch(text, /[<>]/);
        assert.deepEqual(JSON.parse(text).data, JSON.parse(JSON.stringify(reports.get(name)!.data)));
      });
    });
  }

  it('formula cells keep their text behind an apostrophe', () => {
    const budget = parseCsv(renderReport(reports.get('budget')!, 'csv'));
    assert.deepEqual(
      budget.slice(1).map((r) => r[0]),
      ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'@SUM(1+1)"],
    );
    const utm = parseCsv(renderReport(reports.get('utm')!, 'csv'));
    assert.equal(utm[2][1], "'\tTabbed");
  });

  it('the index page links the report files and nothing else, and shows the payload as text', () => {
    const built = REPORTS.map((n) => reports.get(n)!);
    const files = REPORTS.flatMap((n) => REPORT_FORMATS.map((f) => `${n}.${f}`)).sort();
    const md = renderIndex(built, REPORT_FORMATS, 'md');
    assert.deepEqual([...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]).sort(), files);
    assert.doesNotMatch(md, /</);
    const html = renderIndex(built, REPORT_FORMATS, 'html');
    assert.deepEqual([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).sort(), files);
    // Past mops's own links, no tag comes from the playbook.
    assert.doesNotMatch(html.replace(/<a href="[a-z]+\.[a-z]+">[A-Za-z]+: [a-z]+\.[a-z]+<\/a>/g, ''), TAGS);
    assert.doesNotMatch(html, /<[^>]*\son\w+\s*=/i, 'no event handler attribute');
  });

  it('a link to anything but a file next to the page is shown as text, in Markdown and HTML', () => {
    const hrefs = ['javascript:alert(1)', 'https://evil.example/', '../outside.html', '/etc/passwd', 'a b.md', 'x.md)[y](javascript:1', '.hidden', ''];
    const doc = { title: 't', today: '2026-11-20', summary: [], notes: [], main: { columns: [], rows: [] }, sections: [{ title: 's', blocks: [{ type: 'links' as const, links: hrefs.map((href) => ({ text: `to ${href}`, href })) }] }] };
    assert.doesNotMatch(renderMarkdown(doc), /(?<!\\)\]\(/);
    assert.doesNotMatch(renderHtml(doc), /<a\b/);
  });

  it('Mermaid labels are quoted, with nothing that could end the label or the block', () => {
    const md = renderReport(reports.get('martech')!, 'md');
    const block = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    const nodes = block.split('\n').filter((l) => /^ {2}n\d+\[/.test(l));
    assert.equal(nodes.length, 3); // the tool and its two integrations that are not in the register
    for (const line of nodes) assert.match(line, /^ {2}n\d+\["[A-Za-z0-9 ,.()_\-/#;]*"\](:::\w+)?$/);
    assert.ok(block.includes('#60;script#62;alert(#39;tool#39;)#60;/script#62;'));
  });
});
