// The error summary (error-summary.js): after a save, "There is a problem" with the errors in
// the order of their fields on the page; a link focuses its field, also after rows moved;
// a problem fixed leaves the summary at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goodPlan, openPlanForm, serverAndBrowser } from './helpers.mjs';

const env = serverAndBrowser();

test('lists the problems in the order of the fields, and each link finds its field after rows move', async () => {
  const plan = goodPlan();
  plan.outcomes[0].targetDate = '31/02/2027';
  plan.outcomes[1].targetDate = '30/02/2027';
  plan.reviews.frequency.every = 10; // its field comes after the outcomes on the page...
  plan.leadProfessional.name = null; // ...and this one before them
  const { page, context, log } = await openPlanForm(env.browser, env.server.origin, plan);
  const hrefs = () => page.$$eval('.cin-error-summary a', (as) => as.map((a) => a.getAttribute('href')));
  try {
    assert.equal(await page.locator('.cin-error-summary').isVisible(), false, 'not before a save');
    await page.click('button[type=submit]');
    assert.equal(await page.textContent('.cin-error-summary__title'), 'There is a problem');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('cin-error-summary')), true);
    assert.deepEqual(await hrefs(), ['#f-leadProfessional-name', '#f-outcomes-0-targetDate', '#f-outcomes-1-targetDate', '#f-reviews-frequency-every']);

    // The first outcome row goes: the second's problem is now outcomes.0's, and its link still finds it.
    await page.evaluate(() => document.querySelector('[data-cin-list="outcomes"] > fieldset').remove());
    assert.deepEqual(await hrefs(), ['#f-leadProfessional-name', '#f-outcomes-1-targetDate', '#f-reviews-frequency-every']);
    await page.locator('.cin-error-summary a[href="#f-outcomes-1-targetDate"]').click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-outcomes-1-targetDate');

    // Fixing a problem takes it out of the summary as soon as it is typed.
    await page.fill('#f-reviews-frequency-every', '6');
    assert.deepEqual(await hrefs(), ['#f-leadProfessional-name', '#f-outcomes-1-targetDate']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
