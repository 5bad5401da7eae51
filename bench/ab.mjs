// A/B: two builds of the nodejs package in one process, measured in alternating rounds so
// that a noisy machine slows both alike. Not a test.
//
//   node bench/ab.mjs OLD_DIR NEW_DIR      (each a wasm-pack --target nodejs output folder)
//
// Prints, per plan, the median of all calls of each build and the ratio.
import { createRequire } from 'node:module';
import path from 'node:path';
import { AUTHORITY, TODAY, bigPlan, fmtUs, goodPlan } from './lib.mjs';

const require = createRequire(import.meta.url);
const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error('usage: node bench/ab.mjs OLD_DIR NEW_DIR');
  process.exit(2);
}
const builds = [
  ['old', require(path.resolve(oldDir, 'cinplan.js'))],
  ['new', require(path.resolve(newDir, 'cinplan.js'))],
];
const good = goodPlan();
const big = bigPlan(100);
const options = { authority: AUTHORITY, today: TODAY };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

for (const [name, plan, rounds, perRound] of [
  ['complete plan (2 outcomes)', good, 20, 200],
  ['100 outcomes', big, 20, 20],
]) {
  const times = { old: [], new: [] };
  for (const [, lib] of builds) for (let i = 0; i < 200; i++) lib.check(plan, options);
  for (let r = 0; r < rounds; r++) {
    for (const [label, lib] of r % 2 ? builds : [...builds].reverse()) {
      for (let i = 0; i < perRound; i++) {
        const t = process.hrtime.bigint();
        lib.check(plan, options);
        times[label].push(Number(process.hrtime.bigint() - t) / 1000);
      }
    }
  }
  const o = median(times.old);
  const n = median(times.new);
  console.log(`${name}: old ${fmtUs(o)}, new ${fmtUs(n)} (median of ${times.old.length} calls each; new/old ${(n / o).toFixed(2)})`);
}
