// Shared set-up for the Node tests of the built package (dist/cinplan/, made by
// scripts/build-pkg.sh). Not a test file itself.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PKG = path.join(ROOT, 'dist', 'cinplan');
export const TODAY = '2026-11-22';
export const CLI = path.join(ROOT, 'target', 'debug', process.platform === 'win32' ? 'cinplan.exe' : 'cinplan');

/** The nodejs build of the package (CommonJS), as `require('cinplan')` gives it in Node. */
export function loadPackage() {
  const entry = path.join(PKG, 'node', 'cinplan.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: run scripts/build-pkg.sh first`);
  }
  return createRequire(import.meta.url)(entry);
}

/**
 * Plan fixtures: tests/fixtures/<authority-id>/**.json (tests/fixtures/README.md), for every
 * folder named after a known authority. `expected.json` files are not plans.
 */
export function planFixtures(authorityIds) {
  const base = path.join(ROOT, 'tests', 'fixtures');
  const out = [];
  const walk = (dir, authority) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file, authority);
      else if (name.endsWith('.json') && name !== 'expected.json') out.push({ authority, file });
    }
  };
  for (const name of readdirSync(base).sort()) {
    const dir = path.join(base, name);
    if (statSync(dir).isDirectory() && authorityIds.includes(name)) walk(dir, name);
  }
  return out;
}

export const INVALID = 'input.invalid';

/** The input.invalid findings of a report. */
export function invalid(report) {
  return report.findings.filter((f) => f.rule === INVALID);
}
