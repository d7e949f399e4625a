// UI checks of issue 12's editor items, run by ui-e2e.mjs in its workbench, as a person would meet them:
// "mops: New campaign brief" from the palette asks every question under a plain title (no `{token}`), the
// owner and the budget program among them; "mops: Advance brief" on a brief whose gate lacks its approval
// shows a notification with "Add the approval for 'creative'" and "Go to line N", and the first one records
// the approval in the editor (the notification is looked for as a toast and in the notification centre,
// where this workbench puts it). Screenshots: ui-11-wizard.png, ui-12-advance.png, ui-13-approved.png.
import { join } from 'node:path';

/** The quick input's own box: keys are sent to it, not to whatever has the focus (a webview can take it as it loads). */
const quickInputBox = (page) => page.locator('.quick-input-widget .quick-input-box input').first();

/** Runs a palette command by its title. */
async function palette(page, title, step) {
  await page.keyboard.press('F1');
  const box = quickInputBox(page);
  await box.waitFor({ timeout: step });
  await box.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title.replace(/^mops: /, '') }).first().waitFor({ timeout: step });
  await box.press('Enter');
}

/**
 * @param {object} ui what ui-e2e.mjs lends: the page, its `check` and `until` helpers, the screenshot folder
 *   and how long one UI expectation may take
 */
export async function firstHourChecks({ page, check, until, shots, step }) {
  await check('New campaign brief asks each question under a plain title, the owner and the program too', '11-wizard', async () => {
    await palette(page, 'mops: New campaign brief', step);
    const titles = [];
    const input = page.locator('.quick-input-widget');
    const title = input.locator('.quick-input-title');
    // Keys go to the question's own input box: the report's webview, opened by the check before, can take the
    // focus at any moment as it loads, and a key pressed there is lost (the questions keep their focus-out).
    const box = quickInputBox(page);
    // Each question: wait for a title not seen yet, note it, answer it (the first pick, or a typed value).
    // The new brief's tab, once the last question is answered (the quick input closes between questions too).
    const created = page.locator('.tabs-container .tab', { hasText: 'ui-check.yaml' }).first();
    let rows = '';
    let entered = 0;
    for (let n = 0; n < 12; n += 1) {
      const shown = await until(async () => {
        if (await created.isVisible()) return { done: true };
        if (!(await input.isVisible())) return undefined;
        const text = ((await title.textContent()) ?? '').trim();
        // An Enter pressed while a list was still being drawn is lost: the same question after two seconds gets it again.
        if (text && text === titles[titles.length - 1] && Date.now() - entered > 2000) {
          entered = Date.now();
          await box.press('Enter');
        }
        return text && text !== titles[titles.length - 1] ? { text } : undefined;
      }, `no question after '${titles[titles.length - 1] ?? 'the command'}'`);
      if (shown.done) break;
      titles.push(shown.text);
      if (/short name/.test(shown.text)) await box.fill('ui-check');
      else if (/its title/.test(shown.text)) await box.fill('UI check');
      else if (!/the year/.test(shown.text)) {
        // The list of this question, not the last one's still on screen: Enter must pick from the new list.
        rows = await until(async () => {
          const now = (await input.locator('.quick-input-list .monaco-list-row').allTextContents()).join('|');
          return now && now !== rows && (await input.locator('.quick-input-list .monaco-list-row.focused').count()) > 0 ? now : undefined;
        }, `the list of '${shown.text}' never showed`);
      }
      await box.press('Enter');
      entered = Date.now();
    }
    await page.locator('.editor-instance .view-line', { hasText: 'owner: ' }).first().waitFor({ timeout: step });
    await page.screenshot({ path: join(shots, 'ui-11-wizard.png') });
    const raw = titles.filter((t) => /[{}]/.test(t));
    if (raw.length > 0) throw new Error(`titles with {token} names: ${raw.join(' | ')}`);
    for (const asked of ['who owns it?', 'which budget program?']) {
      if (!titles.some((t) => t.includes(asked))) throw new Error(`never asked '${asked}'; asked: ${titles.join(' | ')}`);
    }
    return titles.join(' | ');
  }, page);

  await check("a refused Advance brief offers the approval and the line; the approval lands in the editor", '13-approved', async () => {
    await page.keyboard.press('Control+P');
    const box = quickInputBox(page);
    await box.waitFor({ timeout: step });
    await box.fill('winter-webinar.yaml');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'winter-webinar' }).first().waitFor({ timeout: step });
    await box.press('Enter');
    await page.locator('.editor-instance .view-line', { hasText: 'stage: creative' }).first().waitFor({ timeout: step });
    await palette(page, 'mops: Advance brief to its next stage', step);
    // A toast, or (when toasts are held back, as they are while another is shown) the notification centre.
    const toast = await until(async () => {
      for (const where of ['.notifications-toasts .notification-toast', '.notifications-center .notification-list-item']) {
        const found = page.locator(where, { hasText: 'cannot advance' }).first();
        if (await found.isVisible()) return found;
      }
      if (!(await page.locator('.notifications-center').isVisible())) await page.locator('[id="status.notifications"]').first().click().catch(() => {});
      return undefined;
    }, 'no notification says the brief cannot advance');
    const buttons = (await toast.locator('.monaco-button').allTextContents()).map((t) => t.trim()).filter(Boolean);
    await page.screenshot({ path: join(shots, 'ui-12-advance.png') });
    if (!buttons.includes("Add the approval for 'creative'") || !buttons.some((b) => /^Go to line \d+$/.test(b))) {
      throw new Error(`the notification offers ${buttons.join(', ') || 'no action'}`);
    }
    await toast.locator('.monaco-button', { hasText: "Add the approval for 'creative'" }).click();
    await page.locator('.editor-instance .view-line', { hasText: 'approver: tom.becker' }).first().waitFor({ timeout: step });
    return buttons.join(', ');
  }, page);
}
