#!/usr/bin/env node
// Benchmark (not a test): loading a ruleset at run time, and checking against it, in Node
// on the built package.
//
//   node bench/rulesets.mjs [runs]      (default 1000 runs per case, after 100 warm-up runs)
//
// - loadRuleset() of each built-in ruleset's file (15–22 KB, 20–30 rules: a typical
//   council's) as JSON text and as a parsed object, and of the made-up Kestrel Vale ruleset;
// - check() of the complete plan against Reading built in, and against the same file
//   loaded at run time under another id, timed round-robin so a shared machine's load
//   falls on both alike.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PKG, ROOT, TODAY, fmtUs, goodPlan, timeInterleaved } from './lib.mjs';

const runs = Number(process.argv[2]) || 1000;
const cinplan = createRequire(import.meta.url)(path.join(PKG, 'node', 'cinplan.js'));


const files = readdirSync(path.join(ROOT, 'rulesets'))
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => [`rulesets/${f}`, readFileSync(path.join(ROOT, 'rulesets', f), 'utf8')]);
files.push(['kestrel-vale.json (tests/fixtures/rulesets)', readFileSync(path.join(ROOT, 'tests', 'fixtures', 'rulesets', 'kestrel-vale.json'), 'utf8')]);

console.log(`loadRuleset() in Node, ${runs} runs each (median / p95)\n`);
console.log('| ruleset | size | rules | as text | as an object |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, text] of files) {
  const object = JSON.parse(text);
  const check = cinplan.loadRuleset(text, { replace: true });
  if (!check.ok) throw new Error(`${name} does not load: ${JSON.stringify(check.errors)}`);
  const [asText, asObject] = timeInterleaved([() => cinplan.loadRuleset(text, { replace: true }), () => cinplan.loadRuleset(object, { replace: true })], runs, 100);
  const kb = `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
  console.log(`| ${name} | ${kb} | ${object.rules.length} | ${fmtUs(asText.median)} / ${fmtUs(asText.p95)} | ${fmtUs(asObject.median)} / ${fmtUs(asObject.p95)} |`);
}

// The same rules built in and loaded: Reading's file loaded under another id.
const reading = JSON.parse(readFileSync(path.join(ROOT, 'rulesets', 'reading.json'), 'utf8'));
const loaded = cinplan.loadRuleset({ ...reading, id: 'reading-loaded' });
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const plan = goodPlan();
const builtIn = cinplan.check(plan, { authority: 'reading', today: TODAY });
const fromFile = cinplan.check(plan, { authority: 'reading-loaded', today: TODAY });
if (JSON.stringify(builtIn.findings) !== JSON.stringify(fromFile.findings) || JSON.stringify(builtIn.due) !== JSON.stringify(fromFile.due)) {
  throw new Error('the loaded copy of Reading does not report as the built-in one');
}
const [a, b] = timeInterleaved([
  () => cinplan.check(plan, { authority: 'reading', today: TODAY }),
  () => cinplan.check(plan, { authority: 'reading-loaded', today: TODAY }),
], runs, 100);
console.log(`\ncheck() of the complete plan, ${runs} runs each, round-robin (median / p95)\n`);
console.log('| ruleset | check() |');
console.log('| --- | ---: |');
console.log(`| Reading, built in | ${fmtUs(a.median)} / ${fmtUs(a.p95)} |`);
console.log(`| Reading's file, loaded at run time | ${fmtUs(b.median)} / ${fmtUs(b.p95)} |`);
