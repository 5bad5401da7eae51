// Shared set-up for the demo page tests: the static server as a child process, headless
// Chromium through playwright-core, and a watch on every request the page makes.

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { EXAMPLES_DIR, listExamples } from '../../scripts/examples.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
export const TODAY = '2026-11-22';

// One list of Chromium flags for every test and benchmark (see tests/browser/helpers.mjs).
import { CHROMIUM_ARGS } from '../browser/helpers.mjs';
export { CHROMIUM_ARGS };

/** Every example, as the demo lists them: { file: 'reading/exemplary.json', authority, title, weakness, rules, asOf, … }. */
export function readExamples() {
  return listExamples();
}

/** An example plan, e.g. readExample('reading/exemplary.json'). */
export function readExample(file) {
  return JSON.parse(readFileSync(path.join(EXAMPLES_DIR, ...file.split('/')), 'utf8'));
}

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/**
 * Starts `node scripts/serve.mjs --port 0` (a free port) and resolves to
 * { url, origin, stop() } once it has printed the address it listens on.
 */
export function startServer({ csp = true } = {}) {
  const args = [path.join(ROOT, 'scripts', 'serve.mjs'), '--port', '0', '--quiet'];
  if (csp) args.push('--csp');
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`scripts/serve.mjs printed no address within 15 s:\n${output}`));
    }, 15000);
    const onData = (chunk) => {
      output += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      const url = m[0];
      resolve({
        url,
        origin: url.replace(/\/$/, ''),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill();
          }),
      });
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => {
      output += c;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.mjs exited (${code}) before listening:\n${output}`));
    });
  });
}

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A new page in its own context with a record of what it did: every request URL, console
 * errors, page errors.
 */
export async function recordedPage(browser, { viewport, bypassCSP = false }) {
  const context = await browser.newContext({ viewport, locale: 'en-GB', acceptDownloads: true, bypassCSP });
  const page = await context.newPage();
  const record = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => record.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') record.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => record.pageErrors.push(String(e && e.message)));
  return { context, page, record };
}

/**
 * A recorded page (`recordedPage`) for the demo: `open(query)` loads the demo and waits
 * until it has attached the checker.
 */
export async function newDemoPage(browser, server, { viewport = { width: 1400, height: 1000 }, bypassCSP = false } = {}) {
  const { context, page, record } = await recordedPage(browser, { viewport, bypassCSP });
  // "Start a blank plan" asks first; the tests say yes.
  page.on('dialog', (d) => d.accept());
  const open = async (query = `?today=${TODAY}`) => {
    await page.goto(server.url + query);
    await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 30000 });
    const state = await page.evaluate(() => document.documentElement.dataset.ready);
    if (state !== 'true') {
      const why = await page.textContent('#load-error');
      throw new Error(`the demo could not load the checker (is dist/cinplan built?): ${why}`);
    }
  };
  return { page, context, record, open };
}

/** Requests that went anywhere but the page's own origin (blob: and data: stay in the page). */
export function foreignRequests(record, origin) {
  return record.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
}

/** Chooses an example in the picker and loads it; resolves when the status says so. */
export async function loadExample(page, file) {
  await page.selectOption('#example', file);
  await page.click('#load-example');
  await page.waitForFunction((f) => document.querySelector('#status').dataset.example === f, file);
}

/** Rule ids of the findings, as trainer mode shows them. */
export async function trainerRules(page) {
  if (!(await page.isChecked('#trainer'))) await page.check('#trainer');
  return page.$$eval('#trainer-list > li code.trainer__rule:first-of-type', (els) => els.map((e) => e.textContent));
}

/** The status of each checklist item as the page shows it: { leadProfessional: 'met', … }. */
export async function checklistStatuses(page) {
  return page.$$eval('#panel-checklist [data-cin-item]', (items) =>
    Object.fromEntries(
      items.map((li) => {
        const m = /cin-checklist__item--(\w+)/.exec(li.className);
        return [li.dataset.cinItem, m ? m[1] : 'unknown'];
      }),
    ),
  );
}

export async function errorCount(page) {
  return Number(await page.getAttribute('#authority-line', 'data-errors'));
}
