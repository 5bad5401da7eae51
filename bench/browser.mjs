#!/usr/bin/env node
// Benchmark (not a test): check() and the form adapter in headless Chromium
// (/usr/bin/chromium driven by playwright-core), on the built package.
//
//   node bench/browser.mjs [runs] [keystrokes]      (defaults 2000 and 300)
//   node bench/browser.mjs keystrokes [n] [n6]      keystrokes only, at full speed (n, default
//                                                   300) and with the CPU slowed 6x (n6, default 100)
//
// The page is cross-origin isolated (COOP/COEP headers), so performance.now() is precise
// to a few microseconds; check() is also timed in batches of 20, which does not depend on
// the timer at all. A keystroke is an `input` event on an outcome's description field
// (the adapter in live mode) until the integrator's onReport callback has the report:
// reading the form, the check, and updating the checklist, due dates and messages.
// "6x slower" is the DevTools protocol's Emulation.setCPUThrottlingRate, a modest council
// laptop. CINPLAN_ADAPTER=dir serves the adapter's files from dir instead of the package
// (to compare two versions of the adapter against the same core).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, ROOT, bigPlan, fmtUs, goodPlan } from './lib.mjs';

const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

async function withBenchPage(fn) {
  const { server, url } = await serve({ port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // The bench page itself is not part of the demo; it is served from bench/ here.
    await page.route(`${url}__bench__/**`, (route) => {
      const name = new URL(route.request().url()).pathname.replace('/__bench__/', '');
      const body =
        name === 'page.js'
          ? readFileSync(path.join(ROOT, 'bench', 'page.js'))
          : '<!doctype html><meta charset="utf-8"><title>cinplan bench</title><script type="module" src="page.js"></script>';
      route.fulfill({
        status: 200,
        contentType: name === 'page.js' ? 'text/javascript' : 'text/html',
        headers: ISOLATION,
        body,
      });
    });
    const adapterDir = process.env.CINPLAN_ADAPTER;
    if (adapterDir) {
      await page.route(`${url}pkg/adapter/**`, (route) => {
        const name = new URL(route.request().url()).pathname.replace('/pkg/adapter/', '');
        route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(path.join(adapterDir, name)) });
      });
    }
    // Same-origin subresources need no CORP header under COEP require-corp.
    await page.goto(`${url}__bench__/index.html`);
    await page.waitForFunction(() => typeof window.bench === 'function');
    const result = await fn(page);
    result.version = browser.version();
    result.errors = errors;
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

export function runBrowser(runs = 2000, keystrokes = 300) {
  return withBenchPage(async (page) => {
    const result = await page.evaluate((args) => window.bench(args), { good: goodPlan(), big: bigPlan(100), runs, keystrokes });
    result.keystroke = result.keystroke && result.keystroke.map((k) => ({ cpu: 'full speed', ...k }));
    if (result.keystroke) {
      const fast = await page.evaluate((args) => window.benchKeystrokes(args), { good: goodPlan(), big: bigPlan(100), keystrokes: 1 });
      const slow = await slowKeystrokes(page, Math.max(20, Math.round(keystrokes / 3)));
      result.keystroke.push(...slow.rows);
      result.slowdown = slow.calibration / fast.calibration;
    }
    return result;
  });
}

/** Keystrokes with the CPU slowed 6x through the DevTools protocol. */
async function slowKeystrokes(page, keystrokes) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  try {
    const { rows, calibration } = await page.evaluate((args) => window.benchKeystrokes(args), { good: goodPlan(), big: bigPlan(100), keystrokes });
    return { rows: rows.map((k) => ({ cpu: '6x slower', ...k })), calibration };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

/** Keystrokes only: at full speed and with the CPU slowed 6x. */
export function runKeystrokes(keystrokes = 300, slowKeystrokeCount = 100) {
  return withBenchPage(async (page) => {
    const fast = await page.evaluate((args) => window.benchKeystrokes(args), { good: goodPlan(), big: bigPlan(100), keystrokes });
    const slow = await slowKeystrokes(page, slowKeystrokeCount);
    return {
      keystroke: [...fast.rows.map((k) => ({ cpu: 'full speed', ...k })), ...slow.rows],
      slowdown: slow.calibration / fast.calibration,
    };
  });
}

export function keystrokeTable(r) {
  return [
    'Keystroke in the form adapter (input event → onReport), live mode:',
    '',
    '| CPU | plan | form fields | messages | keystrokes | median | p95 | min |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |',
    ...r.keystroke.map(
      (k) => `| ${k.cpu} | ${k.plan} | ${k.fields} | ${k.messages} | ${k.n} | ${fmtUs(k.median)} | ${fmtUs(k.p95)} | ${fmtUs(k.min)} |`,
    ),
    '',
    // The throttle pauses the page's thread from another thread; on a busy machine it bites
    // less (or more) than asked, so each run says what it achieved on a fixed loop of JS.
    r.slowdown ? `The 6x throttle slowed a fixed loop of JS down ${r.slowdown.toFixed(1)}x in this run.` : '',
  ].join('\n');
}

export function browserTables(r) {
  const lines = [
    `check() in Chromium ${r.version} (cross-origin isolated: ${r.crossOriginIsolated}):`,
    '',
    '| plan | input | median | p95 | min | median of 20-call batches |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...r.check.map(
      (c) =>
        `| ${c.plan} | ${c.input} | ${fmtUs(c.median)} | ${fmtUs(c.p95)} | ${fmtUs(c.min)} | ${fmtUs(c.batchMedian)} |`,
    ),
    '',
  ];
  if (r.keystroke) lines.push(keystrokeTable(r));
  else lines.push(`Keystroke: not measured (${(r.keystrokeError || '').split('\n')[0]})`);
  if (r.errors.length) lines.push('', `Page errors: ${r.errors.join('; ')}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] || '')).href) {
  if (process.argv[2] === 'keystrokes') {
    const result = await runKeystrokes(Number(process.argv[3] || 300), Number(process.argv[4] || 100));
    console.log(`Chromium ${result.version}\n\n${keystrokeTable(result)}`);
    if (result.errors.length) console.log(`\nPage errors: ${result.errors.join('; ')}`);
  } else {
    const result = await runBrowser(Number(process.argv[2] || 2000), Number(process.argv[3] || 300));
    console.log(browserTables(result));
  }
}
