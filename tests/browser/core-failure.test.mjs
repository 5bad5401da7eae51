// End-to-end: if the WebAssembly core ever throws, the adapter logs once, keeps the last
// report on screen and the form keeps working. The core is wrapped (by intercepting the
// package's cinplan.js) so that it throws while window.__breakCore is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemStatus, serverAndBrowser } from './helpers.mjs';

const env = serverAndBrowser();

const WRAPPER = `
import init, * as real from '/pkg/web/cinplan.js?real';
export default init;
export const authorities = (...a) => real.authorities(...a);
export const planFields = (...a) => real.planFields(...a);
export const loadRuleset = (...a) => real.loadRuleset(...a);
export function check(...a) {
  if (window.__breakCore) throw new Error('core broke');
  return real.check(...a);
}
`;

test('a core that throws is logged once and the form keeps working', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  try {
    await page.route(
      (url) => url.pathname === '/pkg/web/cinplan.js' && url.search === '',
      (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: WRAPPER }),
    );
    await page.goto(`${env.server.origin}/tests/case-record.html`);
    await page.waitForFunction(() => document.documentElement.dataset.cinReady === 'true');
    assert.equal(await itemStatus(page, 'contingency'), 'notMet');

    await page.evaluate(() => (window.__breakCore = true));
    const text = 'If attendance falls, the social worker calls an early review.';
    await page.click('#q_contingency');
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
    await page.click('#save');
    assert.equal(await page.$eval('#q_contingency', (e) => e.value), text, 'typing still works');
    assert.equal(await page.evaluate(() => window.__saves.length), 1, 'submitting still works');
    assert.equal(await itemStatus(page, 'contingency'), 'notMet', 'the last report stays on screen');
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0], /cinplan/);

    await page.evaluate(() => (window.__breakCore = false));
    await page.keyboard.press('End');
    await page.click('#q_contingency');
    await page.keyboard.type(' Then a meeting.');
    assert.equal(await itemStatus(page, 'contingency'), 'met', 'checking resumes');
  } finally {
    await context.close();
  }
});
