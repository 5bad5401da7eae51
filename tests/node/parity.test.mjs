// The WebAssembly build and the command line give the same report for every plan fixture:
// an integrator sees in the browser exactly what the CLI (and the Rust tests) check.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, ROOT, TODAY, loadPackage, planFixtures } from './helpers.mjs';

const cinplan = loadPackage();
const ids = cinplan.authorities().map((a) => a.id);
const fixtures = planFixtures(ids);

function cliReport(authority, file, extra = []) {
  try {
    return JSON.parse(
      execFileSync(CLI, ['check', '--authority', authority, '--today', TODAY, ...extra, file], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      }),
    );
  } catch (e) {
    // Exit status 1 means "errors found": the report is still on standard output.
    if (e.status === 1 && e.stdout) return JSON.parse(e.stdout);
    throw e;
  }
}

test('there are plan fixtures for every authority', () => {
  const covered = new Set(fixtures.map((f) => f.authority));
  assert.deepEqual([...covered].sort(), [...ids].sort());
});

for (const { authority, file } of fixtures) {
  const name = path.relative(path.join(ROOT, 'tests', 'fixtures'), file);
  test(`wasm report equals CLI report: ${name}`, () => {
    const text = readFileSync(file, 'utf8');
    const expected = cliReport(authority, file);
    const fromText = cinplan.check(text, { authority, today: TODAY });
    assert.deepEqual(fromText, expected);
    // An object and its JSON text are the same plan.
    const fromObject = cinplan.check(JSON.parse(text), { authority, today: TODAY });
    assert.deepEqual(fromObject, expected);
    // Plain JSON data: no Maps, no undefined, nothing JSON would lose.
    assert.deepEqual(JSON.parse(JSON.stringify(fromText)), fromText);
  });
}
