// The demo's own pure logic, without a browser: what the page says changed between two
// reports, and how the timeline lays dates out in weeks.

import { register } from 'node:module';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// The demo's modules import the package as the page does (/pkg/…): see pkg-paths.mjs.
register('./pkg-paths.mjs', import.meta.url);
const { compareReports, comparePlans, describeChanges, fieldName, summarise } = await import('../../www/compare.js');
const { buildCalendar } = await import('../../www/timeline.js');

const finding = (rule, path, message, severity = 'error') => ({ rule, path, message, severity, item: 'reviewPoints', source: 's' });

const reading = {
  authority: { id: 'reading' },
  today: '2026-11-22',
  checklist: [
    { item: 'reviewPoints', label: 'Review points', status: 'partial' },
    { item: 'contingency', label: 'Contingency plan', status: 'met' },
  ],
  findings: [
    finding('reviews.interval-max', 'reviews.frequency', 'Reviews are set every 8 weeks; Reading requires reviews at least every 6 weeks.'),
    finding('views.child', 'views.child', "Record the child's views.", 'warning'),
  ],
  due: [{ kind: 'nextReview', label: 'Next review', date: '2026-12-29', overdue: false, done: false, path: 'reviews.next', basis: '6 weeks after the review' }],
};

const westBerks = {
  authority: { id: 'west-berkshire' },
  today: '2026-11-22',
  checklist: [
    { item: 'reviewPoints', label: 'Review points', status: 'met' },
    { item: 'contingency', label: 'Contingency plan', status: 'met' },
  ],
  findings: [finding('views.child', 'views.child', "Record the child's views (West Berkshire).", 'warning')],
  due: [{ kind: 'nextReview', label: 'Next review', date: '2027-01-12', overdue: false, done: false, path: 'reviews.next', basis: '2 months after the review' }],
};

