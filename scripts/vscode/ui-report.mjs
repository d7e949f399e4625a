// UI check of a report in the editor, run by ui-e2e.mjs in its workbench: "mops: Generate a report" from
// the command palette, Martech audit as HTML, shown in a webview under mops' content security policy with
// its styles and chart applied and no policy violation. Screenshot: ui-10-report.png.
import { join } from 'node:path';

/**
 * @param {object} ui what ui-e2e.mjs lends: the page, its `check` helper, the screenshot folder and how long
 *   one UI expectation may take
 */
export async function reportChecks({ page, check, shots, step }) {
  await check('generates the Martech audit as HTML from the palette, styled under a strict policy', undefined, async () => {
    const violations = [];
    const onConsole = (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    };
    page.on('console', onConsole);
    try {
      await page.keyboard.press('F1');
      await page.keyboard.type('mops: Generate a report');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Generate a report' }).first().waitFor({ timeout: step });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Martech audit' }).first().waitFor({ timeout: step });
      await page.keyboard.type('Martech audit');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'HTML' }).first().waitFor({ timeout: step });
      await page.keyboard.type('HTML');
      await page.keyboard.press('Enter');
      const report = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
      const heading = report.locator('h1', { hasText: 'Martech audit' });
      await heading.waitFor({ timeout: step });
      await report.locator('svg').first().waitFor({ timeout: step });
      // The report's stylesheet applies only when the webview's policy admits it by nonce.
      const weight = await heading.evaluate((h) => h.ownerDocument.defaultView.getComputedStyle(h).fontFamily);
      if (/^"?Times/i.test(weight)) throw new Error(`the report's stylesheet did not apply (font ${weight})`);
      await page.screenshot({ path: join(shots, 'ui-10-report.png') });
      if (violations.length > 0) throw new Error(`policy violations: ${violations.join(' | ')}`);
      return `styled (font ${weight.split(',')[0]}), chart drawn, no policy violation`;
    } finally {
      page.off('console', onConsole);
    }
  }, page);
}
