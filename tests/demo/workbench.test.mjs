// The ruleset workbench (www/workbench.html) in headless Chromium, served with the
// Content-Security-Policy an integrating page would use: start from a built-in ruleset or
// open a file, see every problem at its path as you type (and go to it), see the checklist
// the ruleset defines and which rules fire on the demo's example plans, save the file.
// Nothing leaves the page; axe finds no violations.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, foreignRequests, launchBrowser, readExamples, recordedPage, startServer } from './support.mjs';

const KESTREL = path.join(ROOT, 'tests', 'fixtures', 'rulesets', 'kestrel-vale.json');

let server;
let browser;

before(async () => {
  server = await startServer({ csp: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the workbench; resolves once it has checked its first ruleset. */
async function workbench(query = '', { bypassCSP = false } = {}) {
  const { context, page, record } = await recordedPage(browser, { viewport: { width: 1300, height: 1000 }, bypassCSP });
  await page.goto(`${server.url}workbench.html${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.state, null, { timeout: 30000 });
  return { page, context, record };
}

/** Waits for the check of the text as it now is. */
async function checked(page, before) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.checks) > n, before);
}
const checks = (page) => page.evaluate(() => Number(document.documentElement.dataset.checks));

test('starting from a built-in ruleset shows its checklist and which of its rules fire on the example plans', async () => {
  const { page, context, record } = await workbench('?start=reading');
  try {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ok');
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'rulesets', 'reading.json'), 'utf8'));
    assert.equal(
      await page.textContent('#source-state'),
      `No problems: plans can be checked against “Reading” (reading, version ${version}).`,
    );
    assert.ok(await page.isHidden('#problems'));
    const items = await page.$$eval('#items > li', (lis) => lis.map((li) => li.dataset.item));
    assert.deepEqual(items.slice(0, 5), ['leadProfessional', 'smartOutcomes', 'contingency', 'reviewPoints', 'visitFrequency']);
    assert.ok(items.length > 5, 'Reading adds items of its own');
    // Every example plan is run; Reading's exemplary one gives no errors, and each of its weak
    // ones raises the rules it is there to show.
    const examples = readExamples();
    const rows = await page.$$eval('#example-rows tr', (trs) =>
      trs.map((tr) => ({ file: tr.dataset.file, errors: Number(tr.children[1].textContent), rules: [...tr.querySelectorAll('td code')].map((c) => c.textContent) })),
    );
    assert.deepEqual(rows.map((r) => r.file), examples.map((e) => e.file));
    for (const ex of examples.filter((e) => e.authority === 'reading')) {
      const row = rows.find((r) => r.file === ex.file);
      if (ex.weakness === null) assert.equal(row.errors, 0, ex.file);
      for (const rule of ex.rules) assert.ok(row.rules.includes(rule), `${ex.file}: ${rule} does not fire (${row.rules})`);
    }
    // One plan's findings and due dates, in words.
    await page.selectOption('#plan', 'reading/review-interval.json');
    assert.match(await page.textContent('#detail'), /Reviews are set every 8 weeks; Reading requires/);
    assert.match(await page.textContent('#detail'), /nextReview|Next review|review/);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    assert.deepEqual(foreignRequests(record, server.origin), []);
    const html = readFileSync(path.join(ROOT, 'www', 'workbench.html'), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline scripts');
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handlers');
  } finally {
    await context.close();
  }
});

test('a mistake typed in is listed at its path at once, goes to its place when chosen, and clears when fixed', async () => {
  const { page, context } = await workbench('?start=lewisham');
  try {
    const text = await page.inputValue('#source');
    const n = await checks(page);
    await page.fill('#source', text.replace('"unit": "weeks"', '"unit": "fortnights"').replace('"severity": "warning"', '"severity": "must"'));
    await checked(page, n);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'problems');
    const problems = await page.$$eval('#problems-list li', (lis) => lis.map((li) => li.textContent));
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems.join('\n'), /: "must" is not one of error, warning, info/);
    assert.match(problems.join('\n'), /\.unit: "fortnights" is not one of days, workingDays, weeks, months/);
    assert.match(await page.textContent('#source-state'), /2 problems to fix/);
    // Choosing a problem selects the value it is about.
    await page.click('#problems-list li:last-child a');
    const selected = await page.evaluate(() => {
      const s = document.querySelector('#source');
      return { text: s.value.slice(s.selectionStart, s.selectionEnd), focused: document.activeElement === s };
    });
    assert.deepEqual(selected, { text: '"fortnights"', focused: true });
    // The checklist of the last version without problems stays on screen.
    assert.ok((await page.$$eval('#items > li', (lis) => lis.length)) >= 5);
    const m = await checks(page);
    await page.fill('#source', text);
    await checked(page, m);
    assert.ok(await page.isHidden('#problems'));
    // Text that is not JSON: one problem, with its line and column.
    const k = await checks(page);
    await page.fill('#source', '{ "format": 1,\n  "id": }');
    await checked(page, k);
    assert.match(await page.textContent('#problems-list'), /not valid JSON: .* at line 2 column/);
  } finally {
    await context.close();
  }
});

test('a ruleset file opens from the computer, defines its own checklist, and saves back unchanged', async () => {
  const { page, context, record } = await workbench();
  try {
    const n = await checks(page);
    await page.setInputFiles('#open', KESTREL);
    await checked(page, n);
    assert.match(await page.textContent('#status'), /Opened kestrel-vale\.json/);
    assert.match(await page.textContent('#source-state'), /“Kestrel Vale” \(kestrel-vale, version 1\.0\)/);
    assert.match(await page.textContent('[data-item="voice"]'), /Child's voice/);
    assert.match(await page.textContent('[data-item="voice"]'), /visits\.seen-alone/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
    assert.equal(download.suggestedFilename(), 'kestrel-vale.json');
    const saved = readFileSync(await download.path(), 'utf8');
    assert.equal(saved, readFileSync(KESTREL, 'utf8'));
    assert.deepEqual(foreignRequests(record, server.origin), []);
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a rule edited through the form is rewritten in place, and the rest of the text stays as it was', async () => {
  const { page, context, record } = await workbench('?start=lewisham');
  try {
    const before = await page.inputValue('#source');
    const rules = JSON.parse(before).rules;
    const k = rules.findIndex((r) => r.id === 'equality.considered');
    await page.selectOption('#rule', String(k));
    assert.equal(await page.inputValue('#rule-severity'), 'warning');
    assert.match(await page.textContent('#rule-check-hint'), /filled in: text not blank.* Message placeholders: \{authority\}\./);
    // A check that is not JSON is refused beside the field, and nothing changes.
    await page.fill('#rule-check', '{"kind": "present", ');
    await page.click('#rule-fields button[type=submit]');
    assert.match(await page.textContent('#rule-check-error'), /Error: What is checked must be written as JSON/);
    assert.equal(await page.inputValue('#source'), before);
    // A valid change: a should that the council now reads as must.
    await page.fill('#rule-check', JSON.stringify(rules[k].check));
    await page.selectOption('#rule-severity', 'error');
    await page.fill('#rule-message', 'Record how equality and diversity were addressed. {authority} requires it.');
    const n = await checks(page);
    await page.click('#rule-fields button[type=submit]');
    await checked(page, n);
    const after = await page.inputValue('#source');
    const edited = JSON.parse(after).rules[k];
    assert.equal(edited.severity, 'error');
    assert.equal(edited.message, 'Record how equality and diversity were addressed. {authority} requires it.');
    assert.equal(edited.quote, rules[k].quote);
    // Only that rule's text changed.
    const other = (text) => text.replace(/\{\s*"id": "equality\.considered"[\s\S]*?\n    \}/, '');
    assert.equal(other(after), other(before));
    assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ok');
    assert.match(await page.textContent('[data-item="participation"]'), /error equality\.considered/);
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('axe-core finds no violations, with a ruleset and with problems on screen', async () => {
  // bypassCSP only so that axe itself can be injected as a script.
  const { page, context } = await workbench('?start=reading', { bypassCSP: true });
  const axePath = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
  const run = async (label) => {
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((x) => x.target.join(' ')).slice(0, 5).join(', ')}`);
    assert.deepEqual(summary, [], `${label}: axe violations`);
  };
  try {
    await page.selectOption('#plan', 'reading/minutes.json');
    await page.selectOption('#rule', '0');
    await run('a ruleset with no problems, one rule in the form');
    const n = await checks(page);
    await page.fill('#source', (await page.inputValue('#source')).replace('"format": 1', '"format": 2'));
    await checked(page, n);
    await run('a ruleset with a problem');
  } finally {
    await context.close();
  }
});
