// UI checks of the Marketing Ops activity-bar container, run by ui-e2e.mjs in its workbench: open the
// container from its activity-bar icon, see the three views with the playbook's items, and find the SOP
// Library's inline "Insert as checklist" action on an SOP row. Screenshots: ui-8-views.png, ui-9-sop-action.png.
import { join } from 'node:path';

const VIEWS = ['Pipeline', 'Martech Register', 'SOP Library'];
const FOLDED = ['My Queue', 'Calendar'];

/**
 * @param {object} ui what ui-e2e.mjs lends: the page, its `check` and `until` helpers, the screenshot folder
 *   and how long one UI expectation may take
 */
export async function viewChecks({ page, check, until, shots, step }) {
  const sidebar = page.locator('.part.sidebar');
  const row = (text) => sidebar.locator('.monaco-list-row', { hasText: text }).first();

  await check('opens the Marketing Ops container from the activity bar', '8-views', async () => {
    await page.locator('.part.activitybar .action-item a[aria-label^="Marketing Ops"]').first().click();
    for (const name of VIEWS) await sidebar.locator('.pane-header', { hasText: name }).first().waitFor({ timeout: step });
    // Five views share the container: My Queue and Calendar are folded so that the other three have room to show their rows.
    for (const name of FOLDED) {
      const header = sidebar.locator('.pane-header', { hasText: name }).first();
      await header.waitFor({ timeout: step });
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    // Every view is expanded: the first stage with a brief, the first tool and an SOP of the reference playbook
    // (the rows at the top of each pane: a pane shows only the rows it has room for).
    for (const text of ['creative (', 'Meta Ads Manager', 'Campaign launch checklist']) await row(text).waitFor({ timeout: step });
    const labels = await until(async () => {
      const all = (await sidebar.locator('.monaco-list-row').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      return all.some((t) => t.startsWith('Winter operations webinar')) ? all : undefined;
    }, 'the Pipeline lists no brief');
    return `${labels.length} rows, e.g. '${labels.find((t) => t.startsWith('Meta Ads'))}'`;
  }, page);

  await check('shows "Insert as checklist" on an SOP row', undefined, async () => {
    const sop = row('Campaign launch checklist');
    await sop.hover();
    const action = sop.locator('.actions .action-label[aria-label="Insert as checklist"]');
    await action.waitFor({ timeout: step });
    await page.screenshot({ path: join(shots, 'ui-9-sop-action.png') });
  }, page);
}
