// What a practitioner waits for the first time a form with cinplan opens: the module
// fetched (gzip on the wire), compiled and started, then the first check of a complete
// plan. Headless Chromium with the browser cache off, on a slow connection and with the CPU
// slowed 6× (the DevTools protocol's Network.emulateNetworkConditions and
// Emulation.setCPUThrottlingRate), so the module's size shows as time. Not a test.
//
//   bash scripts/build-pkg.sh && node bench/load.mjs [OTHER_DIST_DIR]
//
// With OTHER_DIST_DIR (another build's dist/cinplan, e.g. an older commit's), the two are
// loaded in alternating rounds and both printed, so their difference can be trusted on a
// busy machine.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, PKG, ROOT, goodPlan, stats } from './lib.mjs';

const ROUNDS = 15;
// A modest connection: 4 Mbit/s down, 40 ms round trip.
const NETWORK = { offline: false, latency: 40, downloadThroughput: 4e6 / 8, uploadThroughput: 1e6 / 8 };
const CPU_SLOWDOWN = 6;

const builds = [['this build', PKG]];
if (process.argv[2]) builds.push([path.resolve(process.argv[2]), path.resolve(process.argv[2])]);
for (const [, dir] of builds) {
  if (!existsSync(path.join(dir, 'web', 'cinplan_bg.wasm'))) throw new Error(`${dir}: no web build (bash scripts/build-pkg.sh)`);
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>load</title><script type="module">
const t0 = performance.now();
const { default: init, check } = await import('./web/cinplan.js');
await init();
const t1 = performance.now();
const plan = await (await fetch('/plan.json')).json();
const t2 = performance.now();
check(plan, { authority: 'reading', today: '2026-11-22' });
const t3 = performance.now();
window.timings = { ready: t1 - t0, firstCheck: t3 - t2, sinceNavigation: t1 };
</script>`;

/** Serves one build's files gzipped, as a web server would, and the test page. */
function serveBuild(dir) {
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html' };
  const plan = JSON.stringify(goodPlan());
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let body;
    let type;
    if (url.pathname === '/') [body, type] = [PAGE, types['.html']];
    else if (url.pathname === '/plan.json') [body, type] = [plan, types['.json']];
    else {
      const file = path.join(dir, path.normalize(url.pathname));
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      [body, type] = [readFileSync(file), types[path.extname(file)] || 'application/octet-stream'];
    }
    const gz = gzipSync(body, { level: 9 });
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': gz.length, 'cache-control': 'no-store' });
    res.end(gz);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const servers = await Promise.all(builds.map(([, dir]) => serveBuild(dir)));
const samples = builds.map(() => ({ ready: [], firstCheck: [] }));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (let b = 0; b < builds.length; b++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`http://127.0.0.1:${servers[b].address().port}/`);
      await page.waitForFunction(() => window.timings, null, { timeout: 60_000 });
      const t = await page.evaluate(() => window.timings);
      if (round > 0) {
        // The first round warms the machine, not the browser (its cache is off).
        samples[b].ready.push(t.ready);
        samples[b].firstCheck.push(t.firstCheck);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`Module load on a 4 Mbit/s, 40 ms connection with the CPU slowed ${CPU_SLOWDOWN}x, cache off (${ROUNDS - 1} rounds; medians, p95):`);
for (let b = 0; b < builds.length; b++) {
  const wasm = readFileSync(path.join(builds[b][1], 'web', 'cinplan_bg.wasm'));
  const r = stats(samples[b].ready);
  const c = stats(samples[b].firstCheck);
  console.log(
    `  ${builds[b][0]}: .wasm ${gzipSync(wasm, { level: 9 }).length} bytes gzip; fetched, compiled and started ${ms(r.median)} (p95 ${ms(r.p95)}); first check ${ms(c.median)}`,
  );
}
void ROOT;
