// SMART marks (smart-marks.js): each outcome row shows its own marks; typing in one outcome
// of a large plan changes that outcome's marks and the checklist, and leaves every other
// row's marks (and every field) as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigPlan, goodPlan, openPlanForm, serverAndBrowser } from './helpers.mjs';

const env = serverAndBrowser();

/** Remembers every SMART node and checklist entry now on the page, and every field's value. */
const remember = (page) =>
  page.evaluate(() => {
    window.__smartBefore = new Set(document.querySelectorAll('.cin-smart'));
    window.__itemsBefore = new Map([...document.querySelectorAll('[data-cin-item]')].map((li) => [li.dataset.cinItem, li.innerHTML]));
    window.__valuesBefore = [...document.querySelectorAll('#planform input')].map((e) => [e.id, e.value, e.checked]);
  });

test('typing in one outcome of a 100-outcome plan redraws only that outcome\'s marks, and the checklist follows', async () => {
  const { page, context, log } = await openPlanForm(env.browser, env.server.origin, bigPlan(100));
  try {
    assert.equal(await page.locator('.cin-smart').count(), 100);
    await remember(page);
    // A vague outcome in row 51: not specific, not measurable.
    await page.fill('#f-outcomes-50-description', 'Mum to engage with services');
    await page.fill('#f-outcomes-50-measure', '');
    const after = await page.evaluate(() => {
      const nodes = [...document.querySelectorAll('.cin-smart')];
      const items = new Map([...document.querySelectorAll('[data-cin-item]')].map((li) => [li.dataset.cinItem, li.innerHTML]));
      return {
        count: nodes.length,
        redrawn: nodes.filter((n) => !window.__smartBefore.has(n)).map((n) => n.dataset.cinSmart),
        marks: [...nodes[50].querySelectorAll('.cin-smart__mark')].map((m) => m.textContent.slice(0, 3)),
        label: nodes[50].querySelector('.cin-smart__label').textContent,
        itemsChanged: [...items].filter(([k, html]) => window.__itemsBefore.get(k) !== html).map(([k]) => k),
        smartItem: document.querySelector('[data-cin-item="smartOutcomes"]').className,
        links: [...document.querySelectorAll('[data-cin-item="smartOutcomes"] .cin-finding a')].map((a) => a.getAttribute('href')),
        values: [...document.querySelectorAll('#planform input')].map((e) => [e.id, e.value, e.checked]),
      };
    });
    assert.equal(after.count, 100);
    assert.deepEqual(after.redrawn, ['outcomes.50']);
    assert.ok(after.marks.includes('S ✗') && after.marks.includes('M ✗'), after.marks.join(' '));
    assert.equal(after.label, 'SMART check, outcome 51:');
    assert.deepEqual(after.itemsChanged, ['smartOutcomes']);
    assert.doesNotMatch(after.smartItem, /--met/);
    assert.ok(after.links.some((href) => href.startsWith('#f-outcomes-50-')), after.links.join(' '));
    // Nothing but the two fields typed into has changed value.
    const before = await page.evaluate(() => window.__valuesBefore);
    const changed = after.values.filter((v, i) => JSON.stringify(v) !== JSON.stringify(before[i])).map((v) => v[0]);
    assert.deepEqual(changed, ['f-outcomes-50-description', 'f-outcomes-50-measure']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('when a row in the middle goes, the marks below it say their new outcome numbers', async () => {
  const plan = goodPlan();
  plan.outcomes = [0, 1, 2, 3].map((i) => ({ ...plan.outcomes[i % 2], description: `${plan.outcomes[i % 2].description} (${i + 1})` }));
  const { page, context } = await openPlanForm(env.browser, env.server.origin, plan);
  const labels = () => page.$$eval('.cin-smart', (els) => els.map((e) => `${e.dataset.cinSmart} ${e.querySelector('.cin-smart__label').textContent}`));
  try {
    assert.deepEqual(await labels(), [0, 1, 2, 3].map((i) => `outcomes.${i} SMART check, outcome ${i + 1}:`));
    await page.evaluate(() => document.querySelectorAll('[data-cin-list="outcomes"] > fieldset')[1].remove());
    assert.deepEqual(await labels(), [0, 1, 2].map((i) => `outcomes.${i} SMART check, outcome ${i + 1}:`));
    // The marks of the former fourth row are in that row.
    assert.equal(await page.$eval('#f-outcomes-3-description', (el) => el.closest('fieldset').querySelector('.cin-smart').dataset.cinSmart), 'outcomes.2');
  } finally {
    await context.close();
  }
});

test('detach() takes every mark away and leaves the rows as they were', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    assert.equal(await page.locator('.cin-smart').count(), 2);
    await page.fill('#f-outcomes-0-description', 'Mum to engage with services');
    await page.evaluate(() => window.__cin.detach());
    assert.equal(await page.locator('.cin-smart').count(), 0);
    // Values are not part of the markup: the page is exactly as before attach.
    const same = await page.evaluate(() => document.body.innerHTML === window.__cinBefore);
    assert.equal(same, true);
  } finally {
    await context.close();
  }
});
