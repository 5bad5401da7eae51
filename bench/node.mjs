#!/usr/bin/env node
// Benchmark (not a test): check() in Node on the built package, marshalling included.
//
//   node bench/node.mjs [runs]        (default 2000 runs per case, after 200 warm-up runs)
//
// The cases of one plan are timed round-robin (fair under a shared machine's load).
// Cases: the complete Reading plan and the same plan with 100 outcomes, each passed
//   - as an object (walked in JS by src/wasm/plan_in.js, no JSON text made), and
//   - as JSON text made by the caller (JSON.stringify timed in the loop), and
//   - as JSON text made once (the core alone, with the report's conversion to JS);
// and, for scale, two host operations: JSON.stringify of the plan object (what reading an
// object cost before plan_in.js), and JSON.parse of the report's own JSON (V8 building the
// report's objects and strings from text, with no wasm involved).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AUTHORITY, PKG, TODAY, bigPlan, fmtUs, goodPlan, timeInterleaved } from './lib.mjs';

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
    const reportText = JSON.stringify(report);
    if (!Array.isArray(report.checklist) || report.checklist.length === 0) {
      throw new Error(`check() did not answer a report for ${name}`);
    }
    const cases = [
      ['object', () => cinplan.check(plan, options)],
      ['JSON.stringify(object) by the caller', () => cinplan.check(JSON.stringify(plan), options)],
      ['JSON text made once', () => cinplan.check(text, options)],
      ['for scale: JSON.stringify(plan) alone', () => JSON.stringify(plan)],
      ["for scale: JSON.parse(the report's JSON) alone", () => JSON.parse(reportText)],
    ];
    const results = timeInterleaved(
      cases.map(([, fn]) => fn),
      runs,
    );
    cases.forEach(([input], i) => rows.push({ plan: name, input, ...results[i] }));
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
