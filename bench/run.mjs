#!/usr/bin/env node
// Runs every benchmark and writes bench/RESULTS.md (not a test: nothing here passes or fails).
//
//   bash scripts/build-pkg.sh && node bench/run.mjs
//
// Parts: check() in Node (bench/node.mjs), check() and a form-adapter keystroke in headless
// Chromium (bench/browser.mjs), and the size of the .wasm file.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { browserTables, runBrowser } from './browser.mjs';
import { PKG, ROOT, fmtUs } from './lib.mjs';
import { nodeTable, runNode } from './node.mjs';

const TARGETS = {
  good: 20, // µs, median, Node
  big: 500, // µs, median, Node
  keystroke: 2000, // µs, median, Chromium
  keystrokeSlow: 16000, // µs, median, Chromium with the CPU slowed 6x, complete plan
  keystrokeSlowBig: 50000, // µs, the same, 100 outcomes
  gzip: 120 * 1024, // bytes
};

function sizes() {
  const wasm = readFileSync(path.join(PKG, 'web', 'cinplan_bg.wasm'));
  const js = readFileSync(path.join(PKG, 'web', 'cinplan.js'));
  const adapter = readFileSync(path.join(PKG, 'adapter', 'adapter.js'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const row = (name, buf) =>
    `| ${name} | ${kb(buf.length)} | ${kb(gzipSync(buf, { level: 9 }).length)} | ${kb(brotliCompressSync(buf).length)} |`;
  return {
    gzip: gzipSync(wasm, { level: 9 }).length,
    table: [
      '| file | raw | gzip -9 | brotli |',
      '| --- | ---: | ---: | ---: |',
      row('web/cinplan_bg.wasm', wasm),
      row('web/cinplan.js', js),
      row('adapter/adapter.js', adapter),
    ].join('\n'),
  };
}

const verdict = (value, target) => (value <= target ? 'within target' : 'OVER target');

const node = runNode(Number(process.env.RUNS || 2000));
const browser = await runBrowser(Number(process.env.RUNS || 2000), Number(process.env.KEYSTROKES || 300));
const size = sizes();

const goodNode = node.rows.find((r) => r.plan.startsWith('complete') && r.input === 'object');
const bigNode = node.rows.find((r) => r.plan.startsWith('100') && r.input === 'object');
const goodText = node.rows.find((r) => r.plan.startsWith('complete') && r.input === 'JSON.stringify(object) by the caller');
const bigText = node.rows.find((r) => r.plan.startsWith('100') && r.input === 'JSON.stringify(object) by the caller');
const keyRow = (cpu, plan) => browser.keystroke && browser.keystroke.find((k) => k.cpu === cpu && k.plan.startsWith(plan) && k.messages === 'none yet');
const key = keyRow('full speed', 'complete');
const keySlow = keyRow('6x slower', 'complete');
const keySlowBig = keyRow('6x slower', '100');
const keyLine = (what, k, target) =>
  `| ${what} | ≤ ${fmtUs(target)} | ${k ? fmtUs(k.median) : 'not measured'} | ${k ? verdict(k.median, target) : ''} |`;
const cpu = os.cpus()[0]?.model || 'unknown CPU';

function inputAdvice() {
  const object = goodNode.median + bigNode.median / 20;
  const text = goodText.median + bigText.median / 20;
  if (Math.abs(object - text) / Math.min(object, text) < 0.1) {
    return 'here they were within 10% of each other, i.e. equal within noise: either path is fine.';
  }
  return object < text
    ? 'passing the object was the faster here.'
    : 'passing JSON text (stringified by the caller) was the faster here.';
}

const md = `# Benchmarks

Not tests: nothing here passes or fails a build. Rerun with

    bash scripts/build-pkg.sh && node bench/run.mjs

(\`node bench/node.mjs\` or \`node bench/browser.mjs\` for one part.) Measured ${new Date().toISOString().slice(0, 10)}
on ${os.cpus().length} cores of ${cpu}, shared with other work, so the spread (p95) is wide;
medians are the numbers to compare. Plans: \`tests/fixtures/plans/complete.json\` (complete,
2 outcomes) and the same plan with 100 outcomes, checked against Reading on 2026-11-22.

## Summary against the targets

| what | target | measured (median) | |
| --- | ---: | ---: | --- |
| check(), complete plan, Node | ≤ ${fmtUs(TARGETS.good)} | ${fmtUs(goodNode.median)} | ${verdict(goodNode.median, TARGETS.good)} |
| check(), 100 outcomes, Node | ≤ ${fmtUs(TARGETS.big)} | ${fmtUs(bigNode.median)} | ${verdict(bigNode.median, TARGETS.big)} |
${keyLine('keystroke → onReport, Chromium, complete plan', key, TARGETS.keystroke)}
${keyLine('the same, CPU slowed 6x', keySlow, TARGETS.keystrokeSlow)}
${keyLine('the same, CPU slowed 6x, 100 outcomes', keySlowBig, TARGETS.keystrokeSlowBig)}
| .wasm, gzip | ≤ ${(TARGETS.gzip / 1024).toFixed(0)} KiB | ${(size.gzip / 1024).toFixed(1)} KiB | ${verdict(size.gzip, TARGETS.gzip)} |

Object in vs JSON text in (Node, median): complete plan ${fmtUs(goodNode.median)} (object) vs
${fmtUs(goodText.median)} (\`JSON.stringify\` by the caller), 100 outcomes ${fmtUs(bigNode.median)} vs
${fmtUs(bigText.median)}. An object of plain data is walked in JS and handed to the core
without JSON text (\`src/wasm/plan_in.js\`); JSON text is read by the core's JSON reader, so
the text path pays for \`JSON.stringify\` and for reading the text back; ${inputAdvice()}

## check() in Node ${node.node}

${node.runs} timed runs per case after 200 warm-up runs; time per call, including turning
the input into what the core reads and the report into JS objects.

${nodeTable(node)}

## Chromium

${browserTables(browser)}

## Size

${size.table}
`;

writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), md);
console.log(md);
