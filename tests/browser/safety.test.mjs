// End-to-end: what the adapter must never do (network, HTML injection, CSP trouble) and
// an axe-core accessibility audit of the fixture pages with every panel showing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, openFixture, startServer } from './helpers.mjs';

const require = createRequire(import.meta.url);

let server;
let cspServer;
let browser;
before(async () => {
  server = await startServer();
  cspServer = await startServer({ csp: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await cspServer?.stop();
});

async function exercise(page, text) {
  for (const sel of ['#q_lp_name', '#q_contingency', '#out_desc_1', '#out_target_1', '#q_review_every']) {
    await page.click(sel);
    await page.keyboard.insertText(text);
    await page.keyboard.press('Tab');
  }
  await page.click('#add_outcome');
  await page.click('#out_desc_2');
  await page.keyboard.type('Another outcome');
  await page.selectOption('#authority', 'lewisham');
  await page.click('#save');
  await page.locator('.cin-error-summary a').first().click();
}

test('no network request after the page has loaded, and only the page\'s own files before', async () => {
  const { page, context, log } = await openFixture(browser, `${server.origin}/tests/case-record.html`);
  try {
    await exercise(page, 'If attendance falls below 90% for two weeks, call an early review.');
    await page.waitForTimeout(300);
    const beforeReady = log.requests.filter((r) => !r.afterReady);
    const afterReady = log.requests.filter((r) => r.afterReady);
    assert.ok(beforeReady.some((r) => r.url.endsWith('.wasm')), 'the core is loaded from the package itself');
    for (const r of beforeReady) assert.ok(r.url.startsWith(`${server.origin}/`), r.url);
    assert.deepEqual(afterReady, []);
  } finally {
    await context.close();
  }
});

test('markup typed into a field is shown as text and never runs', async () => {
  const { page, context, log } = await openFixture(browser, `${server.origin}/tests/case-record.html`);
  try {
    const payload = '<img src=x onerror=window.__xss=1>';
    await exercise(page, payload);
    await page.evaluate(() => window.__cin.check({ showAll: true }));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator('img').count(), 0);
    for (const sel of ['#q_lp_name', '#q_contingency', '#out_desc_1', '#out_target_1', '#q_review_every']) {
      assert.equal(await page.$eval(sel, (e) => e.value), payload, sel);
    }
    assert.deepEqual(log.requests.filter((r) => r.afterReady), []);
  } finally {
    await context.close();
  }
});

test('works under a strict Content-Security-Policy with no CSP errors', async () => {
  const { page, context, log } = await openFixture(browser, `${cspServer.origin}/tests/case-record.html`);
  try {
    const headers = await page.evaluate(async () => {
      const res = await fetch(location.href, { method: 'HEAD' });
      return res.headers.get('content-security-policy');
    });
    assert.match(headers || '', /script-src 'self' 'wasm-unsafe-eval'/);
    assert.ok(await page.locator('.cin-checklist [data-cin-item]').count() >= 5, 'the checklist appears');
    assert.equal(await page.$eval('[data-cin-item="contingency"]', (li) => li.className.includes('notMet')), true);
    await page.click('#q_contingency');
    await page.keyboard.type('If attendance falls below 90% for two weeks, the social worker calls an early review meeting.');
    assert.equal(await page.$eval('[data-cin-item="contingency"]', (li) => li.className.includes('--met')), true);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('axe-core finds no accessibility violations with every panel showing', async () => {
  for (const fixture of ['case-record.html', 'attributes.html']) {
    const { page, context } = await openFixture(browser, `${server.origin}/tests/${fixture}`);
    try {
      if (fixture === 'case-record.html') {
        await page.click('#out_target_1');
        await page.keyboard.type('31/02/2027');
        await page.keyboard.press('Tab');
        await page.fill('#q_review_last', '06/10/2026');
        await page.click('#save');
      } else {
        await page.fill('#review_last', '2026-10-06');
        await page.fill('#o1_target', '31/02/2027');
        await page.click('button[type=submit]');
      }
      assert.equal(await page.locator('.cin-error-summary').isVisible(), true);
      assert.ok(await page.locator('.cin-error-message').count() > 0);
      assert.ok(await page.locator('.cin-due__item').count() > 0);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      assert.deepEqual(await axeViolations(page), [], fixture);
    } finally {
      await context.close();
    }
  }
});
