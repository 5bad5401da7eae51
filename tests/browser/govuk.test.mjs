// A GOV.UK-styled case record (tests/browser/govuk.html): dates in three boxes, mapped by a
// mapping's { day, month, year }, by data-cin-part attributes, and by glue code keeping a
// hidden field in sync; GOV.UK Frontend's date input CSS (a wrapper with font-size 0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, openFixture, serverAndBrowser } from './helpers.mjs';

const env = serverAndBrowser();
const open = (query = '', options) => openFixture(env.browser, `${env.server.origin}/tests/govuk.html${query}`, options);

/** Types into the boxes of a date, one after another as a practitioner would (Tab between them). */
async function typeDate(page, id, [day, month, year]) {
  await page.click(`#${id}-day`);
  if (day) await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  if (month) await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  if (year) await page.keyboard.type(year);
}

/** The inline messages of a date group: text, whether it can be seen, where it stands. */
function groupMessages(page, boxId) {
  return page.evaluate((id) => {
    const fieldset = document.getElementById(id).closest('fieldset.govuk-fieldset[role=group]');
    return [...fieldset.querySelectorAll('.cin-error-message, .cin-warning-message')].map((p) => {
      const r = p.getBoundingClientRect();
      return {
        id: p.id,
        text: p.textContent,
        visible: r.height > 10 && r.width > 10 && getComputedStyle(p).fontSize !== '0px',
        insideDateInput: !!p.closest('.govuk-date-input'),
        beforeBoxes: !!(p.nextElementSibling && p.nextElementSibling.contains(document.getElementById(id))),
      };
    });
  }, boxId);
}

const plan = (page) => page.evaluate(() => window.__cin.plan);
const invalidAt = (page, p) => page.evaluate((at) => window.__cin.report.findings.filter((f) => f.rule === 'input.invalid' && f.path === at).map((f) => f.message), p);

