// Inline messages (inline-messages.js): a message beside its field, described by
// aria-describedby, gone (and the attribute restored) the moment its finding goes, even when
// another field fixed it; unchanged messages stay put while the practitioner types elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goodPlan, messagesBefore, openPlanForm, serverAndBrowser, typeInto } from './helpers.mjs';

const env = serverAndBrowser();

// The fixture's fields sit inside their <label>, so messages go just before the label.
const messagesAt = (page, id) => messagesBefore(page, `label:has(> #${id})`);

function tenWeeklyReviews() {
  const plan = goodPlan();
  plan.reviews.frequency.every = 10;
  return plan;
}

test('a message goes, and aria-describedby is restored, when another field makes its finding go', async () => {
  const { page, context, log } = await openPlanForm(env.browser, env.server.origin, tenWeeklyReviews());
  try {
    assert.deepEqual(await messagesAt(page, 'f-reviews-frequency-every'), [], 'nothing before the field is left or the form saved');
    await page.click('button[type=submit]');
    const [shown] = await messagesAt(page, 'f-reviews-frequency-every');
    assert.equal(shown.cls, 'cin-error-message');
    assert.match(shown.text, /^Error: Reviews are set every 10 weeks/);
    assert.equal(await page.getAttribute('#f-reviews-frequency-every', 'aria-describedby'), shown.id);
    // Every 10 days is often enough: the unit field (not the one with the message) fixes it.
    await page.fill('#f-reviews-frequency-unit', 'days');
    assert.deepEqual(await messagesAt(page, 'f-reviews-frequency-every'), []);
    assert.equal(await page.getAttribute('#f-reviews-frequency-every', 'aria-describedby'), null);
    assert.equal(await page.locator('.cin-error-summary').isVisible(), false, 'and the summary, now empty, is hidden');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a message whose words do not change stays the same element while typing elsewhere', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, tenWeeklyReviews());
  try {
    await page.click('button[type=submit]');
    await page.evaluate(() => {
      window.__message = document.getElementById('f-reviews-frequency-every').parentElement.previousElementSibling;
    });
    const describedBy = await page.getAttribute('#f-reviews-frequency-every', 'aria-describedby');
    await typeInto(page, '#f-contingency', ' The team manager is told the same day.');
    await page.fill('#f-leadProfessional-name', '');
    assert.equal(await page.evaluate(() => document.getElementById('f-reviews-frequency-every').parentElement.previousElementSibling === window.__message), true);
    assert.equal(await page.getAttribute('#f-reviews-frequency-every', 'aria-describedby'), describedBy);
    // The lead professional's new error waits until the field is left, even after a save.
    assert.deepEqual(await messagesAt(page, 'f-leadProfessional-name'), []);
    await page.keyboard.press('Tab');
    assert.ok((await messagesAt(page, 'f-leadProfessional-name')).some((m) => m.cls === 'cin-error-message'));
  } finally {
    await context.close();
  }
});
