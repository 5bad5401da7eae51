// The live region (live-region.js): a polite status message after a quiet moment, naming
// the checklist items whose status changed, and silence when none did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goodPlan, openPlanForm, serverAndBrowser, typeInto } from './helpers.mjs';

const env = serverAndBrowser();
const region = '.cin-checklist [role="status"]';

test('a status change is announced once, after the typing stops; typing that changes no status says nothing', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    assert.equal(await page.getAttribute(region, 'aria-live'), 'polite');
    await typeInto(page, '#f-contingency', ' Also the school.');
    await page.waitForTimeout(1000);
    assert.equal(await page.textContent(region), '', 'nothing changed status');

    await page.fill('#f-contingency', '');
    await page.waitForFunction((sel) => document.querySelector(sel).textContent !== '', region);
    assert.equal(await page.textContent(region), 'Contingency plan: now not met.');

    // Undone within the quiet moment: nothing new to say.
    await page.evaluate(() => (document.querySelector('.cin-checklist [role="status"]').textContent = ''));
    await page.fill('#f-leadProfessional-name', '');
    await page.fill('#f-leadProfessional-name', 'Sam Okafor');
    await page.waitForTimeout(1000);
    assert.equal(await page.textContent(region), '');
  } finally {
    await context.close();
  }
});

test('several items changing at once give one summary; a check the page asks for says nothing', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    const total = await page.evaluate(() => window.__cin.report.checklist.length);
    // Two fields taken out of the form at once (rows and fields the page removes are re-read).
    await page.evaluate(() => {
      document.getElementById('f-contingency').closest('label').remove();
      document.getElementById('f-leadProfessional-name').closest('label').remove();
    });
    await page.waitForFunction((sel) => document.querySelector(sel).textContent !== '', region);
    assert.equal(await page.textContent(region), `${total - 2} of ${total} checklist items met.`);

    // The page fills the form by script and checks: the page says what it did, not the region.
    await page.evaluate(() => {
      document.querySelector('.cin-checklist [role="status"]').textContent = '';
      document.getElementById('f-leadProfessional-responsibilities').value = '';
      window.__cin.check();
    });
    await page.waitForTimeout(1000);
    assert.equal(await page.textContent(region), '');
  } finally {
    await context.close();
  }
});
