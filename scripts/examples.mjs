#!/usr/bin/env node
// The list of example plans, read from the folders: www/examples/<authority-id>/*.json.
//
// Each plan carries what the demo says about it in its own top-level `example` member (the
// plan reader ignores members it does not know):
//
//   "example": { "title": …, "weakness": null | "…", "about": …, "rules": [rule ids], "asOf": "YYYY-MM-DD" }
//
// So the folders are the list: adding a file is all it takes. scripts/serve.mjs answers
// /examples/index.json from them on every request; for hosting www/ as plain files,
//
//   node scripts/examples.mjs            writes www/examples/index.json (scripts/demo.sh runs it)
//
// The tests (tests/examples.rs, tests/node/, tests/demo/) read the same folders.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES_DIR = path.join(ROOT, 'www', 'examples');

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every example plan: { file: 'reading/exemplary.json', authority, title, weakness, about,
 * rules, asOf }, folder by folder (sorted by name), the exemplary plan (weakness null)
 * first in each, then the rest by file name. Throws, naming the file, when a plan is not
 * JSON or has no `example` member.
 */
export function listExamples(dir = EXAMPLES_DIR) {
  const out = [];
  for (const authority of readdirSync(dir).sort(byName)) {
    const folder = path.join(dir, authority);
    if (!statSync(folder).isDirectory()) continue;
    const mine = [];
    for (const name of readdirSync(folder).sort(byName)) {
      if (!name.endsWith('.json')) continue;
      const file = `${authority}/${name}`;
      let plan;
      try {
        plan = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
      } catch (e) {
        throw new Error(`www/examples/${file} is not JSON: ${e.message}`);
      }
      const meta = plan && typeof plan === 'object' ? plan.example : undefined;
      if (!meta || typeof meta !== 'object' || Array.isArray(meta)) {
        throw new Error(`www/examples/${file} has no "example" member (title, weakness, about, rules, asOf)`);
      }
      const { title, weakness = null, about = '', rules = [], asOf = null } = meta;
      mine.push({ file, authority, title, weakness, about, rules, asOf });
    }
    mine.sort((a, b) => (a.weakness === null) !== (b.weakness === null) ? (a.weakness === null ? -1 : 1) : 0);
    out.push(...mine);
  }
  return out;
}

/** The text of examples/index.json: { examples: [...] } as listExamples gives it. */
export function examplesIndex(dir = EXAMPLES_DIR) {
  return `${JSON.stringify({ examples: listExamples(dir) }, null, 2)}\n`;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    const file = path.join(EXAMPLES_DIR, 'index.json');
    const text = examplesIndex();
    writeFileSync(file, text);
    console.log(`examples: wrote ${path.relative(ROOT, file)} (${JSON.parse(text).examples.length} plans)`);
  } catch (e) {
    console.error(`examples: ${e.message}`);
    process.exit(1);
  }
}
