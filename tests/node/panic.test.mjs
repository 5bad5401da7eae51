// A panic inside the core (there should be none; these builds have an export that panics on
// purpose, made with the `panic-probe` feature by scripts/test.sh into dist/panic-probe/
// (web glue) and dist/panic-probe-bundler/ (bundler glue, as Vite and webpack use it)): the
// call that hit it throws, the panic is reported once on the console, and the next call is
// answered as if nothing had happened, with the module's state (a loaded calendar) intact.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from './helpers.mjs';
import { panicRounds } from './panic-rounds.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function probe(name) {
  const dir = path.join(ROOT, 'dist', name);
  assert.ok(existsSync(path.join(dir, 'cinplan.js')), `dist/${name} is missing: scripts/test.sh builds it`);
  return dir;
}

function assertRecovered(record) {
  assert.ok(record.before.checklist.every((c) => c.status === 'met'), 'the good plan meets every item');
  assert.equal(record.loaded.ok, true, record.loaded.message);
  assert.deepEqual(record.loaded.coverage, { from: '2026-01-01', to: '2027-12-31' });
  record.rounds.forEach((round, i) => {
    const n = i + 1;
    assert.equal(round.thrown, 'RuntimeError', `round ${n}: the panicking call throws a RuntimeError`);
    assert.equal(round.reports.length, n, `round ${n}: one console report per panic`);
    assert.match(round.reports[i], /^cinplan: internal error [\s\S]*a panic requested by a test/);
    assert.equal(round.after.threw, undefined, `round ${n}: the calls after the panic work`);
    assert.deepEqual(round.after.check, record.before, `round ${n}: the next check gives the same report`);
    assert.deepEqual(round.after.authorities, record.authorities);
    assert.equal(round.after.calendar.ok, false);
    assert.deepEqual(round.after.calendar.coverage, record.loaded.coverage, `round ${n}: the loaded calendar is still in use`);
  });
  assert.equal(record.rounds.length, 2);
}

test('web glue: after a panic the module reports it once and answers the next calls', async () => {
  const dir = probe('panic-probe');
  const core = await import(pathToFileURL(path.join(dir, 'cinplan.js')).href);
  core.initSync({ module: readFileSync(path.join(dir, 'cinplan_bg.wasm')) });
  assertRecovered(panicRounds(core));
});

test('bundler glue: after a panic the module reports it once and answers the next calls', () => {
  const dir = probe('panic-probe-bundler');
  // Node imports a .wasm as an ES module (what the bundler glue does) only behind this flag.
  const run = spawnSync(process.execPath, ['--experimental-wasm-modules', path.join(HERE, 'panic-rounds.mjs'), dir], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assertRecovered(JSON.parse(run.stdout));
});
