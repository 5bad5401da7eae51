// The checklist (checklist.js): one entry per report.checklist item with the report's own
// label and status, its findings linked to their fields; entries and findings that did not
// change stay as they are (an open "What the procedure says" stays open).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goodPlan, openPlanForm, serverAndBrowser, typeInto } from './helpers.mjs';

const env = serverAndBrowser();

const WORDS = { met: 'Met', partial: 'Partly met', notMet: 'Not met' };

test('each entry shows the report\'s own label and status, in the report\'s order', async () => {
  const plan = goodPlan();
  delete plan.contingency;
  const { page, context } = await openPlanForm(env.browser, env.server.origin, plan);
  try {
    // Before anything is left or saved, what is missing is "To do", in neutral colours.
    assert.equal(await page.textContent('[data-cin-item="contingency"] .cin-tag'), 'To do');
    assert.match(await page.getAttribute('[data-cin-item="contingency"]', 'class'), /cin-checklist__item--notMet cin-checklist__item--todo/);
    assert.equal(await page.textContent('[data-cin-item="contingency"] .cin-finding__severity'), 'To do:');
    await page.click('button[type=submit]');
    const { shown, report } = await page.evaluate(() => ({
      shown: [...document.querySelectorAll('[data-cin-item]')].map((li) => ({
        item: li.dataset.cinItem,
        label: li.querySelector('.cin-checklist__label').textContent,
        tag: li.querySelector('.cin-tag').textContent,
        cls: li.className,
      })),
      report: window.__cin.report.checklist,
    }));
    assert.ok(report.length > 5, 'the authority adds items of its own');
    assert.deepEqual(
      shown,
      report.map((e) => ({ item: e.item, label: e.label, tag: WORDS[e.status], cls: `cin-checklist__item cin-checklist__item--${e.status}` })),
    );
    assert.equal(shown.find((e) => e.item === 'contingency').tag, 'Not met');
  } finally {
    await context.close();
  }
});

test('typing elsewhere leaves unchanged entries alone: an open quotation stays open', async () => {
  const plan = goodPlan();
  plan.reviews.frequency.every = 10;
  const { page, context } = await openPlanForm(env.browser, env.server.origin, plan);
  try {
    const details = page.locator('[data-cin-item="reviewPoints"] details');
    await details.locator('summary').click();
    assert.equal(await details.evaluate((d) => d.open), true);
    await page.evaluate(() => {
      window.__entry = document.querySelector('[data-cin-item="reviewPoints"]');
    });
    // Emptying the contingency changes another entry; this one stays the same element, open.
    await page.fill('#f-contingency', '');
    assert.match(await page.getAttribute('[data-cin-item="contingency"]', 'class'), /--notMet/);
    assert.equal(await page.evaluate(() => document.querySelector('[data-cin-item="reviewPoints"]') === window.__entry), true);
    assert.equal(await details.evaluate((d) => d.open), true);
    // Its finding's words change with the plan: the new words show.
    await typeInto(page, '#f-reviews-frequency-every', '2');
    assert.match(await page.textContent('[data-cin-item="reviewPoints"] .cin-finding'), /every 102 weeks/);
  } finally {
    await context.close();
  }
});

test('a finding\'s link goes to its field, and follows the field when rows move', async () => {
  const plan = goodPlan();
  plan.outcomes[0].targetDate = '31/02/2027';
  plan.outcomes[1].targetDate = '30/02/2027';
  const { page, context } = await openPlanForm(env.browser, env.server.origin, plan);
  const links = () => page.$$eval('[data-cin-item="smartOutcomes"] .cin-finding a', (as) => as.map((a) => a.getAttribute('href')));
  try {
    assert.deepEqual(await links(), ['#f-outcomes-0-targetDate', '#f-outcomes-1-targetDate']);
    await page.evaluate(() => document.querySelector('[data-cin-list="outcomes"] > fieldset').remove());
    assert.deepEqual(await links(), ['#f-outcomes-1-targetDate']);
    await page.locator('[data-cin-item="smartOutcomes"] .cin-finding a').click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-outcomes-1-targetDate');
  } finally {
    await context.close();
  }
});

test('a met item says what meets it, in the report\'s words', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    const reason = await page.textContent('[data-cin-item="leadProfessional"] .cin-checklist__reason');
    assert.equal(reason, 'Lead professional: Sam Okafor, Social Worker, with responsibilities.');
    assert.equal(await page.textContent('[data-cin-item="leadProfessional"] .cin-tag'), 'Met');
    // It follows the plan: another name is shown as it is typed.
    await page.fill('#f-leadProfessional-name', 'Jo Bloggs');
    assert.match(await page.textContent('[data-cin-item="leadProfessional"] .cin-checklist__reason'), /^Lead professional: Jo Bloggs, Social Worker/);
  } finally {
    await context.close();
  }
});
