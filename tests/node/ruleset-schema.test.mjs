// rulesets/schema.json, the ruleset format's JSON Schema (made from the Rust declarations:
// `cinplan ruleset schema`), read by an independent validator (ajv, draft 2020-12): every
// built-in ruleset and the made-up council's validate, and what the schema refuses the
// package's loader refuses too (on the broken rulesets, and on thousands of random
// changes to valid ones). The loader checks more than the schema can say (placeholders,
// references between rules and items), so the converse does not hold.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT, loadPackage } from './helpers.mjs';
import { brokenCases } from './rulesets-support.mjs';

const cinplan = loadPackage();
const schema = JSON.parse(readFileSync(path.join(ROOT, 'rulesets', 'schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(schema);

const valid = [
  ...readdirSync(path.join(ROOT, 'rulesets'))
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => [`rulesets/${f}`, readFileSync(path.join(ROOT, 'rulesets', f), 'utf8')]),
  ['kestrel-vale.json', readFileSync(path.join(ROOT, 'tests', 'fixtures', 'rulesets', 'kestrel-vale.json'), 'utf8')],
];

test('every built-in ruleset and the made-up council validate against the schema', () => {
  assert.ok(valid.length >= 8);
  for (const [name, text] of valid) {
    assert.ok(validate(JSON.parse(text)), `${name}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the broken rulesets the schema refuses, the loader refuses; the schema catches most of them', () => {
  let caught = 0;
  for (const c of brokenCases()) {
    let v;
    try {
      v = JSON.parse(c.text);
    } catch {
      continue; // not JSON: no schema applies
    }
    if (!validate(v)) {
      caught += 1;
      assert.equal(cinplan.loadRuleset(c.text, { replace: true }).ok, false, c.why);
    }
  }
  assert.ok(caught >= 30, `the schema refuses only ${caught} of the broken rulesets`);
});

// A small deterministic random source, so a failure can be replayed.
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every place in a JSON value: [parent, key] pairs. */
function places(v, out = []) {
  if (v && typeof v === 'object') {
    for (const key of Object.keys(v)) {
      out.push([v, key]);
      places(v[key], out);
    }
  }
  return out;
}

const REPLACEMENTS = [null, 0, -1, 1.5, 1000, 'x', '', 'fortnights', true, [], {}, ['assessment'], { every: 0, unit: 'weeks' }];

test('random changes to valid rulesets: whatever the schema refuses, the loader refuses', () => {
  const next = random(15);
  let refused = 0;
  for (const [name, text] of valid) {
    for (let i = 0; i < 300; i++) {
      const v = JSON.parse(text);
      const all = places(v);
      for (let changes = 1 + Math.floor(next() * 2); changes > 0; changes--) {
        const [parent, key] = all[Math.floor(next() * all.length)];
        const roll = next();
        if (roll < 0.3 && !Array.isArray(parent)) delete parent[key];
        else if (roll < 0.4 && !Array.isArray(parent)) parent[`${key}X`] = parent[key];
        else parent[key] = structuredClone(REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]);
      }
      if (validate(v)) continue;
      refused += 1;
      const result = cinplan.loadRuleset(v, { replace: true });
      assert.equal(result.ok, false, `${name}, change ${i}: the schema refuses (${ajv.errorsText(validate.errors)}) but the loader accepts`);
    }
  }
  assert.ok(refused > 1000, `only ${refused} changes were refused by the schema`);
});
