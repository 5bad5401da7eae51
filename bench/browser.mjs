#!/usr/bin/env node
// Benchmark (not a test): check() and the form adapter in headless Chromium
// (/usr/bin/chromium driven by playwright-core), on the built package.
//
//   node bench/browser.mjs [runs] [keystrokes]      (defaults 2000 and 300)
//
// The page is cross-origin isolated (COOP/COEP headers), so performance.now() is precise
// to a few microseconds; check() is also timed in batches of 20, which does not depend on
// the timer at all. A keystroke is an `input` event on an outcome's description field
// (the adapter in live mode) until the integrator's onReport callback has the report:
// reading the form, the check, and updating the checklist, due dates and messages.
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

export async function runBrowser(runs = 2000, keystrokes = 300) {
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
    // Same-origin subresources need no CORP header under COEP require-corp.
    await page.goto(`${url}__bench__/index.html`);
    await page.waitForFunction(() => typeof window.bench === 'function');
    const result = await page.evaluate((args) => window.bench(args), {
      good: goodPlan(),
      big: bigPlan(100),
      runs,
      keystrokes,
    });
    result.version = browser.version();
    result.errors = errors;
    return result;
  } finally {
    await browser.close();
    server.close();
  }
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
  if (r.keystroke) {
    lines.push(
      'Keystroke in the form adapter (input event → onReport), live mode:',
      '',
      '| plan | form fields | median | p95 | min |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...r.keystroke.map(
        (k) => `| ${k.plan} | ${k.fields} | ${fmtUs(k.median)} | ${fmtUs(k.p95)} | ${fmtUs(k.min)} |`,
      ),
    );
  } else {
    lines.push(`Keystroke: not measured (${(r.keystrokeError || '').split('\n')[0]})`);
  }
  if (r.errors.length) lines.push('', `Page errors: ${r.errors.join('; ')}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] || '')).href) {
  const result = await runBrowser(Number(process.argv[2] || 2000), Number(process.argv[3] || 300));
  console.log(browserTables(result));
}
