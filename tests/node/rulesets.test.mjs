// A council's ruleset loaded at run time in the package (loadRuleset): Kestrel Vale, a
// council that is not built in (tests/fixtures/rulesets/), gives the findings and due dates
// worked out by hand; every broken ruleset is refused with its problems' paths and changes
// nothing; an id built in is refused unless replacing is asked for; junk never throws.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, loadPackage } from './helpers.mjs';
import { brokenCases, summary } from './rulesets-support.mjs';

const cinplan = loadPackage();
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'rulesets');
const read = (name) => readFileSync(path.join(FIXTURES, name), 'utf8');
const kestrelText = read('kestrel-vale.json');
const expected = JSON.parse(read('kestrel-vale-expected.json'));
const planOf = (name) => JSON.parse(read(path.join('kestrel-vale-plans', name)));

test('a council not built in is checked with nothing but its ruleset file', () => {
  assert.ok(!cinplan.authorities().some((a) => a.id === 'kestrel-vale'));
  const loaded = cinplan.loadRuleset(JSON.parse(kestrelText));
  assert.deepEqual(loaded, { ok: true, id: 'kestrel-vale', errors: [] });
  for (const [name, want] of Object.entries(expected.plans)) {
    const report = cinplan.check(planOf(name), { authority: 'kestrel-vale', today: expected.today });
    assert.deepEqual(summary(report), { findings: want.findings, due: want.due, notMet: want.notMet }, name);
    assert.deepEqual(report.authority.ruleset, {
      format: 1,
      version: '1.0',
      builtIn: false,
      procedure: {
        title: "Children's Services Procedures Manual, 3.4 Child in Need Plans and Reviews",
        publisher: 'Kestrel Vale Council',
        version: '2.1',
        date: '2026-03-02',
        url: 'https://procedures.kestrel-vale.example/3-4-child-in-need-plans-and-reviews',
      },
    });
  }
  const listed = cinplan.authorities();
  const mine = listed.find((a) => a.id === 'kestrel-vale');
  assert.equal(mine.loaded, true);
  assert.equal(mine.version, '1.0');
  assert.equal(mine.document, mine.procedure.title);
  assert.ok(listed.filter((a) => a.id !== 'kestrel-vale').every((a) => a.loaded === false));
  assert.deepEqual(listed.map((a) => a.id), listed.map((a) => a.id).sort(), 'in order of id');
  // Its JSON text loads the same.
  assert.equal(cinplan.loadRuleset(kestrelText).ok, true);
});

test('every broken ruleset is refused with every problem at its path, and changes nothing', () => {
  cinplan.loadRuleset(kestrelText);
  const before = cinplan.check(planOf('weak.json'), { authority: 'kestrel-vale', today: expected.today });
  const cases = brokenCases();
  assert.ok(cases.length >= 40);
  for (const c of cases) {
    const result = cinplan.loadRuleset(c.text);
    assert.equal(result.ok, false, c.why);
    assert.deepEqual(result.errors.map((e) => e.path), c.errors, c.why);
    for (const e of result.errors) assert.ok(typeof e.message === 'string' && e.message.length > 5, c.why);
    if (c.says) assert.equal(result.errors[0].message, c.says, c.why);
  }
  // The working Kestrel Vale ruleset is still the one in use.
  const after = cinplan.check(planOf('weak.json'), { authority: 'kestrel-vale', today: expected.today });
  assert.deepEqual(after, before);
});

test('an id built into cinplan is refused unless replace: true', () => {
  const own = { ...JSON.parse(kestrelText), id: 'lewisham' };
  const refused = cinplan.loadRuleset(own);
  assert.equal(refused.ok, false);
  assert.equal(refused.id, 'lewisham');
  assert.deepEqual(refused.errors.map((e) => e.path), ['id']);
  assert.match(refused.errors[0].message, /built into cinplan/);
  let report = cinplan.check(planOf('good.json'), { authority: 'lewisham', today: expected.today });
  assert.equal(report.authority.ruleset.builtIn, true);

  assert.equal(cinplan.loadRuleset(own, { replace: true }).ok, true);
  report = cinplan.check(planOf('good.json'), { authority: 'lewisham', today: expected.today });
  assert.equal(report.authority.ruleset.builtIn, false);
  assert.equal(report.authority.name, 'Kestrel Vale Council (made up, for the guide)');
  const listed = cinplan.authorities().filter((a) => a.id === 'lewisham');
  assert.equal(listed.length, 1);
  assert.equal(listed[0].loaded, true);
});

test('loadRuleset never throws, whatever it is given', () => {
  const cyclic = { format: 1 };
  cyclic.self = cyclic;
  const getter = { get format() { throw new Error('boom'); } };
  let deep = {};
  for (let i = 0; i < 5000; i++) deep = { a: deep };
  const junk = [undefined, null, 42, true, 'not json', '', '{}', '[]', {}, [], cyclic, { n: 10n }, getter, deep, () => 1, Symbol('s'), 'x'.repeat(1_100_000)];
  for (const j of junk) {
    const result = cinplan.loadRuleset(j, j);
    assert.equal(result.ok, false);
    assert.ok(result.errors.length >= 1);
  }
  // Options that are not options are no options.
  assert.equal(cinplan.loadRuleset(kestrelText, 'replace').ok, true);
});
