#!/usr/bin/env node
// Benchmark (not a test): check() in Node on the built package, marshalling included.
//
//   node bench/node.mjs [runs]        (default 2000 runs per case, after 200 warm-up runs)
//
// Cases: the complete Reading plan and the same plan with 100 outcomes, each passed
//   - as an object (the wasm side calls JSON.stringify, then reads the text), and
//   - as JSON text made by the caller (JSON.stringify timed in the loop), and
//   - as JSON text made once (the core alone, with the report's conversion to JS).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AUTHORITY, PKG, TODAY, bigPlan, fmtUs, goodPlan, stats } from './lib.mjs';

function time(fn, runs, warmup = 200) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = new Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return stats(samples);
}

export function runNode(runs = 2000) {
  const cinplan = createRequire(import.meta.url)(path.join(PKG, 'node', 'cinplan.js'));
  const options = { authority: AUTHORITY, today: TODAY };
  const rows = [];
  for (const [name, plan] of [
    ['complete plan (2 outcomes)', goodPlan()],
    ['100 outcomes', bigPlan(100)],
  ]) {
    const text = JSON.stringify(plan);
    const report = cinplan.check(plan, options);
    if (!Array.isArray(report.checklist) || report.checklist.length === 0) {
      throw new Error(`check() did not answer a report for ${name}`);
    }
    rows.push({ plan: name, input: 'object', ...time(() => cinplan.check(plan, options), runs) });
    rows.push({
      plan: name,
      input: 'JSON.stringify(object) by the caller',
      ...time(() => cinplan.check(JSON.stringify(plan), options), runs),
    });
    rows.push({ plan: name, input: 'JSON text made once', ...time(() => cinplan.check(text, options), runs) });
  }
  return { runs, rows, node: process.version };
}

export function nodeTable(result) {
  const lines = [
    `| plan | input | median | p95 | min |`,
    `| --- | --- | ---: | ---: | ---: |`,
    ...result.rows.map(
      (r) => `| ${r.plan} | ${r.input} | ${fmtUs(r.median)} | ${fmtUs(r.p95)} | ${fmtUs(r.min)} |`,
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] || '')).href) {
  const runs = Number(process.argv[2] || 2000);
  const result = runNode(runs);
  console.log(`check() in Node ${result.node}, ${runs} runs each (after 200 warm-up runs)\n`);
  console.log(nodeTable(result));
}
