// A bundler smoke test: a small app that imports the package by name is built with Vite
// and opened in headless Chromium; the bundled wasm loads and the adapter checks a form.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { PKG, TODAY } from './helpers.mjs';
import { CHROMIUM_ARGS } from '../browser/helpers.mjs';


let app;
let server;
let browser;
before(async () => {
  app = mkdtempSync(path.join(os.tmpdir(), 'cinplan-vite-'));
  mkdirSync(path.join(app, 'node_modules'));
  symlinkSync(PKG, path.join(app, 'node_modules', 'cinplan'), 'dir');
  writeFileSync(
    path.join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vite app</title>
<script type="module" src="/main.js"></script></head><body>
<form id="plan"><label>Lead professional <input data-cin-path="leadProfessional.name"></label>
<label>Contingency <textarea data-cin-path="contingency"></textarea></label></form>
<output id="direct"></output><output id="via-adapter"></output></body></html>`,
  );
  writeFileSync(
    path.join(app, 'main.js'),
    `import init, { check } from 'cinplan';
import { attach } from 'cinplan/adapter';
import 'cinplan/adapter.css';
await init();
const report = check({ leadProfessional: { name: 'Sam' } }, { authority: 'salford', today: '${TODAY}' });
document.getElementById('direct').textContent = report.authority.id + ':' + report.checklist.length;
await attach(document.getElementById('plan'), {
  authority: 'reading', today: '${TODAY}',
  onReport(r) { document.getElementById('via-adapter').textContent = r.authority.id + ':' + r.findings.length; },
});
document.body.dataset.ready = 'yes';
`,
  );
  await build({
    root: app,
    logLevel: 'silent',
    build: { outDir: path.join(app, 'dist'), target: 'es2022' },
  });
  server = await preview({
    root: app,
    logLevel: 'silent',
    build: { outDir: path.join(app, 'dist') },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.httpServer.close(r) : r()));
  rmSync(app, { recursive: true, force: true });
});

test('Vite bundles the package with its .wasm as an asset', () => {
  const assets = readdirSync(path.join(app, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), assets.join(', '));
});

test('the bundled app checks a plan, and the adapter checks a form, in Chromium', async () => {
  const url = server.resolvedUrls.local[0];
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 20000 });
  const direct = await page.textContent('#direct');
  assert.match(direct, /^salford:[1-9]\d*$/);
  await page.fill('[data-cin-path="leadProfessional.name"]', 'Sam Okafor');
  await page.waitForFunction(() => /^reading:\d+$/.test(document.getElementById('via-adapter').textContent));
  assert.deepEqual(errors, []);
  await page.close();
});
