// What tests/node/panic.test.mjs checks, on one build of the panic probe: given the module,
// panics twice on purpose and records what a user of the module would see. Not a test file
// itself. Run directly (`node --experimental-wasm-modules panic-rounds.mjs DIR`) it imports
// DIR/cinplan.js (the bundler glue, which imports the .wasm as a module) and prints the
// record as JSON, for the test to read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TODAY } from './helpers.mjs';

/** A GOV.UK-format bank holidays file with only 2026 and 2027, to tell it from the embedded one. */
function twoYearsOfHolidays() {
  const full = JSON.parse(readFileSync(path.join(ROOT, 'data', 'bank-holidays.json'), 'utf8'));
  const division = full['england-and-wales'];
  const events = division.events.filter((e) => e.date.startsWith('2026') || e.date.startsWith('2027'));
  return JSON.stringify({ 'england-and-wales': { ...division, events } });
}

export function panicRounds(core) {
  const plan = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/plans/complete.json'), 'utf8'));
  const options = { authority: 'reading', today: TODAY };
  const record = {
    before: core.check(plan, options),
    authorities: core.authorities(),
    loaded: core.loadBankHolidays(twoYearsOfHolidays()),
    rounds: [],
  };
  const logged = [];
  const consoleError = console.error;
  console.error = (...args) => logged.push(args.join(' '));
  try {
    for (let round = 1; round <= 2; round++) {
      let thrown = null;
      try {
        core.panicForTest();
      } catch (e) {
        thrown = e instanceof WebAssembly.RuntimeError ? 'RuntimeError' : `${e?.constructor?.name}: ${e?.message}`;
      }
      const after = {};
      try {
        after.check = core.check(plan, options);
        after.authorities = core.authorities();
        // A refused file answers with the calendar still in use.
        after.calendar = core.loadBankHolidays('not a bank holidays file');
      } catch (e) {
        after.threw = `${e?.constructor?.name}: ${e?.message}`;
      }
      record.rounds.push({ thrown, reports: [...logged], after });
    }
  } finally {
    console.error = consoleError;
  }
  return record;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = await import(pathToFileURL(path.join(process.argv[2], 'cinplan.js')).href);
  process.stdout.write(JSON.stringify(panicRounds(core)));
}
