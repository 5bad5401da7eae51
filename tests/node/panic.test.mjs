// A panic inside the core (there should be none; this build has an export that panics on
// purpose, made with the `panic-probe` feature by scripts/test.sh into
// dist/panic-probe/): the call that hit it throws, the panic is reported once on the
// console, and the next call is answered as if nothing had happened.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, TODAY } from './helpers.mjs';

const PROBE = path.join(ROOT, 'dist', 'panic-probe');

test('after a panic the module reports it once and answers the next check', async () => {
  assert.ok(existsSync(path.join(PROBE, 'cinplan.js')), 'dist/panic-probe is missing: scripts/test.sh builds it');
  const core = await import(pathToFileURL(path.join(PROBE, 'cinplan.js')).href);
  core.initSync({ module: readFileSync(path.join(PROBE, 'cinplan_bg.wasm')) });
  const plan = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/reading/good.json'), 'utf8'));
  const options = { authority: 'reading', today: TODAY };
  const before = core.check(plan, options);
  assert.ok(before.checklist.every((c) => c.status === 'met'));
  const authorities = core.authorities();

  const logged = [];
  const consoleError = console.error;
  console.error = (...args) => logged.push(args.join(' '));
  try {
    for (let round = 1; round <= 2; round++) {
      assert.throws(() => core.panicForTest(), WebAssembly.RuntimeError, `round ${round}: the panicking call throws`);
      assert.equal(logged.length, round, `round ${round}: one report per panic`);
      assert.match(logged[round - 1], /^cinplan: internal error [\s\S]*a panic requested by a test/);
      // The module answers again, with the same report as before the panic.
      assert.deepEqual(core.check(plan, options), before, `round ${round}: the next check is answered`);
      assert.deepEqual(core.authorities(), authorities);
    }
  } finally {
    console.error = consoleError;
  }
  assert.equal(logged.length, 2, 'nothing else was reported');
});
