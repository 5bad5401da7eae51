// The form reader (bindings.js, field-types.js, form-reader.js): the plan the adapter checks
// is the plan the form holds, whether it was read in full or one keystroke at a time, and
// rows added, removed, reordered or hidden after attach are read again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goodPlan, openPlanForm, serverAndBrowser, typeInto } from './helpers.mjs';

const env = serverAndBrowser();

/** The plan as the adapter last read it, and as a full read of the form gives it now. */
const plans = (page) =>
  page.evaluate(async () => {
    const { readPlan } = await import('/pkg/adapter/adapter.js');
    return { kept: window.__cin.plan, full: readPlan(document.getElementById('planform')) };
  });

const rowsOf = (page) =>
  page.evaluate(() => window.__cin.plan.outcomes.map((o) => o.description));

test('typing reads each field into the plan as a full read of the form would', async () => {
  const { page, context, log } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    await typeInto(page, '#f-outcomes-1-description', ' and smiles');
    await page.fill('#f-reviews-frequency-every', '8');
    await page.fill('#f-visits-frequency-unit', '');
    await page.uncheck('#f-visits-childSeenAlone');
    await page.fill('#f-outcomes-0-needs', 'n1, n2,');
    await page.fill('#f-outcomes-0-actions-1-due', '2027-01-08');
    // Emptying every lead professional field leaves the whole object out, as a full read does.
    for (const f of ['name', 'role', 'agency', 'responsibilities']) await page.fill(`#f-leadProfessional-${f}`, '');
    const { kept, full } = await plans(page);
    assert.deepEqual(kept, full);
    assert.equal(kept.leadProfessional, undefined);
    assert.equal(kept.outcomes[1].description.endsWith(' and smiles'), true);
    assert.equal(kept.reviews.frequency.every, 8);
    assert.deepEqual(kept.visits.frequency, { every: 3 });
    assert.equal(kept.visits.childSeenAlone, false);
    assert.deepEqual(kept.outcomes[0].needs, ['n1', 'n2']);
    assert.equal(kept.outcomes[0].actions[1].due, '2027-01-08');
    // ...and the report is about that plan: the missing lead professional is reported.
    const item = await page.evaluate(() => window.__cin.report.checklist.find((c) => c.item === 'leadProfessional').status);
    assert.equal(item, 'notMet');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('rows removed, added, moved or hidden after attach are read again, and later paths shift', async () => {
  const plan = goodPlan();
  plan.outcomes = ['A', 'B', 'C', 'D', 'E'].map((d) => ({ ...plan.outcomes[0], description: `Outcome ${d}: Amira attends school every day` }));
  const { page, context, log } = await openPlanForm(env.browser, env.server.origin, plan);
  const rows = () => page.$$('[data-cin-list="outcomes"] > fieldset');
  try {
    // The page's own script removes the third row.
    await page.evaluate(() => document.querySelectorAll('[data-cin-list="outcomes"] > fieldset')[2].remove());
    assert.deepEqual((await rowsOf(page)).map((d) => d.slice(0, 9)), ['Outcome A', 'Outcome B', 'Outcome D', 'Outcome E']);
    // Typing in what is now the third row changes outcomes.2, not outcomes.3.
    await typeInto(page, '#f-outcomes-3-description', ' and smiles');
    assert.match((await rowsOf(page))[2], /^Outcome D.*and smiles$/);
    assert.doesNotMatch((await rowsOf(page))[3], /smiles/);

    // A copy of the first row inserted second; the last row moved to the top; a row hidden.
    await page.evaluate(() => {
      const list = document.querySelector('[data-cin-list="outcomes"]');
      const [first] = list.children;
      list.insertBefore(first.cloneNode(true), first.nextSibling);
    });
    assert.deepEqual((await rowsOf(page)).map((d) => d.slice(0, 9)), ['Outcome A', 'Outcome A', 'Outcome B', 'Outcome D', 'Outcome E']);
    await page.evaluate(() => {
      const list = document.querySelector('[data-cin-list="outcomes"]');
      list.insertBefore(list.lastElementChild, list.firstElementChild);
    });
    assert.deepEqual((await rowsOf(page)).map((d) => d.slice(0, 9)), ['Outcome E', 'Outcome A', 'Outcome A', 'Outcome B', 'Outcome D']);
    await page.evaluate(() => {
      document.querySelectorAll('[data-cin-list="outcomes"] > fieldset')[1].hidden = true;
    });
    assert.deepEqual((await rowsOf(page)).map((d) => d.slice(0, 9)), ['Outcome E', 'Outcome A', 'Outcome B', 'Outcome D']);
    assert.equal((await rows()).length, 5, 'the hidden row is still on the page');

    // A field whose path attribute changes is read under its new path.
    await page.evaluate(() => document.getElementById('f-contingency').setAttribute('data-cin-path', 'worries'));
    const { kept, full } = await plans(page);
    assert.deepEqual(kept, full);
    assert.equal(kept.contingency, undefined);
    assert.equal(kept.worries, plan.contingency);
    assert.ok(await page.evaluate(() => window.__cin.report.findings.some((f) => f.path === 'contingency')), 'the missing contingency is reported');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('values set by script without an event are read by handle.check()', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    const reportAfter = await page.evaluate(() => {
      document.getElementById('f-contingency').value = '';
      return window.__cin.check().checklist.find((c) => c.item === 'contingency').status;
    });
    assert.equal(reportAfter, 'notMet');
    assert.equal(await page.evaluate(() => window.__cin.plan.contingency), undefined);
  } finally {
    await context.close();
  }
});

test('every field of the plan format is read as its type: dates, numbers, yes/no and lists', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, {});
  try {
    // One text box per field of the plan's field list, each typed as a practitioner would.
    const { fields, plan } = await page.evaluate(async () => {
      const { readPlan } = await import('/pkg/adapter/adapter.js');
      const { planFields } = await import('/pkg/adapter/core.js');
      const typed = { date: '5/3/2027', number: ' 3 ', boolean: 'Yes', list: 'n1, n2', text: ' as typed ', choice: 'weeks' };
      const form = document.createElement('form');
      const list = planFields();
      for (const f of list) {
        const input = document.createElement('input');
        input.setAttribute('data-cin-path', f.path.replaceAll('*', '0'));
        input.value = typed[f.type];
        form.appendChild(input);
      }
      return { fields: list, plan: readPlan(form) };
    });
    const want = { date: '2027-03-05', number: 3, boolean: true, list: ['n1', 'n2'], text: ' as typed ', choice: 'weeks' };
    assert.ok(fields.length > 50);
    for (const f of fields) {
      const value = f.path.replaceAll('*', '0').split('.').reduce((node, key) => node && node[key], plan);
      assert.deepEqual(value, want[f.type], f.path);
    }
  } finally {
    await context.close();
  }
});
