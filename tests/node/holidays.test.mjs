// loadBankHolidays(): a newer GOV.UK bank-holidays.json moves the working-day deadlines of
// later checks; text that is not such a file changes nothing and says why.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { CLI, ROOT, TODAY, loadPackage } from './helpers.mjs';

const cinplan = loadPackage();
const OPTIONS = { authority: 'reading', today: TODAY };
const embeddedText = readFileSync(path.join(ROOT, 'data/bank-holidays.json'), 'utf8');
const goodFile = path.join(ROOT, 'tests/fixtures/plans/complete.json');
const good = JSON.parse(readFileSync(goodFile, 'utf8'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cinplan-holidays-'));
after(() => {
  cinplan.loadBankHolidays(null);
  rmSync(tmp, { recursive: true, force: true });
});

/** A due date counted in working days, from the good Reading plan. */
function workingDayDue(report) {
  const due = report.due.find((d) => /working day/.test(d.basis));
  assert.ok(due, 'the good Reading plan has a deadline counted in working days');
  return due;
}

/** The embedded calendar plus one made-up bank holiday on `date`. */
function withExtraHoliday(date) {
  const data = JSON.parse(embeddedText);
  data['england-and-wales'].events.push({ title: 'Test holiday', date, notes: '', bunting: false });
  return JSON.stringify(data);
}

test('a custom bank holiday on a working-day deadline moves that deadline later', () => {
  cinplan.loadBankHolidays(null);
  const before = workingDayDue(cinplan.check(good, OPTIONS));
  const text = withExtraHoliday(before.date);
  const result = cinplan.loadBankHolidays(text);
  assert.equal(result.ok, true, result.message);
  assert.match(result.coverage.from, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(result.coverage.to, /^\d{4}-\d{2}-\d{2}$/);

  const afterLoad = cinplan.check(good, OPTIONS).due.find((d) => d.kind === before.kind && d.path === before.path);
  assert.ok(afterLoad, `${before.kind} is still there`);
  assert.ok(afterLoad.date > before.date, `${afterLoad.date} is later than ${before.date}`);

  // The CLI with the same file agrees with the wasm build.
  const file = path.join(tmp, 'bank-holidays.json');
  writeFileSync(file, text);
  let out;
  try {
    out = execFileSync(CLI, ['check', '--authority', 'reading', '--today', TODAY, '--holidays', file, goodFile], {
      encoding: 'utf8',
    });
  } catch (e) {
    if (e.status !== 1) throw e;
    out = e.stdout;
  }
  assert.deepEqual(cinplan.check(good, OPTIONS), JSON.parse(out));

  // null goes back to the built-in calendar.
  const reset = cinplan.loadBankHolidays(null);
  assert.equal(reset.ok, true);
  assert.equal(workingDayDue(cinplan.check(good, OPTIONS)).date, before.date);
});

for (const [what, input] of [
  ['text that is not JSON', 'not json'],
  ['JSON of another shape', '{"scotland": {}}'],
  ['a number', 42],
  ['an object instead of its text', { 'england-and-wales': { events: [] } }],
]) {
  test(`loadBankHolidays(${what}) answers ok: false and keeps the calendar in use`, () => {
    const custom = withExtraHoliday('2026-11-16');
    assert.equal(cinplan.loadBankHolidays(custom).ok, true);
    const before = cinplan.check(good, OPTIONS);
    let result;
    assert.doesNotThrow(() => {
      result = cinplan.loadBankHolidays(input);
    });
    assert.equal(result.ok, false);
    assert.ok(result.message.length > 0);
    assert.deepEqual(cinplan.check(good, OPTIONS), before, 'later checks use the same calendar as before');
    cinplan.loadBankHolidays(null);
  });
}
