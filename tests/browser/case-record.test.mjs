// End-to-end: the adapter attached with a selector mapping to an imitation case-record
// form whose field names are its own (tests/browser/case-record.html).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { itemStatus, messagesBefore, openFixture, serverAndBrowser } from './helpers.mjs';

const env = serverAndBrowser();

async function open(query = '') {
  return openFixture(env.browser, `${env.server.origin}/tests/case-record.html${query}`);
}

async function typeInto(page, selector, text) {
  await page.click(selector);
  await page.keyboard.type(text);
}

const findingsAt = (page, path) =>
  page.evaluate((p) => window.__cin.report.findings.filter((f) => f.path === p), path);

describe('case-record form, live mode', () => {
  test('typing a contingency turns the checklist item from not met to met, and says so politely', async () => {
    const { page, context, log } = await open();
    try {
      assert.equal(await itemStatus(page, 'contingency'), 'notMet');
      await typeInto(page, '#q_contingency', 'If attendance falls below 90% for two weeks, the social worker calls an early review meeting with the family and school.');
      assert.equal(await itemStatus(page, 'contingency'), 'met');
      const label = await page.$eval('[data-cin-item="contingency"] .cin-checklist__label', (e) => e.textContent);
      const status = page.locator('.cin-checklist [role="status"]');
      await page.waitForFunction(() => document.querySelector('.cin-checklist [role="status"]').textContent !== '');
      assert.match(await status.textContent(), new RegExp(`${label}: now met`));
      // one announcement for the whole burst of keystrokes, not one per key
      assert.equal((await status.textContent()).split(`${label}:`).length - 1, 1);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  test('a message appears only once the field is left, and clears the moment it is fixed', async () => {
    const { page, context } = await open();
    try {
      await typeInto(page, '#out_target_1', '31/02/2027');
      const invalid = await findingsAt(page, 'outcomes.0.targetDate');
      assert.ok(invalid.some((f) => f.rule === 'input.invalid' && f.severity === 'error'), JSON.stringify(invalid));
      assert.deepEqual(await messagesBefore(page, '#out_target_1'), [], 'no message while still typing');

      await page.keyboard.press('Tab');
      const shown = await messagesBefore(page, '#out_target_1');
      assert.ok(shown.length >= 1);
      const error = shown.find((m) => m.cls === 'cin-error-message');
      assert.ok(error, JSON.stringify(shown));
      assert.match(error.text, /^Error: \S/);
      const describedBy = await page.getAttribute('#out_target_1', 'aria-describedby');
      assert.ok(describedBy.split(' ').includes(error.id));

      // back into the field, fix it key by key: the message stays while still wrong...
      await page.click('#out_target_1');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('28/0');
      assert.ok((await messagesBefore(page, '#out_target_1')).some((m) => m.cls === 'cin-error-message'));
      // ...and is gone on the keystroke that makes it right, before leaving the field
      await page.keyboard.type('2/2027');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'out_target_1');
      assert.deepEqual(await findingsAt(page, 'outcomes.0.targetDate').then((fs) => fs.filter((f) => f.rule === 'input.invalid')), []);
      assert.deepEqual((await messagesBefore(page, '#out_target_1')).filter((m) => m.cls === 'cin-error-message'), []);
      assert.equal(await page.getAttribute('#out_target_1', 'aria-describedby'), null, 'aria-describedby restored');
      assert.equal(await page.evaluate(() => window.__cin.plan.outcomes[0].targetDate), '2027-02-28');
    } finally {
      await context.close();
    }
  });

  test('a new mistake in a field already visited waits until the field is left', async () => {
    const { page, context } = await open();
    try {
      await typeInto(page, '#q_plan_start', '06/10/2026');
      await page.keyboard.press('Tab');
      assert.deepEqual(await messagesBefore(page, '#q_plan_start'), []);
      await page.click('#q_plan_start');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('32/10/2026');
      assert.ok((await findingsAt(page, 'dates.planStart')).some((f) => f.rule === 'input.invalid'));
      assert.deepEqual(await messagesBefore(page, '#q_plan_start'), [], 'not punished while typing');
      await page.keyboard.press('Tab');
      assert.ok((await messagesBefore(page, '#q_plan_start')).some((m) => m.cls === 'cin-error-message'));
    } finally {
      await context.close();
    }
  });

  test('leaving a field by clicking a button below it does not lose the click', async () => {
    const { page, context } = await open();
    try {
      await typeInto(page, '#out_target_1', '31/02/2027');
      // the message that appears on leaving the field pushes the button down the page
      await page.click('#add_outcome');
      await page.waitForFunction(() => window.__cin.plan.outcomes.length === 2);
      await page.waitForFunction(() => {
        const p = document.getElementById('out_target_1').previousElementSibling;
        return p && p.classList.contains('cin-error-message');
      });
    } finally {
      await context.close();
    }
  });

  test('submitting shows the error summary, its links focus the fields, and the submission goes ahead', async () => {
    const { page, context } = await open();
    try {
      assert.equal(await page.isVisible('.cin-error-summary'), false, 'no summary before submitting');
      await page.click('#save');
      assert.equal(await page.isVisible('.cin-error-summary'), true);
      assert.equal(await page.textContent('.cin-error-summary__title'), 'There is a problem');
      assert.equal(await page.evaluate(() => document.activeElement.classList.contains('cin-error-summary')), true, 'focus moves to the summary');
      assert.deepEqual(await page.evaluate(() => window.__saves), [{ defaultPreventedBefore: false }], 'not blocked');

      const links = await page.$$eval('.cin-error-summary a', (as) => as.map((a) => a.textContent));
      assert.ok(links.length > 0);
      const contingencyLink = page.locator('.cin-error-summary a[href="#q_contingency"]');
      assert.ok((await contingencyLink.count()) > 0, `a link to the contingency field among ${JSON.stringify(links)}`);
      await contingencyLink.first().click();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'q_contingency');
      // every link lands on a field of the form
      const count = await page.locator('.cin-error-summary a').count();
      for (let i = 0; i < count; i++) {
        await page.locator('.cin-error-summary a').nth(i).click();
        assert.equal(await page.evaluate(() => !!document.activeElement.closest('#caseform') && /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)), true);
      }
      // after a submit every message is shown inline, and the field's own description is kept
      const lp = await findingsAt(page, 'leadProfessional.name');
      assert.ok(lp.some((f) => f.severity === 'error'), 'an unnamed lead professional is an error');
      const ids = (await messagesBefore(page, '#q_lp_name')).map((m) => m.id);
      assert.ok(ids.length > 0);
      const described = (await page.getAttribute('#q_lp_name', 'aria-describedby')).split(' ');
      assert.equal(described[0], 'q_lp_name_hint');
      assert.deepEqual(described.slice(1).sort(), ids.sort());
      // fixing a summarised problem removes it from the summary while typing
      await page.click('#q_contingency');
      await page.keyboard.type('If things get worse, the social worker calls an early review meeting.');
      assert.equal(await page.locator('.cin-error-summary a[href="#q_contingency"]').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('an outcome row added after attach is read and checked', async () => {
    const { page, context } = await open();
    try {
      await typeInto(page, '#out_desc_1', 'Amira attends school every day and arrives by 8:45');
      await page.click('#add_outcome');
      await page.waitForFunction(() => window.__cin.plan.outcomes && window.__cin.plan.outcomes.length === 2);
      await typeInto(page, '#out_desc_2', 'Amira sees the school nurse each month');
      await typeInto(page, '#out_target_2', '30/02/2027');
      await page.keyboard.press('Tab');
      const plan = await page.evaluate(() => window.__cin.plan);
      assert.equal(plan.outcomes[0].description, 'Amira attends school every day and arrives by 8:45');
      assert.equal(plan.outcomes[1].description, 'Amira sees the school nurse each month');
      assert.equal(plan.outcomes[1].targetDate, '30/02/2027', 'an impossible date goes to the core as typed');
      assert.ok((await findingsAt(page, 'outcomes.1.targetDate')).some((f) => f.rule === 'input.invalid'));
      assert.ok((await messagesBefore(page, '#out_target_2')).some((m) => m.cls === 'cin-error-message'));
    } finally {
      await context.close();
    }
  });

  test('every field keeps exactly what was typed, odd text included', async () => {
    const { page, context } = await open();
    try {
      const typed = {
        '#q_lp_name': '  Sam  "O\'Kafor" <b>bold</b> &amp; é ñ 😀 \\ ',
        '#q_lp_resp': 'Visits every 3 weeks;\nconvenes reviews\t& <script>x</script>',
        '#q_contingency': '   ',
        '#out_target_1': '5/3/2027',
        '#q_review_every': 'six',
        '#out_who_1': '\u200bMum (Leila)\u00a0',
      };
      for (const [sel, text] of Object.entries(typed)) {
        await page.click(sel);
        await page.keyboard.insertText(text);
        await page.keyboard.press('Tab');
      }
      await page.click('#save');
      await page.click('#add_outcome');
      await page.selectOption('#authority', 'lewisham');
      await page.evaluate(() => window.__cin.check({ showAll: true }));
      for (const [sel, text] of Object.entries(typed)) {
        assert.equal(await page.$eval(sel, (e) => e.value), text, sel);
      }
      const plan = await page.evaluate(() => window.__cin.plan);
      assert.equal(plan.leadProfessional.name, typed['#q_lp_name']);
      assert.equal(plan.leadProfessional.responsibilities, typed['#q_lp_resp']);
      assert.equal(plan.contingency, undefined, 'a blank field is left out');
      assert.equal(plan.outcomes[0].targetDate, '2027-03-05');
      assert.equal(plan.reviews.frequency.every, 'six', 'text where a number belongs goes to the core as typed');
      assert.ok((await findingsAt(page, 'reviews.frequency.every')).some((f) => f.rule === 'input.invalid'));
      assert.equal(plan.outcomes[0].actions[0].owner, typed['#out_who_1']);
    } finally {
      await context.close();
    }
  });

  test('maps the form\'s own codes and types onto the plan format', async () => {
    const { page, context } = await open();
    try {
      await typeInto(page, '#q_visit_every', '3');
      await page.selectOption('#q_visit_unit', 'W');
      await page.check('#q_seen_alone');
      await typeInto(page, '#q_review_every', '6');
      await page.selectOption('#q_review_unit', 'W');
      await typeInto(page, '#q_review_last', '06/10/2026');
      const plan = await page.evaluate(() => window.__cin.plan);
      assert.deepEqual(plan.visits, { frequency: { every: 3, unit: 'weeks' }, childSeenAlone: true });
      assert.deepEqual(plan.reviews, { frequency: { every: 6, unit: 'weeks' }, last: '2026-10-06' });
      assert.notEqual(await itemStatus(page, 'visitFrequency'), 'notMet', 'visits now count');
      // the review date gives a due date with its basis
      const due = await page.$$eval('.cin-due__item', (lis) => lis.map((li) => li.textContent));
      assert.ok(due.length > 0, 'due dates are listed');
      const report = await page.evaluate(() => window.__cin.report);
      const next = report.due.find((d) => d.kind === 'nextReview');
      assert.ok(next, JSON.stringify(report.due));
      assert.ok(due.some((t) => t.includes(next.basis)));
    } finally {
      await context.close();
    }
  });

  test('switching authority re-checks against the other procedure', async () => {
    const { page, context } = await open();
    try {
      assert.equal(await page.evaluate(() => window.__cin.report.authority.id), 'reading');
      await page.selectOption('#authority', 'lewisham');
      assert.equal(await page.evaluate(() => window.__cin.report.authority.id), 'lewisham');
      assert.match(await page.textContent('.cin-checklist .cin-caption'), /Lewisham/);
    } finally {
      await context.close();
    }
  });

  test('detach() removes everything it added and leaves the page exactly as before', async () => {
    const { page, context, log } = await open();
    try {
      await typeInto(page, '#q_lp_name', 'Sam');
      await page.keyboard.press('Tab');
      await typeInto(page, '#out_target_1', '31/02/2027');
      await page.keyboard.press('Tab');
      await page.click('#save');
      assert.ok(await page.locator('.cin-error-message').count() > 0, 'messages were shown');
      const reports = await page.evaluate(() => {
        window.__cin.detach();
        return window.__reports;
      });
      assert.equal(await page.evaluate(() => document.body.innerHTML === window.__cinBefore), true);
      await typeInto(page, '#q_contingency', 'typed after detach');
      await page.keyboard.press('Tab');
      await page.click('#save');
      assert.equal(await page.evaluate(() => window.__reports), reports, 'no listener left behind');
      assert.equal(await page.evaluate(() => document.body.innerHTML === window.__cinBefore), true);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('case-record form, onSubmit mode', () => {
  test('checks on submit only and does not block the submission', async () => {
    const { page, context } = await open('?mode=onSubmit');
    try {
      const reports = await page.evaluate(() => window.__reports);
      await typeInto(page, '#q_contingency', 'If attendance falls, the social worker calls an early review.');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => window.__reports), reports, 'no check while typing');
      assert.equal(await itemStatus(page, 'contingency'), 'notMet');
      await page.click('#save');
      assert.equal(await itemStatus(page, 'contingency'), 'met');
      assert.deepEqual(await page.evaluate(() => window.__saves), [{ defaultPreventedBefore: false }]);
    } finally {
      await context.close();
    }
  });

  test('blocks a submission with errors only when the integrator asks (blockSubmit)', async () => {
    const { page, context } = await open('?mode=onSubmit&block=1');
    try {
      await page.click('#save');
      assert.ok(await page.evaluate(() => window.__cin.report.findings.some((f) => f.severity === 'error')));
      assert.deepEqual(await page.evaluate(() => window.__saves), [{ defaultPreventedBefore: true }]);
    } finally {
      await context.close();
    }
  });
});
