// The adapter with a council's own ruleset: attach(form, { ruleset }) checks against
// Kestrel Vale (made up, not built in; tests/fixtures/rulesets/), fetched by the page
// itself, as an integrator would. A ruleset the core cannot use rejects attach() with
// every problem listed, and leaves the form as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, itemStatus, openPlanForm, serverAndBrowser } from './helpers.mjs';

const env = serverAndBrowser();
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'rulesets');
const read = (name) => readFileSync(path.join(FIXTURES, name), 'utf8');
const ruleset = JSON.parse(read('kestrel-vale.json'));
const expected = JSON.parse(read('kestrel-vale-expected.json'));

for (const [name, want] of Object.entries(expected.plans)) {
  test(`attach(form, { ruleset }) checks ${name} against a council that is not built in`, async () => {
    const plan = JSON.parse(read(path.join('kestrel-vale-plans', name)));
    const { page, context, log } = await openPlanForm(env.browser, env.server.origin, plan, {
      authority: '',
      ruleset,
      today: expected.today,
    });
    try {
      const report = await page.evaluate(() => window.__cin.report);
      assert.equal(report.authority.id, 'kestrel-vale');
      assert.equal(report.authority.ruleset.builtIn, false);
      assert.deepEqual(report.findings.map((f) => [f.rule, f.path]), want.findings);
      assert.deepEqual(report.due.map((d) => [d.kind, d.date, d.overdue ? 'overdue' : d.done ? 'done' : '']), want.due);
      // The council's own checklist item is in the panel, with its own label.
      assert.equal(await page.textContent('[data-cin-item="voice"] .cin-checklist__label'), "Child's voice");
      const voice = await itemStatus(page, 'voice');
      assert.equal(voice, name === 'weak.json' ? 'partial' : 'met');
      for (const item of want.notMet) assert.equal(await itemStatus(page, item), 'notMet', item);
      // The due dates panel shows the council's dates.
      const dates = await page.$$eval('.cin-due__item time', (ts) => ts.map((t) => t.getAttribute('datetime')));
      assert.deepEqual(dates, want.due.map(([, date]) => date));
      // The page fetched nothing the test did not: the adapter made no request of its own.
      assert.ok(!log.requests.some((r) => r.afterReady && !r.url.includes('/pkg/')), JSON.stringify(log.requests));
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}

test('a ruleset the core cannot use rejects attach() with every problem, and leaves the form alone', async () => {
  const broken = structuredClone(ruleset);
  broken.rules[11].check.max.unit = 'fortnights';
  broken.deadlines[0].kind = 'firstMeeting';
  const plan = JSON.parse(read(path.join('kestrel-vale-plans', 'good.json')));
  const { page, context } = await openPlanForm(env.browser, env.server.origin, { child: {} }, { authority: 'reading' });
  try {
    const outcome = await page.evaluate(
      async ([p, r]) => {
        window.__cin.detach();
        document.getElementById('form-host').textContent = '';
        try {
          await window.__open(p, { authority: '', ruleset: r });
          return { attached: true };
        } catch (e) {
          return { name: e.name, message: e.message, errors: e.errors, panels: document.querySelectorAll('.cin-panel, .cin-error-message').length };
        }
      },
      [plan, broken],
    );
    assert.equal(outcome.name, 'RulesetError');
    assert.deepEqual(outcome.errors.map((e) => e.path), ['rules.11.check.max.unit', 'deadlines.0.kind']);
    assert.match(outcome.message, /rules\.11\.check\.max\.unit: "fortnights" is not one of days, workingDays, weeks, months/);
    assert.equal(outcome.panels, 0, 'nothing was added to the page for the refused ruleset');
  } finally {
    await context.close();
  }
});
