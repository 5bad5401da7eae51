#!/usr/bin/env node
// Benchmark (not a test): check() in Node on the built package when one outcome's
// description is as long as a field may be (100,000 characters, `plan::MAX_TEXT`), as when
// someone pastes a whole document into it. The adapter checks on every keystroke, so this is
// what each keystroke in such a field costs.
//
//   node bench/long-text.mjs [OTHER_DIST_DIR] [runs]   (default 15 runs per case, 2 warm-up)
//
// Thirteen kinds of text, each the complete plan with one field replaced (its first
// outcome's description unless said; the last two replace its first need and, with the
// same text backwards, the description, so the two share no word). The first three are
// short demands joined by a semicolon and led by two people, a list of verbs between
// commas, and "and"-joined demands, each time with a different ending. With another
// build's dist directory (e.g. one built from an older commit), both are timed
// round-robin.
import { createRequire } from 'node:module';
import path from 'node:path';
import { AUTHORITY, PKG, TODAY, goodPlan, stats } from './lib.mjs';

const args = process.argv.slice(2);
const other = args.find((a) => !/^\d+$/.test(a));
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 15);
const builds = [['this build', PKG], ...(other ? [['other build', path.resolve(other)]] : [])];
const require = createRequire(import.meta.url);
const checkers = builds.map(([name, dir]) => [name, require(path.join(dir, 'node', 'cinplan.js'))]);
const options = { authority: AUTHORITY, today: TODAY };

// The fourth is one clause of words for waiting over and over ("been on the housing list
// for 3 years and …"): the wait reading read the whole clause again for each of them, 18 s
// a keystroke before the twentieth round, where a code review found it (README). The
// fifth to the eleventh are what each read a clause or sentence again for each word of a
// kind in it, until the twenty-fourth round (tests/fuzz.rs,
// `reading_is_linear_in_the_input`). The last two looked for each word of the need among
// all the outcome's (the thirteenth again for each acronym in a wait), until the
// twenty-fifth.
for (const [unit, field = 'description'] of [
  ['Mum will go to AA; Dad will cook. '],
  ['Ann will go, see, eat. '],
  ['Mum will go to AA and keep a diary. '],
  ['Mum has been on the housing list for 3 years and '],
  ['seen by Dr Ali and ', 'measure'],
  ['Police records checked and ', 'measure'],
  ['Dad confirmed and ', 'measure'],
  ['until 2028 '],
  ['from now on and '],
  ['Mum will improve her parenting and the home conditions and the school attendance and '],
  ['the school is 30 miles away and ', 'need'],
  ['Kayden wanders outside before bedtime. ', 'need and description'],
  ['CAMHS and SALT have a 2 year wait and ', 'need and description'],
]) {
  const plan = goodPlan();
  const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 99_990);
  const samples = checkers.map(() => []);
  for (let i = 0; i < runs + 2; i++) {
    checkers.forEach(([, cinplan], k) => {
      // A different text each time, as each keystroke makes: the SMART cache keeps the
      // judgement of a text it has seen.
      const said = `${text} Run ${i}.`;
      if (field.startsWith('need')) plan.needs[0].description = said;
      const backwards = [...said].reverse().join('');
      if (field === 'need and description') plan.outcomes[0].description = backwards;
      else if (field !== 'need') plan.outcomes[0][field] = said;
      const t0 = process.hrtime.bigint();
      cinplan.check(plan, options);
      if (i >= 2) samples[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  const line = checkers.map(([name], k) => `${name} ${stats(samples[k]).median.toFixed(1)} ms`).join(', ');
  console.log(`${field === 'description' ? '' : `${field}: `}${JSON.stringify(unit)} × ${text.length} characters: median ${line}`);
}