test('three boxes are one date, whichever way they are mapped, in a list row too', async () => {
  const { page, context, log } = await open();
  try {
    await typeDate(page, 'plan-start', ['6', '10', '2026']);
    await typeDate(page, 'assessed', ['29', '9', '2026']);
    await page.fill('#o1-desc', 'Amira gets to school by 8:45 every day');
    await typeDate(page, 'o1-target', ['29', '1', '2027']);
    const p = await plan(page);
    assert.equal(p.dates.planStart, '2026-10-06');
    assert.equal(p.dates.assessmentCompleted, '2026-09-29');
    assert.equal(p.outcomes[0].targetDate, '2027-01-29');
    // Due dates are worked out from them.
    const due = await page.$$eval('.cin-due__item', (lis) => lis.map((li) => li.textContent));
    assert.ok(due.some((t) => /Earliest closure/.test(t) && /6 January 2027/.test(t)), due.join(' / '));
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a half-filled date is incomplete, not wrong, until its boxes are left; then GOV.UK says what is missing, where GOV.UK puts it', async () => {
  const { page, context, log } = await open();
  try {
    await typeDate(page, 'plan-start', ['6', '10', '']);
    // Still in the group (the year box): nothing is wrong yet, and the date is not guessed.
    assert.deepEqual(await invalidAt(page, 'dates.planStart'), []);
    assert.equal((await plan(page)).dates, undefined);
    assert.deepEqual(await groupMessages(page, 'plan-start-day'), []);
    // Moving between the boxes was not leaving the date.
    await page.click('#plan-start-day');
    await page.keyboard.press('Tab');
    assert.deepEqual(await groupMessages(page, 'plan-start-day'), []);
    // Leaving the group: "must include a year", above the boxes, visible (not inside the
    // date input's wrapper, whose font size is 0), and read out with each box.
    await page.click('#contingency');
    assert.deepEqual(await invalidAt(page, 'dates.planStart'), ['The plan start date must include a year']);
    // (A message that would appear under the pointer waits until the click is over.)
    await page.waitForSelector('fieldset:has(#plan-start-day) .cin-error-message');
    const [msg] = await groupMessages(page, 'plan-start-day');
    assert.equal(msg.text, 'Error: The plan start date must include a year');
    assert.equal(msg.visible, true);
    assert.equal(msg.insideDateInput, false);
    assert.equal(msg.beforeBoxes, true, 'just above the boxes, after the legend and hint');
    for (const box of ['day', 'month', 'year']) {
      assert.match(await page.getAttribute(`#plan-start-${box}`, 'aria-describedby'), new RegExp(msg.id));
    }
    // The boxes get the red border GOV.UK gives them.
    assert.equal(await page.$eval('#plan-start-year', (e) => getComputedStyle(e).borderTopColor), 'rgb(212, 53, 28)');
    // Put right: gone at once.
    await page.fill('#plan-start-year', '2026');
    assert.deepEqual(await groupMessages(page, 'plan-start-day'), []);
    assert.equal(await page.getAttribute('#plan-start-year', 'aria-describedby'), null);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('an impossible date gets GOV.UK words from the field\'s label, never a format or its name', async () => {
  const { page, context } = await open();
  try {
    await typeDate(page, 'plan-start', ['30', '2', '2027']);
    await typeDate(page, 'o1-target', ['31', '13', '2027']);
    await page.click('#save');
    assert.deepEqual(await invalidAt(page, 'dates.planStart'), ['Enter the plan start date as a real date, for example 27 3 2027']);
    assert.deepEqual(await invalidAt(page, 'outcomes.0.targetDate'), ['Enter the target date as a real date, for example 27 3 2027']);
    const text = await page.evaluate(() => document.body.innerText);
    assert.match(text, /Enter the plan start date as a real date, for example 27 3 2027/);
    for (const never of [/YYYY/, /plan format/i, /plan-format/, /\d{4}-\d{2}-\d{2}/, /Expected/]) assert.doesNotMatch(text, never);
    // The summary link goes to the box to put right: the month, for a 13th month.
    await page.click('.cin-error-summary a[href="#o1-target-month"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'o1-target-month');
  } finally {
    await context.close();
  }
});

test('the summary link goes to the first empty box of a half-filled date', async () => {
  const { page, context } = await open();
  try {
    await typeDate(page, 'assessed', ['29', '', '2026']);
    await page.click('#save');
    assert.deepEqual(await invalidAt(page, 'dates.assessmentCompleted'), ['The date the assessment was completed must include a month']);
    const link = page.locator('.cin-error-summary a', { hasText: 'must include a month' });
    assert.equal(await link.getAttribute('href'), '#assessed-month');
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'assessed-month');
  } finally {
    await context.close();
  }
});

test('a finding on a hidden field kept by glue code shows where it can be seen and its link focuses the nearest box', async () => {
  const { page, context } = await open();
  try {
    await typeDate(page, 'referral', ['30', '2', '2027']);
    await page.click('#save');
    assert.deepEqual(await invalidAt(page, 'dates.referral'), ['Enter the referral date as a real date, for example 27 3 2027']);
    const [msg] = await groupMessages(page, 'referral-day');
    assert.equal(msg.visible, true, 'not hidden in the font-size 0 wrapper');
    assert.equal(msg.insideDateInput, false);
    assert.match(await page.getAttribute('#referral-day', 'aria-describedby'), new RegExp(msg.id));
    const link = page.locator('.cin-error-summary a', { hasText: 'referral date' });
    assert.equal(await link.getAttribute('href'), '#referral-day');
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'referral-day');
  } finally {
    await context.close();
  }
});

test('the integrator\'s own words replace a field\'s message everywhere', async () => {
  const { page, context } = await open('?messages=1');
  try {
    await typeDate(page, 'review-next', ['12', '', '2027']);
    await page.click('#contingency');
    await page.waitForSelector('fieldset:has(#review-next-day) .cin-error-message');
    const words = 'Enter the date of the next review, for example 27 3 2027';
    assert.deepEqual(await invalidAt(page, 'reviews.next'), [words]);
    assert.equal((await groupMessages(page, 'review-next-day'))[0].text, `Error: ${words}`);
    assert.ok(await page.locator('.cin-checklist .cin-finding', { hasText: words }).count());
    assert.ok(await page.evaluate((w) => window.__reports.at(-1).findings.some((f) => f.message === w), words), 'onReport gets them too');
    // Other fields keep the core's words.
    await typeDate(page, 'plan-start', ['6', '', '2026']);
    await page.click('#contingency');
    assert.deepEqual(await invalidAt(page, 'dates.planStart'), ['The plan start date must include a month']);
  } finally {
    await context.close();
  }
});

test('a calm first view: nothing red before a field is left or the form saved; the checklist says what is to do', async () => {
  const { page, context } = await open();
  const reds = () =>
    page.evaluate(() => {
      const red = ['rgb(212, 53, 28)', 'rgb(170, 42, 22)', 'rgb(148, 37, 20)', 'rgb(244, 205, 198)'];
      return [...document.querySelectorAll('body *')]
        .filter((e) => e.getClientRects().length)
        .filter((e) => {
          const s = getComputedStyle(e);
          return [s.color, s.backgroundColor, s.borderLeftColor, s.borderTopColor].some((c) => red.includes(c));
        })
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.slice(0, 40)}`);
    });
  try {
    assert.deepEqual(await reds(), []);
    assert.equal(await page.locator('.cin-error-message').count(), 0);
    assert.equal(await page.locator('.cin-error-summary').isVisible(), false);
    const tags = await page.$$eval('.cin-checklist .cin-tag', (ts) => ts.map((t) => t.textContent));
    assert.ok(tags.every((t) => t === 'To do' || t === 'Met'), tags.join(', '));
    assert.ok(tags.includes('To do'));
    // Typing is no reason for red either.
    await page.fill('#o1-desc', 'Amira gets to school');
    assert.deepEqual(await reds(), []);
    // The lead professional's name left empty: that item, and only that, says Not met.
    await page.click('#lp-name');
    await page.keyboard.press('Tab');
    assert.equal(await page.textContent('[data-cin-item="leadProfessional"] .cin-tag'), 'Not met');
    assert.equal(await page.textContent('[data-cin-item="contingency"] .cin-tag'), 'To do');
    assert.match(await page.$eval('#lp-name', (e) => e.previousElementSibling.textContent), /^Error: Name the lead professional/);
    assert.equal(await page.locator('#contingency ~ .cin-error-message, .cin-error-message + #contingency').count(), 0);
    // Saving raises everything.
    await page.click('#save');
    assert.equal(await page.textContent('[data-cin-item="contingency"] .cin-tag'), 'Not met');
    assert.ok((await reds()).length > 0);
  } finally {
    await context.close();
  }
});

test('"There is a problem" lists errors only; warnings are "Worth checking"', async () => {
  const { page, context } = await open();
  try {
    await typeDate(page, 'plan-start', ['6', '10', '2026']);
    await page.fill('#o1-desc', 'Amira gets to school by 8:45 every day');
    // Long after Reading's six months: a warning, not an error.
    await typeDate(page, 'o1-target', ['1', '1', '2028']);
    await page.click('#save');
    const report = await page.evaluate(() => window.__cin.report);
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.message);
    const warnings = report.findings.filter((f) => f.severity === 'warning').map((f) => f.message);
    assert.ok(warnings.length >= 1 && errors.length >= 1);
    assert.equal(await page.textContent('.cin-error-summary__title'), 'There is a problem');
    assert.deepEqual((await page.$$eval('.cin-error-summary li', (lis) => lis.map((li) => li.textContent))).sort(), errors.sort());
    assert.equal(await page.textContent('.cin-warning-summary__title'), 'Worth checking');
    assert.deepEqual((await page.$$eval('.cin-warning-summary li', (lis) => lis.map((li) => li.textContent))).sort(), warnings.sort());
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('cin-error-summary')), true);
  } finally {
    await context.close();
  }
});

test('values set by script with no event are checked when focus moves, and by handle.check()', async () => {
  const { page, context } = await open();
  try {
    // A restored draft: values put in by script, no events.
    await page.evaluate(() => {
      document.getElementById('lp-name').value = 'Sam Okafor';
      document.getElementById('lp-role').value = 'Social Worker';
      document.getElementById('lp-resp').value = 'Visits every 3 weeks';
    });
    assert.equal((await plan(page)).leadProfessional, undefined, 'not read yet');
    await page.focus('#contingency');
    assert.equal(await page.textContent('[data-cin-item="leadProfessional"] .cin-checklist__reason'), 'Lead professional: Sam Okafor, Social Worker, with responsibilities.');
    // Three boxes filled by script, then check().
    await page.evaluate(() => {
      for (const [k, v] of [['day', '6'], ['month', '10'], ['year', '2026']]) document.getElementById(`plan-start-${k}`).value = v;
    });
    const report = await page.evaluate(() => window.__cin.check());
    assert.ok(report.due.some((d) => d.kind === 'earliestClosure'));
    assert.equal((await plan(page)).dates.planStart, '2026-10-06');
  } finally {
    await context.close();
  }
});

test('an outcome with nothing written gets no SMART marks; one being written gets them', async () => {
  const { page, context } = await open();
  try {
    assert.equal(await page.locator('#outcomes .cin-smart').count(), 0, 'no "A ✓" on an empty row');
    await page.fill('#o1-desc', 'Amira gets to school by 8:45 every day');
    assert.equal(await page.locator('#outcomes .cin-smart .cin-smart__mark').count(), 6);
  } finally {
    await context.close();
  }
});

test('axe finds no violations, with messages showing, at 1280 and 390 wide', async () => {
  const axePath = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
  for (const width of [1280, 390]) {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${env.server.origin}/tests/govuk.html`);
      await page.waitForFunction(() => document.documentElement.dataset.cinReady === 'true');
      await typeDate(page, 'plan-start', ['30', '2', '']);
      await page.click('#save');
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      assert.deepEqual(summary, [], `${width} px`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${width} px: no sideways scroll`);
    } finally {
      await context.close();
    }
  }
});
