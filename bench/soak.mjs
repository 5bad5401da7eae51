#!/usr/bin/env node
// Soak benchmark (not a test): a million checks in one Node process, good plans and junk
// mixed, with the process's memory and the WebAssembly module's sampled every 100,000
// checks. What it shows: memory that stays flat (nothing kept from one check to the next,
// nothing that only grows) and that junk never throws.
//
//   node --expose-gc bench/soak.mjs [checks]   (default 1000000; needs scripts/build-pkg.sh first)
//
// The mix, in a fixed order: every kept plan (tests/fixtures/plans, www/examples) as an
// object and as text, damaged copies of them, not-plans (numbers, cycles, throwing getters,
// NaN, BigInt, sparse lists of length 2^32 - 1, a million outcomes), and now and then a plan
// far over the size limit. The web build is used, initialised here, to see its memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listExamples, EXAMPLES_DIR } from '../scripts/examples.mjs';
import { PKG, ROOT, TODAY } from './lib.mjs';

const total = Number(process.argv[2] ?? 1_000_000);
const every = Math.max(1, Math.floor(total / 10));
const web = await import(pathToFileURL(path.join(PKG, 'web', 'cinplan.js')).href);
const wasm = web.initSync({ module: readFileSync(path.join(PKG, 'web', 'cinplan_bg.wasm')) });
const ids = web.authorities().map((a) => a.id);

const kept = [
  ...['complete.json', 'spec-example.json'].map((n) => path.join(ROOT, 'tests', 'fixtures', 'plans', n)),
  ...listExamples().map((ex) => path.join(EXAMPLES_DIR, ...ex.file.split('/'))),
].map((f) => JSON.parse(readFileSync(f, 'utf8')));

// A seeded generator, so that every run checks the same plans.
let seed = 20261129;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(rand() * list.length)];

const JUNK = [null, 7, -1.5, NaN, Infinity, 10n, '', 'x'.repeat(20_000), '2027-02-30', [], {}, [{}], true, '\ud83d'];
function damaged(plan) {
  const copy = structuredClone(plan);
  const keys = Object.keys(copy);
  for (let i = 0; i < 3; i++) {
    const k = pick(keys);
    const v = copy[k];
    if (Array.isArray(v) && v.length && rand() < 0.5) v[0] = pick(JUNK);
    else if (v && typeof v === 'object' && !Array.isArray(v) && rand() < 0.5) v[pick(Object.keys(v)) ?? 'x'] = pick(JUNK);
    else copy[k] = pick(JUNK);
  }
  return copy;
}

const cyclic = structuredClone(kept[0]);
cyclic.child.child = cyclic;
const throwing = { get child() { throw new Error('boom'); } };
const sparse = { ...kept[0], outcomes: new Array(2 ** 32 - 1) };
const million = { ...kept[0], outcomes: Array.from({ length: 1_000_000 }, () => kept[0].outcomes[0]) };
const notPlans = [42, 'not json', '[1,2,3]', undefined, () => 1, cyclic, throwing, sparse, million, { needs: 'n1, '.repeat(10_000) }];
const huge = `[${'1,'.repeat(10_000_000)}1]`; // 20 MB: refused unread

// Built once: a plan of each kind per slot, cycled through.
const mix = [];
for (const plan of kept) mix.push(plan, JSON.stringify(plan));
for (let i = 0; i < 200; i++) {
  const d = damaged(pick(kept));
  // As text too where it has one (NaN writes as null; a BigInt has none).
  let text = null;
  try {
    text = JSON.stringify(d);
  } catch {}
  mix.push(d, text ?? d);
}
mix.push(...notPlans);

const mb = (n) => (n / 1e6).toFixed(1);
const sample = (done, seconds) => {
  // With --expose-gc, garbage is collected first: what is left is what is kept.
  globalThis.gc?.();
  const m = process.memoryUsage();
  console.log(
    `${String(done).padStart(8)} checks  ${seconds.toFixed(0).padStart(4)} s  ` +
      `rss ${mb(m.rss)} MB  JS heap ${mb(m.heapUsed)} MB  wasm memory ${mb(wasm.memory.buffer.byteLength)} MB`,
  );
};

let thrown = 0;
const kinds = { good: 0, junk: 0, tooLarge: 0 };
const start = performance.now();
sample(0, 0);
for (let i = 1; i <= total; i++) {
  const plan = i % 50_000 === 0 ? huge : mix[i % mix.length];
  const options = { authority: ids[i % ids.length], today: TODAY };
  try {
    const report = web.check(plan, options);
    if (plan === huge) kinds.tooLarge++;
    else if (report.findings.some((f) => f.rule === 'input.invalid')) kinds.junk++;
    else kinds.good++;
  } catch {
    thrown++;
  }
  if (i % every === 0) sample(i, (performance.now() - start) / 1000);
}
const seconds = (performance.now() - start) / 1000;
console.log(
  `${total} checks in ${seconds.toFixed(0)} s (${((seconds / total) * 1e6).toFixed(0)} µs each): ` +
    `${kinds.good} without input.invalid, ${kinds.junk} with, ${kinds.tooLarge} too large; ${thrown} threw`,
);
