// Shared set-up for the Node tests of the built package (dist/cinplan/, made by
// scripts/build-pkg.sh). Not a test file itself.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES_DIR, listExamples } from '../../scripts/examples.mjs';

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

/** The complete plan: every member of the format, meeting Reading's procedure. */
export const COMPLETE_PLAN = path.join(ROOT, 'tests', 'fixtures', 'plans', 'complete.json');

/**
 * Every plan kept in files, as { authority, file, name, today }: first the test plans in
 * tests/fixtures/plans/ (checked against Reading on TODAY; tests/fixtures/README.md), then
 * the example plans, www/examples/<authority-id>/*.json, each checked against its folder's
 * authority on the date it is written for (scripts/examples.mjs lists them for the demo too).
 */
export function planFiles() {
  const dir = path.join(ROOT, 'tests', 'fixtures', 'plans');
  const tests = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => ({ authority: 'reading', file: path.join(dir, n), name: `plans/${n}`, today: TODAY }));
  const examples = listExamples().map((ex) => ({
    authority: ex.authority,
    file: path.join(EXAMPLES_DIR, ...ex.file.split('/')),
    name: ex.file,
    today: ex.asOf,
  }));
  return [...tests, ...examples];
}

export const INVALID = 'input.invalid';

/** The input.invalid findings of a report. */
export function invalid(report) {
  return report.findings.filter((f) => f.rule === INVALID);
}
