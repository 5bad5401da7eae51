// Whatever a page passes in, check() answers with a report and never throws; what is not a
// plan comes back as input.invalid findings at the path of the bad part.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, TODAY, invalid, loadPackage } from './helpers.mjs';

const cinplan = loadPackage();
const OPTIONS = { authority: 'reading', today: TODAY };
const good = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/plans/complete.json'), 'utf8'));

function assertReport(report) {
  assert.equal(typeof report, 'object');
  assert.notEqual(report, null);
  for (const key of ['checklist', 'findings', 'due']) assert.ok(Array.isArray(report[key]), key);
  assert.equal(typeof report.authority, 'object');
}

function checkNoThrow(plan, ...rest) {
  // check(plan) with no options at all is one of the junk cases, so no default here.
  const options = rest.length ? rest[0] : OPTIONS;
  let report;
  assert.doesNotThrow(() => {
    report = cinplan.check(plan, options);
  });
  assertReport(report);
  return report;
}

function deep(levels) {
  let v = {};
  for (let i = 0; i < levels; i++) v = { child: v };
  return v;
}

// (Through a member the plan format has: one in a part that is not read is not looked at.)
const cyclic = { child: { name: 'Amira' } };
cyclic.child.child = cyclic;

const throwingGetter = {
  get child() {
    throw new Error('boom');
  },
};

const notPlans = [
  ['a number', 42, ''],
  ['an array', [1, 2, 3], ''],
  ['the string "abc" (not JSON)', 'abc', ''],
  ['true', true, ''],
  ['null', null, ''],
  ['undefined', undefined, ''],
  ['an empty string', '', ''],
  ['a function', () => 1, ''],
  ['a symbol', Symbol('x'), ''],
  ['an object nested 5000 levels deep', deep(5000), ''],
  ['JSON text nested 100000 levels deep', '['.repeat(100000) + ']'.repeat(100000), ''],
  ['a cyclic object', cyclic, ''],
  ['an object holding a BigInt where text belongs', { child: { name: 10n } }, 'child.name'],
  ['an object whose getter throws', throwingGetter, ''],
  [
    'a Proxy whose traps throw',
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    ),
    '',
  ],
];

for (const [what, plan, pathWanted] of notPlans) {
  test(`check() on ${what} gives input.invalid at "${pathWanted}" and does not throw`, () => {
    const report = checkNoThrow(plan);
    const bad = invalid(report);
    assert.ok(bad.length > 0, JSON.stringify(report.findings.slice(0, 3)));
    assert.ok(
      bad.some((f) => f.path === pathWanted),
      `paths: ${bad.map((f) => JSON.stringify(f.path)).join(', ')}`,
    );
    for (const f of bad) assert.equal(f.severity, 'error');
  });
}

test('wrong types inside a plan are reported at their own paths, the rest is still checked', () => {
  const plan = structuredClone(good);
  plan.outcomes[0].targetDate = '31/02/2027';
  plan.leadProfessional = 7;
  const report = checkNoThrow(plan);
  const paths = invalid(report).map((f) => f.path);
  assert.ok(paths.includes('outcomes.0.targetDate'), paths.join(', '));
  assert.ok(paths.includes('leadProfessional'), paths.join(', '));
  assert.ok(report.due.length > 0, 'due dates are still worked out from the valid fields');
});

test('a 9 MB text field is answered without throwing and without echoing it', () => {
  const plan = structuredClone(good);
  plan.contingency = 'x'.repeat(9_000_000);
  for (const input of [plan, JSON.stringify(plan)]) {
    const report = checkNoThrow(input);
    const size = JSON.stringify(report).length;
    assert.ok(size < 1024 * 1024, `report is ${size} characters`);
  }
});

const badOptions = [
  ['undefined options', undefined, ['authority', 'today']],
  ['null options', null, ['authority', 'today']],
  ['options that are a string', 'reading', ['authority', 'today']],
  ['an unknown authority', { authority: 'atlantis', today: TODAY }, ['authority']],
  ['an authority that is a number', { authority: 3, today: TODAY }, ['authority']],
  ['no today', { authority: 'reading' }, ['today']],
  ['today as DD/MM/YYYY', { authority: 'reading', today: '22/11/2026' }, ['today']],
  ['an impossible today', { authority: 'reading', today: '2026-02-30' }, ['today']],
  ['today as a Date object', { authority: 'reading', today: new Date(2026, 10, 22) }, ['today']],
  [
    'options whose getter throws',
    {
      get authority() {
        throw new Error('boom');
      },
      today: TODAY,
    },
    ['authority'],
  ],
];

for (const [what, options, paths] of badOptions) {
  test(`check() with ${what} gives input.invalid at ${paths.join(' and ')}, no made-up deadlines`, () => {
    const report = checkNoThrow(good, options);
    assert.deepEqual(invalid(report).map((f) => f.path).sort(), [...paths].sort());
    assert.deepEqual(report.due, [], 'no deadline is computed for a guessed authority or date');
    assert.deepEqual(report.checklist, []);
    assert.ok(invalid(report).every((f) => f.message.length > 0));
  });
}

test('an unknown authority is named in the message with the ones that exist', () => {
  const report = checkNoThrow(good, { authority: 'atlantis', today: TODAY });
  const [finding] = invalid(report);
  assert.match(finding.message, /atlantis/);
  assert.match(finding.message, /reading/);
  assert.equal(report.authority.id, 'atlantis');
  assert.equal(report.today, TODAY);
});

test('after all the junk the module still answers a good plan normally', () => {
  for (const [, plan] of notPlans) cinplan.check(plan, OPTIONS);
  const report = checkNoThrow(good);
  assert.equal(invalid(report).length, 0);
  assert.equal(report.findings.filter((f) => f.severity === 'error').length, 0);
  assert.ok(report.checklist.every((c) => c.status === 'met'));
});

test('authorities() and version() describe the package', () => {
  const list = cinplan.authorities();
  // One authority per file in rulesets/, no more, no fewer.
  const files = readdirSync(path.join(ROOT, 'rulesets')).filter((f) => f.endsWith('.json') && f !== 'schema.json');
  assert.ok(files.length > 0);
  assert.deepEqual(list.map((a) => a.id).sort(), files.map((f) => f.slice(0, -'.json'.length)).sort());
  for (const a of list) {
    for (const key of ['id', 'name', 'shortName', 'source', 'document']) {
      assert.equal(typeof a[key], 'string', `${a.id}.${key}`);
      assert.ok(a[key].length > 0, `${a.id}.${key}`);
    }
  }
  const cargo = readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(cinplan.version(), cargo.match(/^version = "(.*)"/m)[1]);
});

test('check(plan) with no options argument at all gives input.invalid, not an exception', () => {
  let report;
  assert.doesNotThrow(() => {
    report = cinplan.check(good);
  });
  assertReport(report);
  assert.deepEqual(invalid(report).map((f) => f.path).sort(), ['authority', 'today']);
});
