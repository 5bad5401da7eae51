// The WebAssembly build and the command line give the same report for every plan kept in
// files (the examples and tests/fixtures/plans/): an integrator sees in the browser exactly
// what the CLI (and the Rust tests) check.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, COMPLETE_PLAN, TODAY, loadPackage, planFiles } from './helpers.mjs';

const cinplan = loadPackage();
const ids = cinplan.authorities().map((a) => a.id);
const plans = planFiles();

function cliReport(authority, file, today = TODAY) {
  try {
    return JSON.parse(
      execFileSync(CLI, ['check', '--authority', authority, '--today', today, file], {
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

test('there are example plans for every authority the package has, and for no other', () => {
  const covered = new Set(plans.filter((p) => !p.name.startsWith('plans/')).map((p) => p.authority));
  assert.deepEqual([...covered].sort(), [...ids].sort());
});

for (const { authority, file, name, today } of plans) {
  test(`wasm report equals CLI report: ${name}`, () => {
    const text = readFileSync(file, 'utf8');
    const expected = cliReport(authority, file, today);
    const fromText = cinplan.check(text, { authority, today });
    assert.deepEqual(fromText, expected);
    // An object and its JSON text are the same plan.
    const fromObject = cinplan.check(JSON.parse(text), { authority, today });
    assert.deepEqual(fromObject, expected);
    // Plain JSON data: no Maps, no undefined, nothing JSON would lose.
    assert.deepEqual(JSON.parse(JSON.stringify(fromText)), fromText);
  });
}

// Text beyond ASCII crosses the boundary both ways: into wasm (the plan) and back (the
// report's strings are cut from one text by UTF-16 offsets, so one wrong count would shift
// every later string).
test('wasm report equals CLI report for names and text beyond ASCII', () => {
  const plan = JSON.parse(readFileSync(COMPLETE_PLAN, 'utf8'));
  plan.child.name = 'Zoë-Łucja 😀 Ødegård';
  plan.contingency = `${plan.contingency} — 🚸 café ✓`;
  plan.outcomes[0].description = 'Zoë 😀 improves';
  plan.outcomes[0].measure = '';
  // Half an emoji (a lone surrogate): one replaced character, not an unreadable plan.
  plan.leadProfessional.name = 'Sam \uD83D Okafor';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cinplan-parity-'));
  try {
    const file = path.join(dir, 'plan.json');
    const text = JSON.stringify(plan);
    writeFileSync(file, text);
    const expected = cliReport('reading', file);
    const report = cinplan.check(text, { authority: 'reading', today: TODAY });
    assert.deepEqual(report, expected);
    assert.deepEqual(cinplan.check(plan, { authority: 'reading', today: TODAY }), expected);
    // The child's name reaches the report's wording intact.
    assert.ok(JSON.stringify(report).includes('Zoë'), 'the name appears in the report');
    assert.ok(!report.findings.some((f) => f.rule === 'input.invalid'), 'nothing is unreadable');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The report's non-ASCII strings are sent once each (a repeated one is cut from the same
// place), recognised by their length and ends: two that share those but differ inside must
// both arrive as written, and repeated ones must each arrive whole.
test('non-ASCII report strings that look alike stay distinct, repeated ones stay whole', () => {
  const plan = JSON.parse(readFileSync(COMPLETE_PLAN, 'utf8'));
  // The plan's own words come back in the reasons of met items ("Lead professional: …").
  plan.leadProfessional.name = '“12345678-A-87654321”';
  plan.leadProfessional.role = '“12345678-B-87654321”';
  plan.contingency = '“12345678-A-87654321”';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cinplan-parity-'));
  try {
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const expected = cliReport('reading', file);
    const report = cinplan.check(plan, { authority: 'reading', today: TODAY });
    assert.deepEqual(report, expected);
    const messages = report.checklist.map((c) => c.reason);
    for (const letter of ['A', 'B']) {
      assert.ok(messages.some((m) => m.includes(`“12345678-${letter}-87654321”`)), letter);
    }
    assert.equal(messages.filter((m) => m.includes('“12345678-A-87654321”')).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
