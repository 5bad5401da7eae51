// How a plan reaches the core from JavaScript: as JSON text, or as an object, which reads
// exactly as its JSON would (the module writes it with the host's JSON.stringify). And the
// wasm answer equals the command line's for damaged plans too, not only for good ones: a
// change to the boundary (plan in, report out) that changed a single report fails here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { CLI, ROOT, TODAY, loadPackage } from './helpers.mjs';

const cinplan = loadPackage();
const ids = cinplan.authorities().map((a) => a.id);

/** Every plan kept in the repository (a JSON object with outcomes), wherever it is kept. */
function keptPlans() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.json')) {
        const value = JSON.parse(readFileSync(file, 'utf8'));
        if (value && typeof value === 'object' && Array.isArray(value.outcomes)) {
          out.push({ name: path.relative(ROOT, file), plan: value });
        }
      }
    }
  };
  walk(path.join(ROOT, 'tests', 'fixtures'));
  walk(path.join(ROOT, 'www', 'examples'));
  return out.map((p, i) => ({ ...p, authority: ids[i % ids.length] }));
}

const plans = keptPlans();
const base = plans.find((p) => p.plan.child && p.plan.child.name && p.plan.outcomes.length > 1).plan;

test('there are plans to read', () => {
  assert.ok(plans.length >= 10, `${plans.length} plans`);
});

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

// Wrong values a plan can hold in JSON (as tests/parse_equivalence.rs puts them).
const JUNK = [
  null, 1, -1.5, 0, 7, 1000, 1001, 2.5, 1e21, 'x', '', '   ', '7', 'yes', ' No ', 'TRUE', 'weeks', 'review',
  'assessment', '2027-02-30', ' 2027-02-28 ', '31/12/2026', 'N1, N2;N3  N4,,', 'é'.repeat(60) + 'x'.repeat(140),
  [], {}, [{}], [1, 'N1', null, '', ' N2 ', [], {}, true], { a: { b: [1, 2] } }, { 0: { id: 'N1' } },
  { every: 2, unit: 'weeks' }, { every: '2', unit: 5 }, true, false, '\ud83d', '👧🏽 Zoë, “quoted” — dash',
];

// Values JSON.stringify writes in a way of its own, or that cut text in awkward places.
// (Not NaN and the infinities, which JSON text cannot hold: check() reports them where its
// JSON would have null; tested on their own below.)
const ODD_VALUES = [
  undefined, () => 1, Symbol('s'), -0, 0.1, 1e21, 2 ** 53 + 2, -7, 2 ** 32, -(2 ** 31), 1.5e-7, '', '\0', 'a\0b',
  '\ud83d', // half an emoji, at the end of one string…
  '\udc67 then text', // …and the other half at the start of the next
  '👧🏽 Zoë, “quoted” — dash', '<img src=x onerror=alert(1)>', ' padded ', '2026-13-45', '31/12/2026', true, false,
  null, [], {}, [undefined, () => 1, Symbol('t'), -0], { only: undefined },
];

/** Every place in `v` a value stands, as a list of keys. */
function places(v, here = [], out = []) {
  if (v && typeof v === 'object') {
    for (const [k, c] of Object.entries(v)) {
      out.push([...here, Array.isArray(v) ? Number(k) : k]);
      places(c, [...here, k], out);
    }
  }
  return out;
}

function put(v, place, value) {
  let cur = v;
  for (const k of place.slice(0, -1)) cur = cur[k];
  cur[place[place.length - 1]] = value;
}

function mutate(value, rand) {
  if (Array.isArray(value)) {
    const out = value.map((v) => mutate(v, rand));
    if (rand() < 0.3) out.splice(Math.floor(rand() * (out.length + 1)), 0, ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const r = rand();
      if (r < 0.08) out[k] = ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
      else if (r < 0.1) continue;
      else out[k] = mutate(v, rand);
    }
    if (rand() < 0.1) out['ünïcode key ' + Math.floor(rand() * 10)] = 'x';
    if (rand() < 0.05) out['7'] = 'an integer-like key, which objects list first';
    return out;
  }
  if (typeof value === 'string' && rand() < 0.15) return value + ODD_VALUES[14 + Math.floor(rand() * 4)];
  return value;
}