test('switching council: findings that go, findings whose words change, items and dates that move', () => {
  const diff = compareReports(reading, westBerks);
  assert.deepEqual(diff.checklist, [{ item: 'reviewPoints', label: 'Review points', from: 'partial', to: 'met' }]);
  assert.equal(diff.disappeared.length, 1);
  assert.equal(diff.disappeared[0].rule, 'reviews.interval-max');
  assert.equal(diff.appeared.length, 0);
  assert.equal(diff.changed.length, 1, 'same rule and field, other words');
  assert.equal(diff.due.length, 1);

  const lines = describeChanges(diff, 'for Reading', 'for West Berkshire');
  const texts = lines.map((l) => `${l.tag}: ${l.text} ${l.detail || ''}`);
  assert.ok(texts.includes('changed: Review points: partly met for Reading, met for West Berkshire. '), texts.join('\n'));
  assert.ok(texts.some((t) => t.startsWith('gone: Reviews are set every 8 weeks; Reading requires reviews at least every 6 weeks.')), texts.join('\n'));
  assert.ok(texts.some((t) => t.startsWith('changed: Next review: 29 Dec 2026 for Reading, 12 Jan 2027 for West Berkshire.')), texts.join('\n'));
  assert.ok(texts.some((t) => /For Reading it said: Record the child's views\./.test(t)), texts.join('\n'));

  const back = describeChanges(compareReports(westBerks, reading), 'for West Berkshire', 'for Reading');
  assert.ok(back.some((l) => l.tag === 'new' && /6 weeks/.test(l.text)));
});

test('the same report compared with itself has no changes', () => {
  const diff = compareReports(reading, structuredClone(reading));
  assert.deepEqual(describeChanges(diff, 'for Reading', 'for Reading'), []);
});

test('a date that becomes overdue is reported', () => {
  const later = structuredClone(reading);
  later.today = '2027-01-05';
  later.due[0].overdue = true;
  const lines = describeChanges(compareReports(reading, later), 'on Sunday 22 November 2026', 'on Tuesday 5 January 2027');
  assert.equal(lines.length, 1);
  assert.equal(lines[0].text, 'Next review (29 Dec 2026): due on Sunday 22 November 2026, overdue on Tuesday 5 January 2027. Overdue.');
});

test('several dates of one kind at one place are told apart by their labels', () => {
  const escalations = (date) => ({
    ...reading,
    due: ['Case-mapping (5 months)', 'Case-mapping meeting (6 months)', 'Senior oversight (9 months)'].map((label, i) => ({
      kind: 'escalationReview',
      label,
      path: 'dates.planStart',
      date: i === 1 ? date : `2027-0${3 + i}-01`,
      overdue: false,
      done: false,
    })),
  });
  const lines = describeChanges(compareReports(escalations('2027-04-01'), escalations('2027-04-08')), 'for Lewisham', 'for Lewisham now');
  assert.deepEqual(lines.map((l) => l.text), ['Case-mapping meeting (6 months): 1 Apr 2027 for Lewisham, 8 Apr 2027 for Lewisham now.']);
});

test('two plans side by side: each field that differs, named from the core\'s labels', () => {
  const fields = [
    { path: 'contingency', label: 'contingency plan' },
    { path: 'outcomes.*.actions.*.owner', label: 'who does the action' },
    { path: 'reviews.next', label: 'date of the next review' },
  ];
  const good = { example: { title: 'x' }, contingency: 'Call a review', reviews: { next: '2026-12-18' }, outcomes: [{ actions: [{ owner: 'Mum' }] }] };
  const weak = { example: { title: 'y' }, reviews: { next: '2027-01-01' }, outcomes: [{ actions: [{ owner: 'Mum' }, { owner: 'School' }] }] };
  assert.deepEqual(comparePlans(good, weak, fields), [
    { path: 'contingency', name: 'Contingency plan', a: 'Call a review', b: '', tag: 'missing' },
    { path: 'reviews.next', name: 'Date of the next review', a: '18 Dec 2026', b: '1 Jan 2027', tag: 'changed' },
    { path: 'outcomes.0.actions.1.owner', name: 'Who does the action (outcome 1, action 2)', a: '', b: 'School', tag: 'added' },
  ]);
  assert.equal(fieldName('meetings.0.chair.name', new Map([['meetings.*.chair.name', "chair's name"]])), "Chair's name (meeting 1)");
  assert.deepEqual(comparePlans(good, structuredClone(good), fields), []);
});

test('missing or malformed reports do not throw', () => {
  assert.deepEqual(describeChanges(compareReports(null, reading), 'a', 'b'), []);
  assert.deepEqual(describeChanges(compareReports({}, { findings: 'x' }), 'a', 'b'), []);
  assert.equal(summarise({}), '0 of 0 checklist items met.');
  assert.equal(summarise(reading), '1 of 2 checklist items met; 1 thing to put right; 1 point worth checking.');
});

test('the calendar runs from the week before today to past the last due date, in whole weeks', () => {
  const cal = buildCalendar(
    {
      today: '2026-11-22',
      due: [
        { kind: 'nextVisit', date: '2026-11-04', overdue: true, done: false },
        { kind: 'nextReview', date: '2026-12-29', overdue: false, done: false },
        { kind: 'assessmentUpdate', date: '2027-09-01', overdue: false, done: false },
      ],
    },
    { holidays: [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-28', name: 'Boxing Day (substitute day)' }] },
  );
  assert.equal(cal.start, '2026-11-02', 'a Monday, in time to show the overdue visit');
  assert.equal(new Date(`${cal.end}T00:00:00Z`).getUTCDay(), 0, 'ends on a Sunday');
  assert.ok(cal.end < '2027-09-01', 'at most 26 weeks ahead');
  assert.deepEqual(cal.outside.map((d) => d.kind), ['assessmentUpdate']);
  const days = cal.weeks.flatMap((w) => w.days);
  assert.equal(days.length % 7, 0);
  assert.equal(days.find((d) => d.today).iso, '2026-11-22');
  assert.equal(days.find((d) => d.iso === '2026-12-28').holiday, 'Boxing Day (substitute day)');
  assert.equal(days.find((d) => d.iso === '2026-11-04').events[0].kind, 'nextVisit');
  assert.ok(days.find((d) => d.iso === '2026-11-22').weekend, '22 November 2026 is a Sunday');
});

test('the calendar shows at least twelve weeks ahead, and nothing for a report without a date', () => {
  const cal = buildCalendar({ today: '2026-11-22', due: [] });
  assert.ok(cal.weeks.length >= 13);
  assert.equal(buildCalendar({ due: [] }), null);
  assert.equal(buildCalendar(null), null);
});
