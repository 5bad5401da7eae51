// A plan passed as an object gives exactly the report its JSON text gives, whichever way the
// module reads it: plain data is walked by src/wasm/plan_in.js (no JSON.stringify), anything
// else goes through JSON.stringify. An integrator cannot tell the two apart except by speed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { PKG, TODAY, loadPackage, planFiles } from './helpers.mjs';

const cinplan = loadPackage();
// fixtures[0] is the complete plan (tests/fixtures/plans/complete.json).
const fixtures = planFiles().map(({ authority, file, name }) => ({
  authority,
  name,
  plan: JSON.parse(readFileSync(file, 'utf8')),
}));

// The walker itself, as the package's nodejs glue loads it (the same module instance).
function snippet() {
  const base = path.join(PKG, 'node', 'snippets');
  for (const dir of readdirSync(base)) {
    const file = path.join(base, dir, 'src', 'wasm', 'plan_in.js');
    try {
      return createRequire(import.meta.url)(file);
    } catch {
      // another crate's snippets
    }
  }
  throw new Error('plan_in.js is not in the package');
}
const { writePlan, planOps, copyPlanOps } = snippet();

/**
 * What writePlan wrote, built back into a value by the format in src/object_tape.rs (a
 * second reader, for the test only); `undefined` when writePlan left the object to
 * JSON.stringify.
 */
function walked(value) {
  const text = writePlan(value);
  if (text === undefined) return undefined;
  const ops = new Uint32Array(planOps());
  copyPlanOps(ops);
  let at = 0;
  let pos = 0;
  const string = () => {
    const units = ops[at++];
    const s = text.slice(pos, pos + units);
    assert.equal(text[pos + units], '\0', 'every string ends with a NUL');
    pos += units + 1;
    return s;
  };
  const next = () => {
    const op = ops[at++];
    switch (op) {
      case 0: {
        const object = {};
        while (ops[at] !== 2) {
          assert.equal(ops[at++], 3, 'an object holds keys and values');
          const key = string();
          Object.defineProperty(object, key, { value: next(), enumerable: true, writable: true, configurable: true });
        }
        at++;
        return object;
      }
      case 1: {
        const list = [];
        while (ops[at] !== 2) list.push(next());
        at++;
        return list;
      }
      case 4:
        return string();
      case 5:
        return Number(string());
      case 6:
        return true;
      case 7:
        return false;
      case 8:
        return null;
      default:
        throw new Error(`unknown op ${op}`);
    }
  };
  const out = next();
  assert.equal(at, ops.length, 'no ops left over');
  assert.equal(pos, text.length, 'no text left over');
  return out;
}

/** writePlan walked `value` and wrote exactly what JSON.stringify would (same keys, order, text). */
function walksAsJson(value, label = '') {
  const back = walked(value);
  assert.notEqual(back, undefined, `${label}: walked`);
  assert.equal(JSON.stringify(back), JSON.stringify(value), label);
}

/** The report for `plan` as an object, after checking it equals the one for its JSON text. */
function sameAsText(plan, authority = 'reading', label = '') {
  const options = { authority, today: TODAY };
  const fromObject = cinplan.check(plan, options);
  const text = JSON.stringify(plan);
  const fromText = cinplan.check(text === undefined ? 'null' : text, options);
  assert.deepEqual(fromObject, fromText, label);
  return fromObject;
}

// A small random generator with a seed, so a failure can be rerun exactly.
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Values JSON.stringify writes in a way of its own, or that cut text in awkward places.
const ODD_VALUES = [
  undefined,
  () => 1,
  Symbol('s'),
  NaN,
  Infinity,
  -Infinity,
  -0,
  0.1,
  1e21,
  2 ** 53 + 2,
  -7,
  '',
  '\0',
  'a\0b',
  '\ud83d', // half an emoji, at the end of one string…
  '\udc67 then text', // …and the other half at the start of the next
  '👧🏽 Zoë, “quoted” — dash',
  '<img src=x onerror=alert(1)>',
  ' padded ',
  '2026-13-45',
  '31/12/2026',
  true,
  false,
  null,
  [],
  {},
  [undefined, () => 1, Symbol('t'), NaN],
  { only: undefined },
];

function mutate(value, rand, depth = 0) {
  if (Array.isArray(value)) {
    const out = value.map((v) => mutate(v, rand, depth + 1));
    if (rand() < 0.3) out.splice(Math.floor(rand() * (out.length + 1)), 0, ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const r = rand();
      if (r < 0.08) out[k] = ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
      else if (r < 0.1) continue;
      else out[k] = mutate(v, rand, depth + 1);
    }
    if (rand() < 0.1) out['ünïcode key ' + Math.floor(rand() * 10)] = 'x';
    if (rand() < 0.05) out['7'] = 'an integer-like key, which objects list first';
    return out;
  }
  if (typeof value === 'string' && rand() < 0.15) return value + ODD_VALUES[14 + Math.floor(rand() * 4)];
  return value;
}

for (const { authority, name, plan } of fixtures) {
  test(`object and JSON text give the same report: ${name}`, () => {
    walksAsJson(plan, name);
    sameAsText(plan, authority);
  });
}

