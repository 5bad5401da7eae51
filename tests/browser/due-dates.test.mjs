// The due dates (due-dates.js): each date under the report's own label (the one wording the
// demo and the CLI use too), written out in words, in date order; a date that moves is
// redrawn, the others stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goodPlan, openPlanForm, serverAndBrowser } from './helpers.mjs';

const env = serverAndBrowser();

const entries = (page) =>
  page.$$eval('.cin-due__item', (lis) =>
    lis.map((li) => ({
      kind: li.dataset.cinDue,
      label: li.querySelector('.cin-due__kind').textContent,
      date: li.querySelector('time').getAttribute('datetime'),
      words: li.querySelector('time').textContent,
    })),
  );

test('each due date has its label, its date in words, and the list is in date order', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    const { written, report } = await page.evaluate(async () => {
      const { formatDate } = await import('/pkg/adapter/adapter.js');
      const due = window.__cin.report.due;
      return { written: due.map((d) => formatDate(d.date)), report: due };
    });
    const shown = await entries(page);
    assert.ok(shown.length >= 5);
    assert.deepEqual(shown.map((e) => e.date), report.map((d) => d.date).sort());
    for (const e of shown) {
      const labels = report.filter((d) => d.kind === e.kind && d.date === e.date).map((d) => d.label);
      assert.ok(labels.includes(e.label), `${e.kind}: ${e.label} is the report's (${labels})`);
      assert.match(e.words, /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ 20\d\d$/);
    }
    assert.deepEqual(shown.map((e) => e.words).sort(), written.sort());
    // The dates every meeting has say which meeting: no two entries read the same.
    const minutes = shown.filter((e) => e.kind === 'minutesDistributed').map((e) => e.label);
    assert.ok(minutes.length >= 1);
    for (const l of minutes) assert.match(l, /^Minutes of the (initial|review) meeting on \d{1,2} [A-Z][a-z]{2} 20\d\d sent out$/);
    assert.equal(new Set(shown.map((e) => e.label)).size, shown.length);
  } finally {
    await context.close();
  }
});

test('a date that moves is redrawn in its new place; the others stay as they are', async () => {
  const { page, context } = await openPlanForm(env.browser, env.server.origin, goodPlan());
  try {
    await page.evaluate(() => {
      window.__dueBefore = new Set(document.querySelectorAll('.cin-due__item'));
    });
    const before = await entries(page);
    const nextVisit = before.find((e) => e.kind === 'nextVisit');
    // The last visit a month earlier: the next visit is due (and overdue) earlier too.
    await page.fill('#f-visits-last', '2026-10-16');
    const after = await entries(page);
    const moved = after.find((e) => e.kind === 'nextVisit');
    assert.ok(moved.date < nextVisit.date, `${moved.date} before ${nextVisit.date}`);
    assert.deepEqual(after.map((e) => e.date), after.map((e) => e.date).sort());
    // The visit's write-up is due from the last visit too; every other date is untouched.
    const redrawn = await page.$$eval('.cin-due__item', (lis) => lis.filter((li) => !window.__dueBefore.has(li)).map((li) => li.dataset.cinDue));
    const changed = after.filter((e) => !before.some((b) => JSON.stringify(b) === JSON.stringify(e))).map((e) => e.kind);
    assert.deepEqual(redrawn.sort(), ['nextVisit', 'visitWriteUp']);
    assert.deepEqual(changed.sort(), ['nextVisit', 'visitWriteUp']);
    assert.equal(await page.locator('.cin-due__item--overdue[data-cin-due="nextVisit"] .cin-tag').textContent(), 'Overdue');
  } finally {
    await context.close();
  }
});