/** Damaged copies of the kept plans, the same on every run. */
function damagedPlans() {
  const rand = random(20261129);
  const out = [];
  for (let i = 0; i < 160; i++) {
    const { plan, authority } = plans[i % plans.length];
    const copy = structuredClone(plan);
    for (let k = 0; k <= i % 3; k++) {
      const all = places(copy);
      put(copy, all[Math.floor(rand() * all.length)], structuredClone(JUNK[Math.floor(rand() * JUNK.length)]));
    }
    out.push({ authority, plan: copy });
  }
  const swapped = structuredClone(base);
  swapped.outcomes = Object.fromEntries(base.outcomes.map((o, i) => [String(i), o]));
  swapped.leadProfessional = [base.leadProfessional];
  const many = structuredClone(base);
  many.needs = Array.from({ length: 510 }, (_, i) => ({ id: `N${i}`, description: 'x' }));
  many.contingency = 'x'.repeat(100_001);
  for (const plan of [swapped, many, null, 42, 'text', [], [base]]) out.push({ authority: 'reading', plan });
  return out;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cinplan-plan-input-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('wasm report equals CLI report for damaged plans, given as text and as objects', () => {
  const damaged = damagedPlans();
  // One CLI run per authority over a folder of plans (JSON Lines out).
  const byAuthority = new Map();
  damaged.forEach(({ authority, plan }, i) => {
    const dir = path.join(tmp, authority);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${String(i).padStart(3, '0')}.json`);
    writeFileSync(file, JSON.stringify(plan));
    if (!byAuthority.has(authority)) byAuthority.set(authority, []);
    byAuthority.get(authority).push({ file, plan });
  });
  let compared = 0;
  for (const [authority, list] of byAuthority) {
    let stdout;
    try {
      stdout = execFileSync(CLI, ['check', '--authority', authority, '--today', TODAY, path.join(tmp, authority)], {
        encoding: 'utf8',
        maxBuffer: 256 << 20,
      });
    } catch (e) {
      // Exit status 1 means "errors found": the reports are still on standard output.
      assert.equal(e.status, 1, e.stderr);
      stdout = e.stdout;
    }
    const fromCli = new Map(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
        .map(({ file, report }) => [path.resolve(file), report]),
    );
    for (const { file, plan } of list) {
      const expected = fromCli.get(path.resolve(file));
      assert.ok(expected, `the CLI answered for ${file}`);
      const options = { authority, today: TODAY };
      assert.deepEqual(cinplan.check(readFileSync(file, 'utf8'), options), expected, `${file} as text`);
      // (A string is JSON text to check(), so only non-strings are passed as themselves.)
      if (typeof plan !== 'string') assert.deepEqual(cinplan.check(plan, options), expected, `${file} as an object`);
      compared++;
    }
  }
  assert.equal(compared, damaged.length);
});

test('an object and its JSON text give the same report, for every kept plan and 300 with odd values put in', () => {
  for (const { authority, name, plan } of plans) sameAsText(plan, authority, name);
  const rand = random(20261123);
  for (let i = 0; i < 300; i++) {
    const { authority, name, plan } = plans[i % plans.length];
    sameAsText(mutate(plan, rand), authority, `${name}, variant ${i} (seed 20261123)`);
  }
});

test('adjacent strings holding the two halves of an emoji stay two damaged characters', () => {
  const plan = structuredClone(base);
  plan.child.name = 'Amira \ud83d';
  plan.child.dateOfBirth = '\udc67';
  const report = sameAsText(plan);
  assert.ok(report.findings.some((f) => f.path === 'child.dateOfBirth'), 'the date is read as the text it was, not joined to the name');
});

test('objects that JSON.stringify treats in its own way are read as their JSON', () => {
  class Dates {
    constructor() {
      this.planStart = '2026-09-25';
    }
  }
  const withGetter = structuredClone(base);
  Object.defineProperty(withGetter.child, 'name', { get: () => 'Getter Name', enumerable: true });
  Object.defineProperty(withGetter.child, 'hidden', { value: 'not enumerable', enumerable: false });
  withGetter.child[Symbol('key')] = 'a symbol key';
  const nullProto = Object.assign(Object.create(null), structuredClone(base));
  const sparse = structuredClone(base);
  sparse.needs = [, sparse.needs[0], , ]; // eslint-disable-line no-sparse-arrays
  sparse.needs.extra = 'a property on an array';
  const cases = {
    'a Date': { ...base, dates: { ...base.dates, planStart: new Date(Date.UTC(2026, 8, 25)) } },
    'a toJSON method': { ...base, child: { name: 'Amira', toJSON: () => ({ dateOfBirth: '31/12/2026' }) } },
    'a class instance': { ...base, dates: new Dates() },
    'a boxed string': { ...base, pathway: new String('assessment') },
    'a Map': { ...base, child: new Map([['name', 'x']]) },
    'a getter, a hidden and a symbol-keyed property': withGetter,
    'a null prototype': nullProto,
    'a sparse array with a named property': sparse,
    'a proxy': new Proxy(structuredClone(base), {}),
    'an own __proto__ key': JSON.parse('{"__proto__": {"name": "x"}, "child": {"name": "Amira"}}'),
  };
  for (const [label, plan] of Object.entries(cases)) sameAsText(plan, 'reading', label);
  // What they read as, in the report: the Date as its ISO text with a time (not a plan
  // date), the object toJSON gives (a date as typed, not as the plan writes it), the boxed
  // string's text, the Map as an empty object.
  const findings = (label) => cinplan.check(cases[label], { authority: 'reading', today: TODAY }).findings;
  const said = (label, path) => findings(label).filter((f) => f.path === path).map((f) => f.message);
  assert.deepEqual(said('a Date', 'dates.planStart'), ['Enter the plan start date as a real date, for example 27 3 2027']);
  assert.deepEqual(said('a toJSON method', 'child.dateOfBirth'), ["Enter the child's date of birth as a real date, for example 27 3 2027"]);
  assert.ok(!findings('a boxed string').some((f) => f.path === 'pathway'));
  assert.ok(!findings('a Map').some((f) => f.path === 'child'), 'a Map is an (empty) object, as JSON writes it');
});

test('nesting: as deep as the JSON reader reads is read, deeper is refused the same way', () => {
  // Through members the plan format has (what is never read is not looked at, below).
  const nest = (levels) => {
    let v = { name: 'Amira' };
    for (let i = 0; i < levels - 1; i++) v = { child: v };
    return v;
  };
  for (const levels of [126, 127, 200]) sameAsText(nest(levels), 'reading', `${levels} levels`);
  const deep = cinplan.check(nest(200), { authority: 'reading', today: TODAY });
  assert.ok(deep.findings.some((f) => f.rule === 'input.invalid' && /nested too deeply/.test(f.message)));
  const fine = cinplan.check(nest(126), { authority: 'reading', today: TODAY });
  assert.ok(!fine.findings.some((f) => /nested too deeply/.test(f.message)));
});

test('what JSON.stringify refuses (a cycle, a throwing getter or trap) is an input.invalid finding at "", and the next plan is read as usual', () => {
  // (Cycles through members the plan format has: see below for one elsewhere.)
  const cyclic = structuredClone(base);
  cyclic.child.child = cyclic;
  const wide = { child: null, views: null };
  wide.child = wide;
  wide.views = wide;
  const throwing = {
    get child() {
      throw new Error('getter');
    },
  };
  const trap = new Proxy({}, { get() { throw new Error('trap'); } });
  for (const plan of [cyclic, wide, throwing, trap]) {
    const report = cinplan.check(plan, { authority: 'reading', today: TODAY });
    assert.ok(report.findings.some((f) => f.rule === 'input.invalid' && f.path === ''), 'an input.invalid finding at ""');
  }
  const named = cinplan.check({ child: throwing }, { authority: 'reading', today: TODAY }).findings;
  assert.ok(named.some((f) => f.path === '' && f.message.includes('reading child.child raised an error')), 'the finding says where');
  sameAsText(base);
});

test('parts of a plan object that are never checked are not read: a cycle, a throwing getter, deep lists', () => {
  const plan = structuredClone(base);
  plan.extra = plan; // a member the plan format does not have
  Object.defineProperty(plan, 'alsoExtra', { enumerable: true, get: () => { throw new Error('never read'); } });
  let inner = null;
  for (let i = 0; i < 300; i++) inner = [inner];
  plan.needs = [...plan.needs, inner]; // a list inside a list: only "a list" is read
  const report = cinplan.check(plan, { authority: 'reading', today: TODAY });
  const bad = report.findings.filter((f) => f.rule === 'input.invalid');
  assert.deepEqual(bad.map((f) => [f.path, f.message]), [[`needs.${base.needs.length}`, 'One of the needs could not be read']]);
});

test('a BigInt reads as the whole number it is (JSON.stringify threw on it)', () => {
  const plan = structuredClone(base);
  plan.visits.frequency = { every: 2n, unit: 'weeks' };
  const asNumber = structuredClone(base);
  asNumber.visits.frequency = { every: 2, unit: 'weeks' };
  assert.deepEqual(cinplan.check(plan, { authority: 'reading', today: TODAY }), sameAsText(asNumber));
});

test('NaN and the infinities are input.invalid at their path, not read as missing', () => {
  const places = [
    ['contingency'],
    ['visits', 'last'],
    ['visits', 'frequency', 'every'],
    ['outcomes', 0, 'description'],
    ['outcomes', 1],
    ['outcomes', 0, 'needs', 0],
    ['child', 'disabled'],
  ];
  for (const bad of [NaN, Infinity, -Infinity]) {
    for (const place of places) {
      const plan = structuredClone(base);
      put(plan, place, bad);
      const at = place.join('.');
      const report = cinplan.check(plan, { authority: 'reading', today: TODAY });
      const found = report.findings.filter((f) => f.rule === 'input.invalid' && f.path === at);
      assert.equal(found.length, 1, `${bad} at ${at}`);
      // Worded as any other value of the wrong type there is (a list, say).
      const listThere = structuredClone(base);
      put(listThere, place, []);
      const asList = cinplan.check(listThere, { authority: 'reading', today: TODAY }).findings.find((f) => f.path === at);
      assert.equal(found[0].message, asList && asList.message, `${bad} at ${at}: ${found[0].message}`);
      // Otherwise read as its JSON text is, where JSON has null.
      const text = JSON.parse(JSON.stringify(plan));
      const fromText = cinplan.check(text, { authority: 'reading', today: TODAY });
      const others = (r) => r.findings.filter((f) => f.path !== at).map((f) => f.message);
      assert.deepEqual(others(report), others(fromText), `${bad} at ${at}`);
    }
  }
});

test('a polluted Object.prototype does not leak into the plan', () => {
  const clean = cinplan.check(base, { authority: 'reading', today: TODAY });
  Object.prototype.pathway = 'stepDown'; // eslint-disable-line no-extend-native
  try {
    assert.deepEqual(cinplan.check(base, { authority: 'reading', today: TODAY }), clean);
  } finally {
    delete Object.prototype.pathway;
  }
});

test('plans that are not objects read as their JSON does', () => {
  for (const plan of [undefined, null, 7, true, [], () => 1, Symbol('x')]) {
    const report = cinplan.check(plan, { authority: 'reading', today: TODAY });
    assert.ok(report.findings.some((f) => f.rule === 'input.invalid' && f.path === ''), String(typeof plan));
  }
  for (const plan of [[base], 42, null]) sameAsText(plan);
});

test('planFields() types every field as check() reads it, with a label for messages', () => {
  const fields = cinplan.planFields();
  const byPath = new Map(fields.map((f) => [f.path, f]));
  assert.equal(byPath.size, fields.length, 'one entry per path');
  // A value of the wrong kind in each field is reported at that field's path.
  const wrong = { text: 5, date: '2026-02-30', number: 'three', boolean: 'maybe', list: 5, choice: 'nope' };
  const right = { text: 'x', date: '2026-10-06', number: 3, boolean: 'yes', list: ['n1'], choice: undefined };
  for (const f of fields) {
    assert.ok(f.label.length > 0, f.path);
    assert.equal(Array.isArray(f.choices), f.type === 'choice', f.path);
    const at = f.path.replaceAll('*', '0');
    for (const [value, reported] of [[wrong[f.type], true], [right[f.type] ?? f.choices[0], false]]) {
      const plan = {};
      const keys = at.split('.');
      let cur = plan;
      keys.slice(0, -1).forEach((k, i) => {
        cur[k] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
        cur = cur[k];
      });
      cur[keys[keys.length - 1]] = value;
      const found = cinplan.check(plan, { authority: 'reading', today: TODAY }).findings.some(
        (x) => x.rule === 'input.invalid' && x.path === at,
      );
      assert.equal(found, reported, `${at} = ${JSON.stringify(value)}`);
    }
  }
  assert.deepEqual(byPath.get('outcomes.*.targetDate'), { path: 'outcomes.*.targetDate', type: 'date', label: 'target date' });
  assert.equal(byPath.get('visits.frequency.every').type, 'number');
  assert.deepEqual(byPath.get('meetings.*.kind').choices, ['initial', 'review', 'final']);
});
