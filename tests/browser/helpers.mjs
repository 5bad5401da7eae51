// Shared set-up for the browser tests: a server (scripts/serve.mjs) on a free port and
// headless Chromium driven by playwright-core. Not a test file itself.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The complete Reading plan from the fixtures. */
export function goodPlan() {
  return JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/plans/complete.json'), 'utf8'));
}

/** The good plan with `outcomes` outcomes (each with its two actions), as a large case would be. */
export function bigPlan(outcomes = 100) {
  const plan = goodPlan();
  const base = plan.outcomes;
  plan.outcomes = Array.from({ length: outcomes }, (_, i) => {
    const o = structuredClone(base[i % base.length]);
    o.id = `o${i + 1}`;
    o.description = `${o.description} (${i + 1})`;
    return o;
  });
  return plan;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, ms = 20000) {
  const deadline = Date.now() + ms;
  let lastError;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
      lastError = new Error(`HTTP ${res.status} for ${url}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer ${url}: ${lastError && lastError.message}`);
}

/** Starts scripts/serve.mjs on a free port; resolves to { origin, stop() }. */
export async function startServer({ csp = false } = {}) {
  const port = await freePort();
  const script = process.env.CINPLAN_SERVE || path.join(ROOT, 'scripts/serve.mjs');
  const args = [script, '--port', String(port)];
  if (csp) args.push('--csp');
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}/pkg/adapter/adapter.js`, child);
  } catch (error) {
    child.kill();
    throw new Error(`${error.message}\n${output}`);
  }
  return {
    origin,
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      });
    },
  };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * One server and one browser for a test file: started before its tests, closed after.
 * Returns an object whose `server` and `browser` are set once `before` has run.
 */
export function serverAndBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/**
 * Opens a fixture page and waits until the adapter is attached. Collects console errors,
 * page errors and every request (with the time it was made relative to `ready`).
 */
export async function openFixture(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { errors: [], requests: [], ready: false };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') log.errors.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => log.errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => log.requests.push({ url: req.url(), afterReady: log.ready }));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.cinReady === 'true', null, { timeout: 20000 });
  log.ready = true;
  return { page, context, log };
}

/** Status of one checklist item as shown in the panel ('met' | 'partial' | 'notMet'). */
export function itemStatus(page, item) {
  return page.$eval(`[data-cin-item="${item}"]`, (li) => {
    const m = /cin-checklist__item--(\w+)/.exec(li.className);
    return m ? m[1] : null;
  });
}

/** The inline messages placed just before a field (nearest first). */
export function messagesBefore(page, selector) {
  return page.$eval(selector, (el) => {
    const out = [];
    let n = el.previousElementSibling;
    while (n && (n.classList.contains('cin-error-message') || n.classList.contains('cin-warning-message'))) {
      out.push({ id: n.id, cls: n.className, text: n.textContent });
      n = n.previousElementSibling;
    }
    return out;
  });
}

/** Opens built-form.html and attaches the adapter to a form built from `plan`. */
export async function openPlanForm(browser, origin, plan, options) {
  const opened = await openFixture(browser, `${origin}/tests/built-form.html`);
  await opened.page.evaluate(([p, o]) => window.__open(p, o), [plan, options]);
  return opened;
}

/** Types `text` at the end of a field, one key at a time, as a practitioner would. */
export async function typeInto(page, selector, text) {
  await page.click(selector);
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}
