// mops report handbook: the pages of a small playbook checked by hand (files, every link, escaping, each SOP
// step's role, people, "done when" and link), the one-document Markdown and JSON, and the CLI that writes them.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHandbookData, handbookPages, renderHandbook, type HandbookPage } from '../../../src/core';
import { handbookDocuments } from '../../../src/core/reports/handbook/pages';
import { cleanup, FIXTURES, loadDir, runCli, tempPlaybook } from '../../helpers';

const HANDBOOK = join(FIXTURES, 'reports', 'handbook');
const FILES = ['index', 'sop-hostile', 'sop-weird-id-x', 'workflow-launch', 'standards'];

async function data() {
  return buildHandbookData(await loadDir(HANDBOOK));
}

function page(pages: HandbookPage[], file: string): string {
  const found = pages.find((p) => p.file === file);
  assert.ok(found, `no page ${file}`);
  return found.content;
}

/** The targets of every link on an HTML page. */
const htmlLinks = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
/** The targets of every Markdown link (an escaped `\]` is text, not a link). */
const mdLinks = (md: string) => [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);

describe('handbook', () => {
  after(cleanup);

  it('has an index, a page per SOP and per workflow, and the standards, with file names made safe', async () => {
    // SOPs sorted by area, the one without an area last: hostile (ops), then Weird/ID..x → weird-id-x.
    for (const format of ['html', 'md'] as const) {
      assert.deepEqual(handbookPages(await data(), format).map((p) => p.file), FILES.map((f) => `${f}.${format}`));
    }
  });

  it('links only to pages that exist: the index to every page, every page back to the index', async () => {
    for (const [format, linksOf] of [['html', htmlLinks], ['md', mdLinks]] as const) {
      const pages = handbookPages(await data(), format);
      const files = new Set(pages.map((p) => p.file));
      for (const p of pages) {
        for (const href of linksOf(p.content)) assert.ok(files.has(href), `${p.file} links to ${href}, which is not a page`);
        if (p.file !== `index.${format}`) assert.deepEqual(linksOf(p.content), [`index.${format}`], `${p.file} links back to the index only`);
      }
      assert.deepEqual(new Set(linksOf(page(pages, `index.${format}`))), new Set([...files].filter((f) => f !== `index.${format}`)));
    }
  });

  it('escapes hostile text: no markup, script or link comes from the playbook', async () => {
    const html = handbookPages(await data(), 'html');
    for (const p of html) {
      assert.doesNotMatch(p.content, /<script|<b>|<i>|javascript:alert\(1\)\)"/i, p.file);
      assert.match(p.content, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    }
    const sop = page(html, 'sop-hostile.html');
    assert.ok(sop.includes('<title>&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34; — mops</title>'));
    assert.ok(sop.includes('<h1>&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;</h1>'));
    assert.ok(sop.includes('<p>Read [me](javascript:alert(1)) first.</p>'), 'the summary is text');
    // The index names the SOP in its link text, escaped; its href is the safe file name.
    assert.ok(page(html, 'index.html').includes('<a href="sop-hostile.html">&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;</a>'));
    const md = handbookPages(await data(), 'md');
    const mdSop = page(md, 'sop-hostile.md');
    assert.ok(mdSop.startsWith('## &lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"\n'));
    assert.ok(mdSop.includes('Read \\[me\\](javascript:alert(1)) first.'));
    assert.deepEqual(mdLinks(mdSop), ['index.md']);
  });

  it("shows each step's role, the people holding it, when it is done and its link", async () => {
    const html = handbookPages(await data(), 'html');
    const sop = page(html, 'sop-hostile.html');
    assert.ok(sop.includes('<tr><th scope="col" class="num">#</th><th scope="col">Step</th><th scope="col">Role</th><th scope="col">Who</th><th scope="col">Done when</th><th scope="col">Link</th></tr>'));
    // A plain step has no role, done-when or link: dashes.
    assert.ok(sop.includes('<tr><td class="num">1</td><td>Say hi</td><td class="nw">—</td><td class="nw">—</td><td class="nw">—</td><td class="nw">—</td></tr>'));
    // ops is held by Ann Lee and Bo Kim (team.yaml); the link is shown as text, never as a link.
    assert.ok(sop.includes('<tr><td class="num">2</td><td>Check &#60;b&#62;links&#60;/b&#62;</td><td class="nw">ops</td><td>Ann Lee (ann.lee), Bo Kim (bo.kim)</td><td>All 200 &#38; tagged</td><td>https://wiki.example/q?a=1&#38;b=&#60;i&#62;</td></tr>'));
    const md = page(handbookPages(await data(), 'md'), 'sop-hostile.md');
    assert.ok(md.includes('| 1 | Say hi | — | — | — | — |'));
    assert.ok(md.includes('| 2 | Check &lt;b&gt;links&lt;/b&gt; | ops | Ann Lee (ann.lee), Bo Kim (bo.kim) | All 200 &amp; tagged | https://wiki.example/q?a=1&amp;b=&lt;i&gt; |'));
    // Nobody holds nobody-role (ref/unknown-role reports it): red. No step has a link: no Link column.
    const second = page(handbookPages(await data(), 'md'), 'sop-weird-id-x.md');
    assert.ok(second.includes('| \\# | Step | Role | Who | Done when |\n| ---: | --- | --- | --- | --- |\n| 1 | Approve | nobody-role | 🔴 nobody holds it | Approved |\n'));
    // Reviewed 2026-01-01 every 30 days: due 2026-01-31, before today (2026-11-20).
    assert.ok(second.includes('- **Next review:** 🟡 2026-01-31'));
  });

  it('lays a workflow out: stages, SLAs, gates with their roles and the people who approve, tier rules', async () => {
    const docs = handbookDocuments(await data(), 'html', 'files');
    const workflow = docs.find((d) => d.name === 'workflow-launch')!.document;
    // 3 stages, 2 with a gate; SLA 5 + 2 + 30 = 37 days; live is a launch stage name.
    assert.deepEqual(workflow.summary.map((f) => [f.label, f.value]), [['Stages', 3], ['Gates', 2], ['SLA days, all stages', 37], ['Launch stage', 'live']]);
    const [stages, tiers] = workflow.sections;
    const table = stages.blocks.find((b) => b.type === 'table');
    assert.ok(table?.type === 'table');
    assert.deepEqual(table.table.rows, [
      [1, 'brief', 5, 'lead', 'Ann Lee (ann.lee)', 'objective', null],
      [2, 'qa', 2, 'ops, legal', 'Ann Lee (ann.lee), Bo Kim (bo.kim), Cy Diaz (cy.diaz)', null, 'links-tested'],
      [3, 'live', 30, 'no gate', null, null, null],
    ]);
    assert.deepEqual(tiers.blocks[0].type === 'table' && tiers.blocks[0].table.rows, [[1, 7, 1], [2, 21, null]]);
    const index = docs[0].document;
    assert.deepEqual(index.summary.map((f) => f.value), [2, 1, 3]);
    const roles = index.sections[3].blocks[0];
    assert.deepEqual(roles.type === 'table' && roles.table.rows, [
      ['lead', 'Ann Lee (ann.lee)'],
      ['legal', 'Cy Diaz (cy.diaz)'],
      ['ops', 'Ann Lee (ann.lee), Bo Kim (bo.kim)'],
    ]);
  });

  it('shows the naming templates and tokens and the UTM standard', async () => {
    const md = page(handbookPages(await data(), 'md'), 'standards.md');
    assert.ok(md.includes('| campaign | \\{year\\}-\\{region\\}-\\{slug\\} | 40 |'));
    assert.ok(md.includes('| year | any year |\n| region | na, emea |\n| slug | any slug |'));
    assert.ok(md.includes('- Required parameters: utm\\_source, utm\\_medium.'));
    assert.ok(md.includes('| utm\\_campaign | no | a campaign name (see the naming convention) |'));
    assert.ok(md.includes('| google | cpc |\n| newsletter | email |'));
  });

  it('prints one Markdown document without links, or the data as JSON', async () => {
    const md = renderHandbook(await data(), 'md');
    assert.deepEqual(mdLinks(md), []);
    for (const title of ['How we work: the marketing-ops handbook', 'Second', 'Launch flow', 'Naming and UTM standards']) assert.ok(md.includes(`## ${title}\n`), title);
    const json = JSON.parse(renderHandbook(await data(), 'json')) as { report: string; data: { sops: Array<{ steps: Array<{ doneWhen?: string; link?: string }> }> } };
    assert.equal(json.report, 'handbook');
    assert.deepEqual(json.data.sops[0].steps[1], {
      text: 'Check <b>links</b>',
      role: 'ops',
      holders: [{ id: 'ann.lee', name: 'Ann Lee' }, { id: 'bo.kim', name: 'Bo Kim' }],
      link: 'https://wiki.example/q?a=1&b=<i>',
      doneWhen: 'All 200 & tagged',
    });
  });

  it('the CLI writes the pages with --out-dir, prints Markdown, and refuses HTML on stdout', async () => {
    const out = tempPlaybook({});
    const run = await runCli(['report', 'handbook', HANDBOOK, '--out-dir', join(out, 'site'), '--format', 'html,md']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Wrote the handbook \(10 pages\) to /);
    assert.deepEqual(readdirSync(join(out, 'site')).sort(), FILES.flatMap((f) => [`${f}.html`, `${f}.md`]).sort());
    assert.equal(readFileSync(join(out, 'site', 'sop-hostile.html'), 'utf8'), page(handbookPages(await data(), 'html'), 'sop-hostile.html'));
    // Options may come before the report's name.
    const md = await runCli(['report', '--format', 'md', 'handbook', HANDBOOK]);
    assert.equal(md.code, 0, md.stderr);
    assert.equal(md.stdout, renderHandbook(await data(), 'md'));
    const html = await runCli(['report', 'handbook', HANDBOOK, '--format', 'html']);
    assert.equal(html.code, 2);
    assert.match(html.stderr, /The HTML handbook is a site of several pages: name the folder to write them to with --out-dir DIR/);
    assert.ok(!existsSync(join(HANDBOOK, 'index.html')));
  });
});
