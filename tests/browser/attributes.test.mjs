// End-to-end: a form annotated with data-cin-path / data-cin-list / data-cin-row, with the
// panels placed by the page (tests/browser/attributes.html).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openFixture, serverAndBrowser } from './helpers.mjs';

const env = serverAndBrowser();

const open = () => openFixture(env.browser, `${env.server.origin}/tests/attributes.html`);

test('reads every kind of field, repeating groups and nested rows into the plan format', async () => {
  const { page, context, log } = await open();
  try {
    await page.fill('#child_name', 'Amira');
    await page.fill('#child_dob', '2016-04-02');
    await page.check('#child_disabled');
    await page.selectOption('#pathway', 'assessment');
    await page.fill('#lp_name', 'Sam Okafor');
    await page.fill('#lp_resp', 'Visits Amira at home every 3 weeks; convenes reviews');
    await page.fill('#need1', "Amira's school attendance is 71% this term");
    await page.fill('#o1_desc', 'Amira attends school every day and arrives by 8:45');
    await page.selectOption('#o1_needs', ['n1', 'n2']);
    await page.fill('#o1_target', '29/01/2027');
    await page.fill('#o1a1_desc', 'Walk Amira to school');
    await page.fill('#o1a1_owner', 'Mum (Leila)');
    await page.fill('#o1a1_due', '2026-10-12');
    await page.fill('#o2_desc', 'Amira sleeps through the night');
    await page.fill('#o2_needs', ' n1, n2 ,');
    await page.fill('#visit_every', '3');
    await page.selectOption('#visit_unit', 'weeks');
    await page.check('#alone_no');
    await page.fill('#review_every', '6');
    await page.fill('#review_last', '2026-10-06');
    await page.fill('#notes', 'not part of the plan');

    const plan = await page.evaluate(() => window.__cin.plan);
    assert.deepEqual(plan, {
      child: { name: 'Amira', dateOfBirth: '2016-04-02', disabled: true },
      pathway: 'assessment',
      leadProfessional: { name: 'Sam Okafor', responsibilities: 'Visits Amira at home every 3 weeks; convenes reviews' },
      needs: [{ id: 'n1', description: "Amira's school attendance is 71% this term" }, { id: 'n2' }],
      outcomes: [
        {
          description: 'Amira attends school every day and arrives by 8:45',
          needs: ['n1', 'n2'],
          targetDate: '2027-01-29',
          actions: [{ description: 'Walk Amira to school', owner: 'Mum (Leila)', due: '2026-10-12' }, {}],
        },
        { description: 'Amira sleeps through the night', needs: ['n1', 'n2'] },
      ],
      visits: { frequency: { every: 3, unit: 'weeks' }, childSeenAlone: false },
      reviews: { frequency: { every: 6, unit: 'weeks' }, last: '2026-10-06' },
      familyGroupConferenceConsidered: false,
    });
    // the checklist and due dates land in the page's own panels
    assert.equal(await page.locator('#checklist-panel [data-cin-item]').count() >= 5, true);
    assert.equal(await page.locator('#due-panel .cin-due').count(), 1);
    assert.equal(await page.locator('#due-panel .cin-due__item').count() > 0, true);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('after a submit, messages sit beside their fields and summary links focus them', async () => {
  const { page, context } = await open();
  try {
    await page.fill('#review_every', 'six');
    await page.click('button[type=submit]');
    const f = await page.evaluate(() => window.__cin.report.findings.filter((x) => x.path === 'reviews.frequency.every'));
    assert.ok(f.some((x) => x.rule === 'input.invalid'), JSON.stringify(f));
    assert.ok(await page.$eval('#review_every', (el) => el.previousElementSibling.classList.contains('cin-error-message')));
    assert.equal(await page.locator('#summary-panel .cin-error-summary').isVisible(), true);
    await page.locator('#summary-panel a[href="#review_every"]').first().click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'review_every');
  } finally {
    await context.close();
  }
});

test('detach() empties the page\'s panels and restores the form exactly', async () => {
  const { page, context } = await open();
  try {
    await page.fill('#review_every', 'six');
    await page.fill('#o1_target', '31/02/2027');
    await page.click('button[type=submit]');
    assert.ok(await page.locator('.cin-error-message').count() > 0);
    await page.evaluate(() => window.__cin.detach());
    assert.equal(await page.evaluate(() => document.body.innerHTML === window.__cinBefore), true);
    assert.equal(await page.$eval('#checklist-panel', (e) => e.innerHTML), '');
  } finally {
    await context.close();
  }
});

test('each outcome shows its S, M, A, R, T and plain-language marks, updated as the practitioner types', async () => {
  const { page, context, log } = await open();
  try {
    const marks = () =>
      page.$$eval('#outcome-list > fieldset:first-of-type .cin-smart__mark', (els) =>
        els.map((e) => `${e.textContent.trim().slice(0, 3)}`),
      );
    await page.fill('#o1_desc', 'Mum to engage with services and improve her parenting');
    await page.waitForFunction(() => document.querySelector('#outcome-list .cin-smart'));
    const vague = await marks();
    assert.ok(vague.some((m) => m.startsWith('S ✗')), `vague outcome passed Specific: ${vague}`);
    const label = await page.textContent('#outcome-list > fieldset:first-of-type .cin-smart__label');
    assert.match(label, /outcome 1/);
    // Screen readers hear the letter's name and verdict, not just a symbol.
    const spoken = await page.textContent('#outcome-list > fieldset:first-of-type .cin-smart__mark .cin-visually-hidden');
    assert.match(spoken, /^Specific: not yet\./);

    await page.fill('#o1_desc', 'Amira attends school every day and arrives by 8:45');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#outcome-list > fieldset:first-of-type .cin-smart__mark')].some((e) =>
        e.textContent.startsWith('S ✓'),
      ),
    );
    // The marks never touch what was typed.
    assert.equal(await page.inputValue('#o1_desc'), 'Amira attends school every day and arrives by 8:45');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
