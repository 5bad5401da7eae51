// The checklist (checklist.js): one entry per report.checklist item with the report's own
// label and status, its findings linked to their fields; entries and findings that did not
// change stay as they are (an open "What the procedure says" stays open).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, goodPlan, openPlanForm, serverAndBrowser, typeInto } from './helpers.mjs';

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

test('checkbar: on a phone, a bar at the foot of the screen says how many items are met and goes to the checklist', async () => {
  const { page, context, log } = await openPlanForm(env.browser, env.server.origin, goodPlan(), { checkbar: true });
  const counts = () =>
    page.evaluate(() => {
      const list = window.__cin.report.checklist;
      return `Checklist: ${list.filter((e) => e.status === 'met').length} of ${list.length} items met`;
    });
  try {
    await page.setViewportSize({ width: 390, height: 700 });
    const bar = page.locator('.cin-checkbar');
    assert.equal(await bar.isVisible(), true);
    assert.equal(await bar.textContent(), await counts());
    // It covers nothing: fixed at the foot, with room for it at the end of the page.
    const box = await bar.boundingBox();
    assert.ok(Math.abs(box.y + box.height - 700) < 1 && box.width === 390, JSON.stringify(box));
    assert.equal(await page.locator('.cin-checkbar-spacer').isVisible(), true);
    // It follows the report: one item fewer met, then met again.
    const before = await bar.textContent();
    await page.fill('#f-contingency', '');
    assert.notEqual(await bar.textContent(), before);
    assert.equal(await bar.textContent(), await counts());
    await typeInto(page, '#f-contingency', 'If Mum drinks again, Nan looks after Amira and the social worker is told the same day.');
    assert.equal(await bar.textContent(), before);
    // It goes to the checklist.
    await bar.click();
    const target = await page.evaluate(() => location.hash);
    assert.equal(target, `#${await page.getAttribute('.cin-checklist', 'id')}`);
    // Accessible, and no sideways scroll.
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    // Not on a wide screen, where the panels are in view.
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(await bar.isVisible(), false);
    // Gone with the adapter.
    await page.evaluate(() => window.__cin.detach());
    assert.equal(await page.locator('.cin-checkbar, .cin-checkbar-spacer').count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('without checkbar, nothing is added to the page outside the panels', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    await page.setViewportSize({ width: 390, height: 700 });
    assert.equal(await page.locator('.cin-checkbar, .cin-checkbar-spacer').count(), 0);
  } finally {
    await context.close();
  }
});
