// The handbook's HTML pages in a real Chromium: following every link from the index reaches a page of the site,
// nothing else is requested, nothing runs, no console error; the hostile SOP title shows as text.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { buildHandbookData, handbookPages } from '../../../src/core';
import { FIXTURES, loadDir } from '../../helpers';

const CHROMIUM = process.env.MOPS_CHROMIUM ?? '/usr/bin/chromium';

describe('handbook HTML in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let dir = '';

  before(async function () {
    if (!existsSync(CHROMIUM)) return this.skip();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    dir = mkdtempSync(join(tmpdir(), 'mops-handbook-html-'));
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every link leads to a page of the site, and each page is inert', async () => {
    const pages = handbookPages(buildHandbookData(await loadDir(join(FIXTURES, 'reports', 'handbook'))), 'html');
    for (const p of pages) writeFileSync(join(dir, p.file), p.content);
    const page = await browser!.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      const index = pathToFileURL(join(dir, 'index.html')).href;
      await page.goto(index, { waitUntil: 'load' });
      const hrefs = await page.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      // 2 SOPs, 1 workflow and the standards.
      assert.equal(hrefs.length, 4);
      const visited: string[] = [];
      for (const href of hrefs) {
        await page.goto(index, { waitUntil: 'load' });
        await page.locator(`a[href="${href}"]`).click();
        await page.waitForURL(new URL(href, index).href);
        visited.push(await page.locator('h1').innerText());
        assert.equal(await page.locator('script, img, iframe, object, embed, link').count(), 0);
        // Back to the index from every page.
        await page.locator('a', { hasText: 'Back to the handbook index' }).click();
        await page.waitForURL(index);
      }
      assert.deepEqual(visited, ['<script>alert(1)</script> & "quotes"', 'Second', 'Launch flow', 'Naming and UTM standards']);
      assert.ok(requests.every((r) => r.startsWith(pathToFileURL(dir).href)), `only the site's pages are requested: ${requests.join(', ')}`);
      assert.deepEqual(errors, [], 'no console errors (a CSP violation would be one)');
      assert.deepEqual(dialogs, [], 'no script ran');
    } finally {
      await page.close();
    }
  });
});
