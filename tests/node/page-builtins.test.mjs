// A page may change the built-ins check() relies on: an old library that replaces
// Array.prototype.push or JSON.stringify, a broken TextEncoder polyfill, an accessor on
// Object.prototype. None of that may make check() throw or lose findings. (What cannot be
// guarded is in docs/ARCHITECTURE.md, "The page's built-ins".)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { COMPLETE_PLAN, TODAY, loadPackage } from './helpers.mjs';

const cinplan = loadPackage();
const options = { authority: 'reading', today: TODAY };
const good = JSON.parse(readFileSync(COMPLETE_PLAN, 'utf8'));
// A weak plan (findings to lose) in ASCII, and one with text that is not ASCII.
const weak = { ...good, contingency: '', reviews: { ...good.reviews, frequency: { every: 9, unit: 'weeks' } } };
const accented = { ...weak, child: { ...weak.child, name: 'Zoë Brontë' } };

/** Runs `f` with `owner[name]` replaced by `value` (or defined by `descriptor`), restoring it after. */
function withReplaced(owner, name, descriptor, f) {
  const saved = Object.getOwnPropertyDescriptor(owner, name);
  Object.defineProperty(owner, name, { configurable: true, ...descriptor });
  try {
    return f();
  } finally {
    if (saved) Object.defineProperty(owner, name, saved);
    else delete owner[name];
  }
}

const expected = {
  weak: cinplan.check(weak, options),
  accented: cinplan.check(accented, options),
};
assert.ok(expected.weak.findings.length >= 2);

test('Array.prototype.push replaced by one that throws: the same reports', () => {
  const push = () => {
    throw new Error('push is not allowed here');
  };
  withReplaced(Array.prototype, 'push', { value: push, writable: true }, () => {
    assert.deepEqual(cinplan.check(weak, options), expected.weak);
    assert.deepEqual(cinplan.check(JSON.stringify(accented), options), expected.accented);
  });
});

test('JSON.stringify replaced: a plan object still reads as its JSON', () => {
  withReplaced(JSON, 'stringify', { value: () => '{"contingency": "a page\'s own idea"}', writable: true }, () => {
    assert.deepEqual(cinplan.check(weak, options), expected.weak);
  });
});

test('accessors for findings, message and 0 on Object.prototype lose nothing', () => {
  const swallow = { get: () => 'from the page', set: () => {} };
  withReplaced(Object.prototype, 'findings', swallow, () =>
    withReplaced(Object.prototype, 'message', swallow, () =>
      withReplaced(Object.prototype, '0', swallow, () => {
        const report = cinplan.check(weak, options);
        assert.ok(Object.hasOwn(report, 'findings') && Object.hasOwn(report.findings[0], 'message'));
        assert.equal(JSON.stringify(report), JSON.stringify(expected.weak));
      }),
    ),
  );
});

test('TextEncoder.prototype.encodeInto replaced by one that throws: the same reports', () => {
  const encodeInto = () => {
    throw new Error('a broken polyfill');
  };
  withReplaced(TextEncoder.prototype, 'encodeInto', { value: encodeInto, writable: true }, () => {
    // wasm-bindgen's glue copies text that is not ASCII with it; when that fails the core
    // reads the text one unit at a time instead.
    for (const [plan, report] of [
      [weak, expected.weak],
      [JSON.stringify(weak), expected.weak],
      [accented, expected.accented],
      [JSON.stringify(accented), expected.accented],
    ]) {
      assert.deepEqual(cinplan.check(plan, options), report);
    }
    const odd = cinplan.check(weak, { authority: 'réading', today: TODAY });
    assert.match(odd.findings.find((x) => x.path === 'authority').message, /"réading"/);
  });
  assert.deepEqual(cinplan.check(accented, options), expected.accented, 'and after it is put back, as before');
});
