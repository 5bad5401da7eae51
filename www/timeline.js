// The due-date timeline: an ordered list of the report's dates (the accessible version)
// and a calendar of weeks with the dates marked, today outlined, overdue dates in red,
// weekends shaded and bank holidays named when they are known.
//
// buildCalendar is pure (tested in Node); renderTimeline draws it with text nodes only.

import { dueLabel, shortDate } from './compare.js';

const DAY = 86400000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function parseIso(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1) return null;
  return t;
}

export function toIso(t) {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Monday (0) … Sunday (6). */
function weekday(t) {
  return (new Date(t).getUTCDay() + 6) % 7;
}

export function longDate(iso) {
  const t = parseIso(iso);
  if (t === null) return String(iso);
  const d = new Date(t);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * Lays the report's due dates out in weeks.
 * The calendar starts the week before today (earlier if something is overdue, at most
 * `maxBackWeeks` back) and runs at least `minWeeks` past today, further to reach the
 * last due date, at most `maxWeeks`. Dates outside that stay in `outside`.
 * `holidays`: [{date, name}] (England and Wales bank holidays), may be empty.
 */
export function buildCalendar(report, { holidays = [], minWeeks = 12, maxWeeks = 26, maxBackWeeks = 8 } = {}) {
  const today = parseIso(report && report.today);
  if (today === null) return null;
  const due = (Array.isArray(report.due) ? report.due : []).filter((d) => parseIso(d.date) !== null);
  const times = due.map((d) => parseIso(d.date));
  const pending = due.filter((d) => !d.done).map((d) => parseIso(d.date));
  const earliest = pending.length ? Math.min(...pending) : today;
  const latest = times.length ? Math.max(...times) : today;

  let start = Math.max(Math.min(today - 7 * DAY, earliest), today - maxBackWeeks * 7 * DAY);
  start -= weekday(start) * DAY;
  let end = Math.min(Math.max(today + (minWeeks * 7 - 1) * DAY, latest), today + maxWeeks * 7 * DAY);
  end += (6 - weekday(end)) * DAY;

  const hol = new Map();
  for (const h of Array.isArray(holidays) ? holidays : []) {
    if (h && parseIso(h.date) !== null) hol.set(h.date, h.name || 'Bank holiday');
  }
  const byDate = new Map();
  const outside = [];
  for (const d of due) {
    const t = parseIso(d.date);
    if (t < start || t > end) {
      outside.push(d);
      continue;
    }
    if (!byDate.has(d.date)) byDate.set(d.date, []);
    byDate.get(d.date).push(d);
  }

  const weeks = [];
  for (let monday = start; monday <= end; monday += 7 * DAY) {
    const days = [];
    for (let i = 0; i < 7; i++) {
      const t = monday + i * DAY;
      const iso = toIso(t);
      days.push({
        iso,
        day: new Date(t).getUTCDate(),
        month: new Date(t).getUTCMonth(),
        weekend: i >= 5,
        holiday: hol.get(iso) || null,
        today: t === today,
        past: t < today,
        events: byDate.get(iso) || [],
      });
    }
    weeks.push({ monday: toIso(monday), days });
  }
  return { start: toIso(start), end: toIso(end), today: toIso(today), weeks, outside };
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function stateOf(d) {
  if (d.done) return 'done';
  if (d.overdue) return 'overdue';
  return 'due';
}

const STATE_WORDS = { done: 'Done', overdue: 'Overdue', due: 'Due' };

/**
 * Draws the timeline. `els`: { list, body, caption, note, intro, legendHoliday }.
 * `holidays` may be empty: then the note says they are not marked.
 */
export function renderTimeline(els, report, holidays) {
  const cal = report ? buildCalendar(report, { holidays }) : null;
  const due = (report && Array.isArray(report.due) ? report.due : [])
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  els.list.replaceChildren(
    ...due.map((d) => {
      const li = el('li', `timeline__item timeline__item--${stateOf(d)}`);
      li.dataset.kind = d.kind;
      const state = stateOf(d);
      li.append(el('strong', `tag tag--${state}`, STATE_WORDS[state]), ' ');
      li.append(el('span', 'timeline__kind', dueLabel(d)), ': ');
      const time = el('time', 'timeline__date', longDate(d.date));
      time.dateTime = d.date;
      li.append(time);
      if (d.basis) li.append(el('span', 'timeline__basis', d.basis));
      return li;
    }),
  );
  if (!due.length) els.list.append(el('li', 'hint', 'No dates yet: they appear once the plan has its key dates (plan start, meetings, visits, reviews).'));

  if (!cal) {
    els.body.replaceChildren();
    els.caption.textContent = 'Calendar';
    return;
  }
  const startT = parseIso(cal.start);
  const endT = parseIso(cal.end);
  const sd = new Date(startT);
  const ed = new Date(endT);
  els.caption.textContent = `Calendar from Monday ${sd.getUTCDate()} ${MONTHS[sd.getUTCMonth()]} ${sd.getUTCFullYear()} to Sunday ${ed.getUTCDate()} ${MONTHS[ed.getUTCMonth()]} ${ed.getUTCFullYear()}`;

  els.body.replaceChildren(
    ...cal.weeks.map((w) => {
      const tr = el('tr');
      const th = el('th', null, `w/c ${shortDate(w.monday)}`);
      th.scope = 'row';
      tr.append(th);
      for (const d of w.days) {
        const td = el('td', 'day');
        if (d.weekend) td.classList.add('day--weekend');
        if (d.holiday) td.classList.add('day--holiday');
        if (d.today) td.classList.add('day--today');
        td.dataset.date = d.iso;
        const num = el('span', 'day__num', d.day === 1 ? `${d.day} ${SHORT_MONTHS[d.month]}` : String(d.day));
        td.append(num);
        if (d.today) td.append(el('span', 'day__holiday', 'Today'));
        if (d.holiday) td.append(el('span', 'day__holiday', d.holiday));
        for (const ev of d.events) {
          const state = stateOf(ev);
          const s = el('span', `day__event day__event--${state}`, dueLabel(ev));
          s.dataset.kind = ev.kind;
          if (state !== 'due') s.append(el('span', 'visually-hidden', ` (${STATE_WORDS[state].toLowerCase()})`));
          td.append(s);
        }
        tr.append(td);
      }
      return tr;
    }),
  );

  const notes = [];
  if (cal.outside.length) {
    notes.push(`${cal.outside.length === 1 ? 'One date falls' : `${cal.outside.length} dates fall`} outside the calendar: see the list above.`);
  }
  if (!holidays || !holidays.length) {
    // The report lists the holidays in the span of its due dates; none there is worth saying.
    notes.push('No bank holidays fall between these dates.');
  }
  els.note.textContent = notes.join(' ');
  if (els.legendHoliday) els.legendHoliday.hidden = !holidays || !holidays.length;
}
