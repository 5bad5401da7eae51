// The demo page in headless Chromium, served by scripts/serve.mjs with the
// Content-Security-Policy an integrating page would use. Needs dist/cinplan
// (scripts/build-pkg.sh) and the npm dev tooling (playwright-core, axe-core).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  TODAY,
  artifactPath,
  checklistStatuses,
  errorCount,
  foreignRequests,
  launchBrowser,
  loadExample,
  newDemoPage,
  readExample,
  readExamples,
  startServer,
  trainerRules,
} from './support.mjs';
import { loadPackage } from '../node/helpers.mjs';

// The councils are the package's, in its order: the page has no list of its own.
const AUTHORITIES = loadPackage().authorities();
const AUTHORITY_IDS = AUTHORITIES.map((a) => a.id);

let server;
let browser;
const pages = [];

async function demo(options) {
  const d = await newDemoPage(browser, server, options);
  pages.push(d);
  return d;
}

before(async () => {
  server = await startServer({ csp: true });
  browser = await launchBrowser();
});

after(async () => {
  for (const d of pages) await d.context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

describe('loading', () => {
  test('the page runs under the CSP, lists the councils from the package, and asks only its own origin', async () => {
    const { page, record, open } = await demo();
    await open();
    const ids = await page.$$eval('#authority option', (opts) => opts.map((o) => o.value));
    assert.deepEqual(ids, AUTHORITY_IDS);
    const names = await page.$$eval('#authority option', (opts) => opts.map((o) => o.textContent));
    assert.deepEqual(names, AUTHORITIES.map((a) => a.name));
    assert.equal(await page.inputValue('#authority'), 'reading');
    assert.equal(await page.inputValue('#today'), TODAY);
    // The adapter drew its checklist for the empty plan into the page's own panel.
    const statuses = await checklistStatuses(page);
    assert.equal(statuses.contingency, 'notMet');
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, [], 'no console errors (a CSP violation would show here)');
    assert.deepEqual(foreignRequests(record, server.origin), []);
    const html = readFileSync(path.join(ROOT, 'www', 'index.html'), 'utf8');
    assert.match(html, /<select id="authority"[^>]*>\s*<\/select>/, 'no list of councils of its own in the page');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline scripts');
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handlers');
    assert.doesNotMatch(html, /(src|href)\s*=\s*["']?(https?:)?\/\//i, 'no external resources');
  });

  test('?authority= chooses the council', async () => {
    const { page, open } = await demo();
    const other = AUTHORITY_IDS.find((id) => id !== 'reading');
    await open(`?today=${TODAY}&authority=${other}`);
    assert.equal(await page.inputValue('#authority'), other);
  });

  test('today defaults to the local date when not given', async () => {
    const { page, open } = await demo();
    await open('');
    const local = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    assert.equal(await page.inputValue('#today'), local);
  });
});

describe('examples', () => {
  test('the picker offers every plan in the example folders, grouped by council in the council list\'s order', async () => {
    const { page, open } = await demo();
    await open();
    const offered = await page.$$eval('#example optgroup', (groups) =>
      groups.map((g) => ({ authority: g.dataset.authority, files: [...g.querySelectorAll('option')].map((o) => o.value) })),
    );
    const examples = readExamples();
    assert.deepEqual(offered.map((g) => g.authority), AUTHORITY_IDS.filter((id) => examples.some((e) => e.authority === id)));
    assert.deepEqual(offered.flatMap((g) => g.files).sort(), examples.map((e) => e.file).sort());
  });

  test('every example loads, fills the form and is checked against its council', async () => {
    const { page, record, open } = await demo();
    await open();
    const examples = readExamples();
    for (const id of AUTHORITY_IDS) {
      const mine = examples.filter((e) => e.authority === id);
      assert.equal(mine.filter((e) => !e.weakness).length, 1, `${id}: one exemplary plan`);
      assert.ok(mine.filter((e) => e.weakness).length >= 1, `${id}: weak plans`);
    }
    for (const ex of examples) {
      await loadExample(page, ex.file);
      // Each example is checked on the date it is written for.
      assert.equal(await page.inputValue('#today'), ex.asOf, `${ex.file}: today is its as-of date`);
      const plan = readExample(ex.file);
      assert.equal(await page.inputValue('#authority'), ex.authority, `${ex.file}: council switched`);
      assert.equal(await page.inputValue('#child-name'), plan.child.name, `${ex.file}: form filled`);
      assert.equal(
        await page.locator('[data-cin-list="outcomes"] > [data-cin-row]').count(),
        (plan.outcomes || []).length,
        `${ex.file}: one row per outcome`,
      );
      const rules = await trainerRules(page);
      const statuses = await checklistStatuses(page);
      if (!ex.weakness) {
        assert.equal(await errorCount(page), 0, `${ex.file}: exemplary plan has no errors (rules: ${rules.join(', ')})`);
        assert.deepEqual(rules, [], `${ex.file}: exemplary plan raises nothing`);
        for (const [item, status] of Object.entries(statuses)) assert.equal(status, 'met', `${ex.file}: ${item} met`);
      } else {
        for (const rule of ex.rules) assert.ok(rules.includes(rule), `${ex.file} (${ex.weakness}) raises ${rule}; got ${rules.join(', ')}`);
        assert.ok(Object.values(statuses).some((s) => s !== 'met'), `${ex.file}: some checklist item is not met`);
      }
    }
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(foreignRequests(record, server.origin), []);
  });

  test('an example sets the page\'s date to its own, says so, and offers the way back to today', async () => {
    const { page, open } = await demo();
    await open('?today=2027-01-20');
    const ex = readExamples().find((e) => e.file === 'reading/exemplary.json');
    assert.equal(ex.asOf, '2026-11-22');
    await loadExample(page, ex.file);
    assert.equal(await page.inputValue('#today'), '2026-11-22');
    assert.ok(await page.isVisible('#as-of'));
    assert.match(await page.textContent('#as-of'), /Showing this example as it stands on Sunday 22 November 2026, the date it is written for/);
    assert.equal(await page.locator('#timeline-list .timeline__item--overdue').count(), 0, 'a good plan on its own date has nothing overdue');
    await page.getByRole('button', { name: /Use today's date \(Wednesday 20 January 2027\)/ }).click();
    await page.waitForFunction(() => /20 January 2027/.test(document.querySelector('#status').textContent));
    assert.equal(await page.inputValue('#today'), '2027-01-20');
    assert.equal(await page.isVisible('#as-of'), false);
    assert.ok((await page.locator('#timeline-list .timeline__item--overdue').count()) > 0, 'two months on, visits are overdue');
    assert.doesNotMatch(await page.textContent('#status'), /\d{4}-\d{2}-\d{2}/, 'no ISO dates in the status line');
  });

  test('a screenshot of a loaded example for the record', async () => {
    const { page, open } = await demo();
    await open();
    await loadExample(page, 'reading/review-interval.json');
    await page.check('#trainer');
    await page.screenshot({ path: artifactPath('demo.png') });
    await page.locator('#timeline').screenshot({ path: artifactPath('demo-timeline.png') });
  });
});

describe('trainer mode', () => {
  test('shows the rule id, the procedure\'s own words and where they come from, and the SMART letters', async () => {
    const { page, open } = await demo();
    await open();
    await loadExample(page, 'reading/review-interval.json');
    assert.equal(await page.isVisible('#trainer-notes'), false, 'off until asked for');
    await page.check('#trainer');
    const item = page.locator('#trainer-list > li', { has: page.locator('code', { hasText: /^reviews\.interval-max$/ }) });
    assert.equal(await item.count(), 1);
    assert.match(await item.locator('.trainer__quote').textContent(), /at least every six weeks/);
    assert.match(await item.locator('.trainer__source').textContent(), /Berkshire West guidance/);
    // "Show in the form" takes the keyboard to the field the finding is about.
    await item.getByRole('button', { name: 'Show in the form' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'r-every');
    // One SMART verdict per outcome, six letters each.
    assert.equal(await page.locator('#trainer-smart .smart').count(), 2);
    assert.equal(await page.locator('#trainer-smart .smart').first().locator('dt').count(), 6);
    await page.uncheck('#trainer');
    assert.equal(await page.isVisible('#trainer-notes'), false);
  });
});

describe('switching council', () => {
  test('re-checks the same plan at once and says what changed', async () => {
    const { page, open } = await demo();
    await open();
    await loadExample(page, 'reading/review-interval.json');
    assert.ok((await trainerRules(page)).includes('reviews.interval-max'));
    const before = await page.inputValue('#child-name');

    await page.selectOption('#authority', 'west-berkshire');
    await page.waitForFunction(() => /West Berkshire/.test(document.querySelector('#status').textContent));
    const status = await page.textContent('#status');
    assert.match(status, /Now checking against West Berkshire/);
    assert.match(status, /from Reading/);
    const changes = await page.$$eval('#changes-list li', (lis) => lis.map((li) => li.textContent));
    assert.ok(
      changes.some((c) => /^Gone/.test(c) && /Reading requires reviews at least every 6 weeks/.test(c)),
      `the Reading-only finding is listed as gone: ${changes.join(' / ')}`,
    );
    assert.ok(changes.some((c) => /Review points/.test(c) && /partly met for Reading, met for West Berkshire/.test(c)), changes.join(' / '));
    assert.ok(!(await trainerRules(page)).includes('reviews.interval-max'), 'eight-weekly reviews are fine in West Berkshire');
    assert.equal(await page.inputValue('#child-name'), before, 'the plan itself is untouched');

    await page.selectOption('#authority', 'reading');
    await page.waitForFunction(() => /Now checking against Reading/.test(document.querySelector('#status').textContent));
    const back = await page.$$eval('#changes-list li', (lis) => lis.map((li) => li.textContent));
    assert.ok(back.some((c) => /^New/.test(c) && /6 weeks/.test(c)), back.join(' / '));
  });

  test('a plan that is fine everywhere says nothing changes', async () => {
    const { page, open } = await demo();
    await open();
    await loadExample(page, 'wokingham/exemplary.json');
    await page.selectOption('#authority', 'reading');
    await page.waitForFunction(() => /Reading/.test(document.querySelector('#status').textContent));
    assert.equal(await errorCount(page), 0);
  });
});

describe('typing', () => {
  test('the checklist follows what is typed, and rows can be added and removed', async () => {
    const { page, open } = await demo();
    await open();
    let statuses = await checklistStatuses(page);
    assert.equal(statuses.leadProfessional, 'notMet');
    assert.equal(statuses.contingency, 'notMet');

    await page.fill('#contingency', 'If attendance drops below 90% for two weeks, the social worker calls an early review.');
    await page.waitForFunction(() => document.querySelector('#panel-checklist [data-cin-item="contingency"]').className.includes('--met'));

    await page.fill('#lp-name', 'Sam Okafor');
    await page.fill('#lp-resp', 'Visits every 3 weeks; chairs the reviews.');
    await page.waitForFunction(() => document.querySelector('#panel-checklist [data-cin-item="leadProfessional"]').className.includes('--met'));

    // An outcome typed in its row is checked: without a measure it is reported.
    const outcome = page.locator('[data-cin-list="outcomes"] > [data-cin-row]').first();
    await outcome.locator('[data-cin-path="description"]').first().fill('Amira gets to school by 8:45 every day');
    await page.check('#trainer');
    await page.waitForFunction(() => [...document.querySelectorAll('#trainer-list code')].some((c) => c.textContent === 'outcomes.0.measure'));

    // Add a second need with the keyboard, then remove it.
    const needs = page.locator('[data-cin-list="needs"] > [data-cin-row]');
    assert.equal(await needs.count(), 1);
    await page.focus('[data-add-row="needs"]');
    await page.keyboard.press('Enter');
    assert.equal(await needs.count(), 2);
    const focusedPath = await page.evaluate(() => document.activeElement.dataset.cinPath);
    assert.equal(focusedPath, 'id', 'focus moves into the new row');
    await page.keyboard.type('n2');
    assert.equal(await needs.nth(1).locator('legend').textContent(), 'Need 2');
    await needs.nth(1).getByRole('button', { name: 'Remove need 2' }).click();
    assert.equal(await needs.count(), 1);
    assert.match(await page.textContent('#status'), /Need 2 removed/);
  });

  test('the example picker works from the keyboard alone', async () => {
    const { page, open } = await demo();
    await open();
    await page.focus('#example');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.inputValue('#example');
    assert.notEqual(chosen, '');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'load-example');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Loaded the example'));
    assert.notEqual(await page.inputValue('#child-name'), '');
  });
});

describe('today', () => {
  test('moving today on shows what becomes overdue', async () => {
    const { page, open } = await demo();
    await open();
    await loadExample(page, 'reading/exemplary.json');
    assert.equal(await page.locator('#timeline-list .timeline__item--overdue').count(), 0);
    await page.fill('#today', '2027-01-20');
    await page.waitForFunction(() => /Wednesday 20 January 2027/.test(document.querySelector('#status').textContent));
    assert.ok((await page.locator('#timeline-list .timeline__item--overdue').count()) > 0, 'the next visit is overdue by then');
    const changes = await page.$$eval('#changes-list li', (lis) => lis.map((li) => li.textContent));
    assert.ok(changes.some((c) => /Next visit/.test(c) && /overdue/i.test(c)), changes.join(' / '));
    // Dates said the way people say them: "met on Sunday 22 November 2026", never "for on 2026-11-22".
    assert.ok(changes.some((c) => /met on Sunday 22 November 2026, (partly met|not met) on Wednesday 20 January 2027/.test(c)), changes.join(' / '));
    for (const c of changes) assert.doesNotMatch(c, /for on|\d{4}-\d{2}-\d{2}/, c);
    assert.equal(await page.textContent('#changes-h'), 'What changes between Sunday 22 November 2026 and Wednesday 20 January 2027');
    assert.ok((await errorCount(page)) > 0);
    // The calendar marks today and the overdue date.
    assert.equal(await page.getAttribute('#calendar-body td.day--today', 'data-date'), '2027-01-20');
    assert.ok((await page.locator('#calendar-body .day__event--overdue').count()) > 0);
  });
});

describe('files', () => {
  test('a plan saved to a file comes back the same when opened again', async () => {
    const { page, record, open } = await demo();
    await open();
    await loadExample(page, 'reading/exemplary.json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    assert.match(download.suggestedFilename(), /^cin-plan-amira-haddad-.*\.json$/);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    // All of the plan comes back; the example's description for the demo is not part of it.
    const { example, ...plan } = readExample('reading/exemplary.json');
    assert.equal(typeof example.title, 'string');
    assert.deepEqual(saved, plan);

    await page.click('#clear');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Started a blank plan'));
    assert.equal(await page.inputValue('#child-name'), '');

    const file = artifactPath('roundtrip-plan.json');
    writeFileSync(file, JSON.stringify(saved));
    await page.setInputFiles('#import', file);
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Opened'));
    assert.equal(await page.inputValue('#child-name'), 'Amira Haddad');
    assert.equal(await errorCount(page), 0);
    assert.deepEqual(foreignRequests(record, server.origin), []);
  });

  test('a file that is not a plan leaves the form alone and says why', async () => {
    const { page, open } = await demo();
    await open();
    await loadExample(page, 'salford/exemplary.json');
    const file = artifactPath('not-a-plan.json');
    writeFileSync(file, 'this is not JSON');
    await page.setInputFiles('#import', file);
    await page.waitForFunction(() => /not a plan file/.test(document.querySelector('#status').textContent));
    assert.equal(await page.inputValue('#child-name'), 'Leo Carter');
  });

  test('odd values in a file are reported by the checker, not dropped silently', async () => {
    const { page, open } = await demo();
    await open();
    const file = artifactPath('odd-plan.json');
    const name = '<img src=x onerror="window.__injected = 1">';
    writeFileSync(file, JSON.stringify({ child: { name }, pathway: 'fortnightly', reviews: { next: '31/02/2027' }, contingency: name }));
    await page.setInputFiles('#import', file);
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Opened'));
    const changes = await page.$$eval('#changes-list li', (lis) => lis.map((li) => li.textContent));
    assert.ok(changes.some((c) => /reviews\.next/.test(c)), changes.join(' / '));
    assert.ok((await trainerRules(page)).includes('input.invalid'), 'the unknown pathway reaches the checker');
    // Text from a file is shown as text, never run as HTML (here in the print view).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.match(await page.textContent('#print-plan h1'), /<img src=x onerror=/);
    assert.equal(await page.locator('#print-plan img').count(), 0);
    assert.equal(await page.evaluate(() => window.__injected), undefined);
  });
});

describe('print', () => {
  test('the print view is the plan in plain words, without the form or the checker', async () => {
    const { page, open } = await demo();
    await open();
    await loadExample(page, 'lewisham/exemplary.json');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.isVisible('#print-plan'));
    assert.equal(await page.isVisible('#plan'), false);
    assert.equal(await page.isVisible('#checks'), false);
    const text = await page.textContent('#print-plan');
    assert.match(text, /Child in Need plan for Zainab Yusuf/);
    assert.match(text, /What you told us/);
    assert.match(text, /If things change or the plan is not working/);
    assert.match(text, /Eight sessions of family therapy/);
    await page.screenshot({ path: artifactPath('demo-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('accessibility', () => {
  test('axe-core finds no violations, with an example, trainer mode and a council switch on screen', async () => {
    // bypassCSP only so that axe itself can be injected as a script.
    const { page, open } = await demo({ bypassCSP: true });
    await open();
    const axePath = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
    const run = async (label) => {
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      assert.deepEqual(summary, [], `${label}: axe violations`);
    };
    await run('empty plan');
    await loadExample(page, 'authority-c/absent-parent.json');
    await page.check('#trainer');
    await page.selectOption('#authority', 'lewisham');
    await page.waitForFunction(() => /Lewisham/.test(document.querySelector('#status').textContent));
    await run('example, trainer mode, after switching council');
  });

  test('at 200% zoom (640 px wide) nothing but the calendar needs sideways scrolling', async () => {
    const { page, open } = await demo({ viewport: { width: 640, height: 800 } });
    await open();
    await loadExample(page, 'west-berkshire/exemplary.json');
    await page.check('#trainer');
    const overflow = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.timeline__scroll') && !e.closest('.visually-hidden') && e.getClientRects().length)
        .filter((e) => e.getBoundingClientRect().right > w + 1)
        .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`)
        .slice(0, 10);
    });
    assert.deepEqual(overflow, []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
    await page.screenshot({ path: artifactPath('demo-zoom200.png') });
  });
});