test('object and JSON text give the same report for 300 plans with odd values put in', () => {
  const rand = random(20261123);
  for (let i = 0; i < 300; i++) {
    const { authority, name, plan } = fixtures[i % fixtures.length];
    const odd = mutate(plan, rand);
    walksAsJson(odd, `${name}, variant ${i}`);
    sameAsText(odd, authority, `${name}, variant ${i} (seed 20261123)`);
  }
});

test('adjacent strings holding the two halves of an emoji stay two damaged characters', () => {
  const plan = structuredClone(fixtures[0].plan);
  plan.child.name = 'Amira \ud83d';
  plan.child.dateOfBirth = '\udc67';
  const report = sameAsText(plan);
  assert.ok(report.findings.some((f) => f.path === 'child.dateOfBirth'), 'the date is read as the text it was, not joined to the name');
});

test('objects that JSON.stringify treats in its own way are read as their JSON', () => {
  const good = fixtures[0].plan;
  class Dates {
    constructor() {
      this.planStart = '2026-09-25';
    }
  }
  const withGetter = structuredClone(good);
  Object.defineProperty(withGetter.child, 'name', { get: () => 'Getter Name', enumerable: true });
  Object.defineProperty(withGetter.child, 'hidden', { value: 'not enumerable', enumerable: false });
  withGetter.child[Symbol('key')] = 'a symbol key';
  const nullProto = Object.assign(Object.create(null), structuredClone(good));
  const sparse = structuredClone(good);
  sparse.needs = [, sparse.needs[0], , ]; // eslint-disable-line no-sparse-arrays
  sparse.needs.extra = 'a property on an array';
  const cases = {
    'a Date': { ...good, dates: { ...good.dates, planStart: new Date(Date.UTC(2026, 8, 25)) } },
    'a toJSON method': { ...good, child: { toJSON: () => ({ name: 'From toJSON' }) } },
    'a class instance': { ...good, dates: new Dates() },
    'a boxed string': { ...good, pathway: new String('assessment') },
    'a Map': { ...good, child: new Map([['name', 'x']]) },
    'a getter, a hidden and a symbol-keyed property': withGetter,
    'a null prototype': nullProto,
    'a sparse array with a named property': sparse,
    'a proxy': new Proxy(structuredClone(good), {}),
    'an own __proto__ key': JSON.parse('{"__proto__": {"name": "x"}, "child": {"name": "Amira"}}'),
  };
  for (const [label, plan] of Object.entries(cases)) sameAsText(plan, 'reading', label);
  for (const label of ['a Date', 'a toJSON method', 'a class instance', 'a boxed string', 'a Map']) {
    assert.equal(writePlan(cases[label]), undefined, `${label}: left to JSON.stringify`);
  }
  for (const label of ['a getter, a hidden and a symbol-keyed property', 'a null prototype', 'a sparse array with a named property', 'a proxy', 'an own __proto__ key']) {
    walksAsJson(cases[label], label);
  }
});

test('nesting: as deep as the JSON reader reads is walked, deeper is refused the same way', () => {
  const nest = (levels) => {
    let v = null;
    for (let i = 0; i < levels; i++) v = [v];
    return { child: { name: 'Amira' }, needs: v };
  };
  walksAsJson(nest(126), '126 levels');
  assert.equal(writePlan(nest(127)), undefined);
  for (const levels of [126, 127, 200]) sameAsText(nest(levels), 'reading', `${levels} levels`);
  const deep = cinplan.check(nest(200), { authority: 'reading', today: TODAY });
  assert.ok(deep.findings.some((f) => f.rule === 'input.invalid' && /nested too deeply/.test(f.message)));
});

test('what JSON.stringify refuses is refused as before, and the next plan is walked as usual', () => {
  const cyclic = structuredClone(fixtures[0].plan);
  cyclic.child.self = cyclic;
  const wide = { a: null, b: null };
  wide.a = wide; // two ways round a cycle: the walk must give up at the first, not try both
  wide.b = wide;
  const throwing = { get child() { throw new Error('getter'); } };
  for (const plan of [cyclic, wide, { n: 10n }, throwing]) {
    assert.equal(writePlan(plan), undefined);
    const report = cinplan.check(plan, { authority: 'reading', today: TODAY });
    assert.ok(report.findings.some((f) => f.rule === 'input.invalid' && f.path === ''), 'an input.invalid finding at ""');
  }
  sameAsText(fixtures[0].plan);
});

test('a polluted Object.prototype does not leak into the plan', () => {
  Object.prototype.pathway = 'stepDown'; // eslint-disable-line no-extend-native
  try {
    assert.equal(writePlan({ child: {} }), undefined, 'left to JSON.stringify, which ignores inherited keys');
    sameAsText(fixtures[0].plan);
  } finally {
    delete Object.prototype.pathway;
  }
  walksAsJson({ child: {} });
});

test('plans that are not objects read as before', () => {
  for (const plan of [undefined, null, 7, true, [], () => 1, Symbol('x')]) {
    const report = cinplan.check(plan, { authority: 'reading', today: TODAY });
    assert.ok(report.findings.some((f) => f.rule === 'input.invalid' && f.path === ''), String(typeof plan));
  }
  for (const plan of [[fixtures[0].plan], 42, null]) {
    walksAsJson(plan, JSON.stringify(plan));
    sameAsText(plan);
  }
});
