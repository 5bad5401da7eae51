// Shared by the benchmarks: the plans timed, statistics, and the package location.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PKG = path.join(ROOT, 'dist', 'cinplan');
export const TODAY = '2026-11-22';
export const AUTHORITY = 'reading';

/** Median, 95th percentile, mean and minimum of samples (numbers, any unit). */
export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return {
    n: s.length,
    median: at(0.5),
    p95: at(0.95),
    min: s[0],
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/** "12.3 µs" / "1.23 ms" for a time in microseconds. */
export function fmtUs(us) {
  if (us >= 1000) return `${(us / 1000).toFixed(2)} ms`;
  if (us >= 100) return `${us.toFixed(0)} µs`;
  return `${us.toFixed(1)} µs`;
}

// One list of Chromium flags and one set of plans for every test and benchmark (see tests/browser/helpers.mjs).
import { CHROMIUM_ARGS, bigPlan, goodPlan } from '../tests/browser/helpers.mjs';
export { CHROMIUM_ARGS, bigPlan, goodPlan };

/**
 * Times several functions round-robin (one call of each in turn), so that the load of a
 * shared machine falls on all of them alike; per-call times in µs.
 */
export function timeInterleaved(fns, runs, warmup = 200) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const samples = fns.map(() => new Array(runs));
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < fns.length; k++) {
      const t0 = process.hrtime.bigint();
      fns[k]();
      samples[k][i] = Number(process.hrtime.bigint() - t0) / 1000;
    }
  }
  return samples.map(stats);
}
