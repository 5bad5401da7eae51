// The plan as the family reads it: plain words, no form boxes, no checker jargon. Built
// from the plan (read from the form) just before printing; text nodes only.

import { dueLabel } from './compare.js';
import { longDate } from './timeline.js';

const UNIT_WORDS = {
  days: ['day', 'days'],
  workingDays: ['working day', 'working days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

/** An element with a class and text (a text node: never markup). */
export function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

/** A table with column headings and one row of cells (texts) for each item of `rows`. */
export function table(cls, headings, rows) {
  const t = el('table', null, cls);
  const hr = el('tr');
  for (const h of headings) {
    const th = el('th', h);
    th.scope = 'col';
    hr.append(th);
  }
  const thead = el('thead');
  thead.append(hr);
  const tbody = el('tbody');
  for (const cells of rows) {
    const tr = el('tr');
    tr.append(...cells.map((c) => el('td', c)));
    tbody.append(tr);
  }
  t.append(thead, tbody);
  return t;
}

const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const arr = (v) => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : []);
const date = (v) => (str(v) ? longDate(v) : null);

function every(freq) {
  if (!freq || typeof freq !== 'object') return null;
  const n = Number(freq.every);
  const words = UNIT_WORDS[freq.unit];
  if (!Number.isFinite(n) || n <= 0 || !words) return null;
  return n === 1 ? `every ${words[0]}` : `every ${n} ${words[1]}`;
}

function section(title, ...children) {
  const s = el('section', null, 'print-plan__section');
  s.append(el('h2', title));
  for (const c of children) if (c) s.append(c);
  return s;
}

function para(text) {
  return str(text) ? el('p', text) : null;
}

function labelled(label, value) {
  if (!str(value)) return null;
  const p = el('p');
  p.append(el('strong', `${label}: `), value);
  return p;
}

/** Fills `container` with the family-readable plan. */
export function renderPrintPlan(container, plan, report, authorityName) {
  const p = plan && typeof plan === 'object' ? plan : {};
  const child = p.child || {};
  const name = str(child.name);
  const parts = [];

  const head = el('header', null, 'print-plan__head');
  head.append(el('h1', name ? `Child in Need plan for ${name}` : 'Child in Need plan'));
  head.append(
    para(
      'This plan was made with you. It says what we are worried about, what we want to change, who will help, ' +
        'and when we will meet to see how things are going.',
    ),
  );
  const facts = el('dl', null, 'print-plan__facts');
  const fact = (k, v) => {
    if (!v) return;
    facts.append(el('dt', k), el('dd', v));
  };
  fact('Child', name);
  fact('Date of birth', date(child.dateOfBirth));
  fact('Plan started', date(p.dates && p.dates.planStart));
  const lp = p.leadProfessional || {};
  fact('Lead professional', [str(lp.name), str(lp.role), str(lp.agency)].filter(Boolean).join(', ') || null);
  const co = p.coordinator || {};
  fact('Coordinator or chair', [str(co.name), str(co.role)].filter(Boolean).join(', ') || null);
  if (facts.children.length) head.append(facts);
  parts.push(head);

  const views = p.views || {};
  if (str(views.child) || str(views.parents)) {
    parts.push(
      section(
        'What you told us',
        labelled(name ? `${name.split(/\s+/)[0]} said` : 'The child said', views.child),
        labelled('Parents or carers said', views.parents),
      ),
    );
  }

  if (str(p.strengths) || str(p.worries)) {
    parts.push(section('What is going well and what we are worried about', labelled('Going well', p.strengths), labelled('Worries', p.worries)));
  }

  const needs = arr(p.needs).filter((n) => str(n.description));
  if (needs.length) {
    const ul = el('ul');
    for (const n of needs) ul.append(el('li', n.description));
    parts.push(section('What needs to change', ul));
  }

  const outcomes = arr(p.outcomes).filter((o) => str(o.description) || arr(o.actions).length);
  if (outcomes.length) {
    const s = section('What we want to see, and who will do what');
    outcomes.forEach((o, i) => {
      const art = el('div', null, 'print-plan__outcome');
      art.append(el('h3', str(o.description) || `Goal ${i + 1}`));
      const m = labelled('How we will know', o.measure);
      if (m) art.append(m);
      const by = date(o.targetDate);
      if (by) art.append(labelled('By', by));
      const actions = arr(o.actions).filter((a) => str(a.description));
      if (actions.length) {
        const rows = actions.map((a) => [a.description, str(a.owner) || '—', date(a.due) || '—']);
        art.append(table('print-plan__actions', ['What will happen', 'Who', 'By when'], rows));
      }
      s.append(art);
    });
    parts.push(s);
  }

  const services = arr(p.services).filter((s) => str(s.name));
  if (services.length) {
    const ul = el('ul');
    for (const s of services) {
      const bits = [s.name.trim()];
      if (str(s.provider)) bits.push(`from ${s.provider.trim()}`);
      const li = el('li', bits.join(' '));
      if (str(s.purpose)) li.append(`: ${s.purpose.trim().replace(/[.;,]+$/, '')}.`);
      ul.append(li);
    }
    parts.push(section('Help and services', ul));
  }

  const contacts = arr(p.contacts).filter((c) => str(c.who));
  const visits = p.visits || {};
  const visitWords = every(visits.frequency);
  if (contacts.length || visitWords || str(lp.responsibilities)) {
    const s = section('Who will see you, and how often');
    if (str(lp.name) && visitWords) s.append(para(`${lp.name.trim()} will visit ${visitWords}.`));
    if (str(lp.responsibilities)) s.append(para(lp.responsibilities));
    if (contacts.length) {
      const ul = el('ul');
      for (const c of contacts) {
        let text = c.who.trim();
        if (str(c.role)) text += ` (${c.role.trim()})`;
        if (str(c.nature)) text += `: ${c.nature.trim().replace(/[.;,]+$/, '')}`;
        const f = every(c.frequency);
        if (f) text += `, ${f}`;
        ul.append(el('li', `${text}.`));
      }
      s.append(ul);
    }
    parts.push(s);
  }

  if (str(p.contingency)) parts.push(section('If things change or the plan is not working', para(p.contingency)));

  const reviews = p.reviews || {};
  const reviewBits = [];
  if (date(reviews.next)) reviewBits.push(para(`The next review is on ${date(reviews.next)}.`));
  const rw = every(reviews.frequency);
  if (rw) reviewBits.push(para(`We will meet to review the plan ${rw}.`));
  if (str(reviews.means)) reviewBits.push(labelled('How we will judge progress', reviews.means));
  const upcoming = (report && Array.isArray(report.due) ? report.due : []).filter(
    (d) =>
      !d.done &&
      ['nextReview', 'nextVisit', 'planCopiesSent', 'minutesDistributed'].includes(d.kind) &&
      !(d.kind === 'nextReview' && date(reviews.next)),
  );
  if (upcoming.length) {
    const ul = el('ul');
    for (const d of upcoming) ul.append(el('li', `${dueLabel(d)}: by ${longDate(d.date)}`));
    reviewBits.push(ul);
  }
  if (reviewBits.length) parts.push(section('When we will check how things are going', ...reviewBits));

  const foot = el('footer', null, 'print-plan__foot');
  const bits = [];
  if (authorityName) bits.push(`Written under the Child in Need procedure of ${authorityName}.`);
  if (report && report.today) bits.push(`Printed for ${longDate(report.today)}.`);
  if (bits.length) foot.append(para(bits.join(' ')));
  parts.push(foot);

  container.replaceChildren(...parts);
}
