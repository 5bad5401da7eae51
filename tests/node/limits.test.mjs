// The package's limits as a page meets them (README "Limits"): a plan too large to check is
// refused before it is copied into WebAssembly memory, so the module's memory does not grow
// and the next plan is answered as usual; a plan object is read only as far as it is
// checked, whatever the length of its lists.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { COMPLETE_PLAN, PKG, TODAY, invalid } from './helpers.mjs';

// The web build, initialised here, so that its WebAssembly memory can be looked at.
const web = await import(pathToFileURL(path.join(PKG, 'web', 'cinplan.js')).href);
const exports = web.initSync({ module: readFileSync(path.join(PKG, 'web', 'cinplan_bg.wasm')) });
const memory = () => exports.memory.buffer.byteLength;
const options = { authority: 'reading', today: TODAY };
const good = JSON.parse(readFileSync(COMPLETE_PLAN, 'utf8'));
const MB = 1_000_000;

/** The one input.invalid finding at "" saying the plan is too large, or a failed assertion. */
function tooLarge(report, size) {
  const bad = invalid(report);
  assert.equal(bad.length, 1, bad.map((f) => f.message).join(' | '));
  assert.equal(bad[0].path, '');
  assert.match(bad[0].message, new RegExp(`^This plan is too large to check: ${size}; the limit is 10 MB$`));
}

test('a 136 MB plan text is refused with one finding, three times over, and memory does not grow', () => {
  web.check(good, options); // the module's memory as a normal check leaves it
  const before = memory();
  const text = `[${'1,'.repeat(68 * MB)}1]`;
  for (let i = 0; i < 3; i++) tooLarge(web.check(text, options), '137 MB');
  assert.equal(memory(), before, 'the text was never copied into WebAssembly memory');
  assert.equal(invalid(web.check(good, options)).length, 0, 'the next plan is answered as usual');
});

test('a plan object larger than the limit is refused the same way, having read at most the limit', () => {
  web.check(good, options);
  const before = memory();
  // One 20 MB string: its length is seen before it is copied.
  tooLarge(web.check({ ...good, contingency: 'x'.repeat(20 * MB) }, options), 'more than 10 MB');
  // Copying it would take 20 MB; answering the refusal may take a page (64 KB) of its own.
  assert.ok(memory() - before < 1 * MB, `the 20 MB string was not copied (memory grew by ${(memory() - before) / MB} MB)`);
  // Many strings, each small: read until the limit is passed, no further.
  const many = { ...good, outcomes: Array.from({ length: 400 }, (_, i) => ({ description: `${i}`.padEnd(50_000, 'y') })) };
  tooLarge(web.check(many, options), 'more than 10 MB');
  assert.ok(memory() - before <= 64 * MB, `memory grew by ${(memory() - before) / MB} MB`);
});

test('the plan that costs the most memory (the most rows) grows it by less than 64 MB, as text or as an object', () => {
  const outcome = {
    description: 'Amira attends school',
    needs: Array.from({ length: 500 }, () => 'n'),
    actions: Array.from({ length: 500 }, () => ({})),
  };
  const plan = { ...good, outcomes: Array.from({ length: 500 }, () => outcome) };
  for (const input of [JSON.stringify(plan), plan]) {
    web.check(good, options);
    const before = memory();
    const report = web.check(input, options);
    assert.equal(report.findings.at(-1).rule, 'report.truncated');
    assert.ok(memory() - before <= 64 * MB, `memory grew by ${(memory() - before) / MB} MB`);
  }
});

test('a text just under the limit is checked', () => {
  const plan = { ...good, riskAnalysis: 'z'.repeat(9 * MB) };
  const report = web.check(JSON.stringify(plan), options);
  const cut = invalid(report);
  assert.equal(cut.length, 1);
  assert.equal(cut[0].path, 'riskAnalysis');
  assert.match(cut[0].message, /9000000 characters long; only the first 100000 are checked/);
});

/** An array that counts how often its items or length are read. */
function counted(length) {
  const reads = { n: 0 };
  const list = new Proxy(new Array(length), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads };
}

test('a list of a million outcomes, or of length 2^32 - 1, is read only as far as it is checked', () => {
  for (const length of [1_000_000, 2 ** 32 - 1]) {
    const { list, reads } = counted(length);
    for (let i = 0; i < 3; i++) list[i] = good.outcomes[i % good.outcomes.length];
    const report = web.check({ ...good, outcomes: list }, options);
    assert.ok(reads.n <= 500, `${reads.n} items of ${length} read`);
    const f = invalid(report).find((x) => x.path === 'outcomes');
    assert.ok(f, 'the list is reported as too long');
    assert.equal(f.message, `This list has ${length} rows; only the first 500 are checked`);
    // The holes after the third outcome read as null: "Expected an object in this list".
    assert.ok(invalid(report).some((x) => x.path === 'outcomes.3'));
  }
});

test('a list of a million need ids, as a list or as one text, is answered with the same caps', () => {
  const ids = Array.from({ length: 1_000_000 }, (_, i) => `n${i}`);
  for (const needs of [ids, ids.join(', ').slice(0, 9 * MB)]) {
    const plan = structuredClone(good);
    plan.outcomes[0].needs = needs;
    const report = web.check(plan, options);
    const paths = invalid(report).map((f) => f.path);
    assert.ok(paths.includes('outcomes.0.needs'), paths.join(', '));
    const size = JSON.stringify(report).length;
    assert.ok(size < 200_000, `the report is ${size} characters`);
  }
});
