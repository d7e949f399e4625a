// Each report's HTML in a real Chromium: nothing is requested, nothing runs, no console error; the payload shows as text.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { renderReport, REPORTS } from '../../../src/core';
import { REFERENCE } from '../../helpers';
import { PAYLOAD, reportOf } from './util';

const CHROMIUM = process.env.MOPS_CHROMIUM ?? '/usr/bin/chromium';
/** Next to the test bundles: out-reports/screenshots when built with MOPS_TEST_OUT=out-reports. */
const SCREENSHOTS = join(__dirname, '..', '..', '..', 'screenshots');

/** Text from the payload playbook that each report must show, character for character. */
const SHOWN: Record<string, string> = {
  pipeline: "<script>alert(1)</script> \"><img src=x onerror=alert(1)> | [x](javascript:alert(1)) `tick` *em* @",
  martech: "<img src=x onerror=alert('toolname')>",
  budget: '=HYPERLINK("http://evil.example","click")',
  health: "\"><img src=x onerror=alert('stage')>",
  utm: "[x](javascript:alert('link'))",
  results: "<img src=x onerror=alert('metric')> [m](javascript:alert(1)) (=1+1)",
  calendar: "<img src=x onerror=alert('blackout')> | `tick` =1+1",
  queue: "<img src=x onerror=alert('toolname')>",
};

describe('report HTML in Chromium', function () {
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
    dir = mkdtempSync(join(tmpdir(), 'mops-report-html-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const [label, playbook] of [
    ['reference', REFERENCE],
    ['payload', PAYLOAD],
  ] as const) {
    for (const name of REPORTS) {
      it(`${name} (${label})`, async () => {
        const html = renderReport(await reportOf(name, playbook), 'html');
        const file = join(dir, `${label}-${name}.html`);
        writeFileSync(file, html);
        const url = pathToFileURL(file).href;
        const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
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
          await page.goto(url, { waitUntil: 'load' });
          assert.deepEqual(requests, [url], 'only the document itself is requested');
          assert.deepEqual(errors, [], 'no console errors (a CSP violation would be one)');
          assert.deepEqual(dialogs, [], 'no script ran');
          assert.equal(await page.locator('script, img, iframe, object, embed, link, a').count(), 0);
          assert.equal(await page.title(), `${await page.locator('h1').innerText()} — mops`);
          // Charts have a size, and the page does not overflow sideways (wide tables scroll in their box).
          const widths = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
          assert.ok(widths.every((w) => w > 100), `chart widths ${widths.join(', ')}`);
          assert.equal(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), true, 'no horizontal page scroll');
          if (label === 'payload') assert.ok((await page.locator('body').innerText()).includes(SHOWN[name]), `shows ${SHOWN[name]}`);
          await page.screenshot({ path: join(SCREENSHOTS, `${label}-${name}.png`), fullPage: true });
        } finally {
          await page.close();
        }
      });
    }
  }
});
