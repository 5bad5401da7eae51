// A trainer's handout, printed from the page: what the example is, the checklist with why
// each item stands as it does, every finding with the procedure's own words and where they
// come from, the due dates, and the plan as the family reads it. Built just before
// printing; text nodes only.

import { STATUS_TAGS, dueLabel } from './compare.js';
import { el, renderPrintPlan, table } from './printview.js';
import { longDate } from './timeline.js';

const SEVERITY = { error: 'Must', warning: 'Should', info: 'Advice' };

const list = (v) => (Array.isArray(v) ? v : []);

/**
 * Fills `container`. `example`: the loaded example's description ({title, weakness, about})
 * or null; `authorityName`: the council's full name.
 */
export function renderHandout(container, { plan, report, authorityName, example }) {
  const parts = [];
  const head = el('header', null, 'print-handout__head');
  head.append(el('h1', example ? `Training handout: ${example.title}` : 'Training handout: a Child in Need plan'));
  const facts = [];
  if (authorityName) facts.push(`Checked against the procedure of ${authorityName}`);
  if (report && report.today) facts.push(`as it stands on ${longDate(report.today)}`);
  if (facts.length) head.append(el('p', `${facts.join(', ')}.`));
  if (example) {
    head.append(el('p', example.weakness ? `The weakness to find: ${example.weakness}.` : 'An exemplary plan: every item met.'));
    if (example.about) head.append(el('p', example.about));
  }
  parts.push(head);

  const checklist = list(report && report.checklist);
  if (checklist.length) {
    const s = el('section', null, 'print-handout__section');
    s.append(el('h2', 'The checklist'));
    const rows = checklist.map((c) => [c.label || c.item, STATUS_TAGS[c.status] || c.status, c.reason || '']);
    s.append(table('print-handout__table', ['Item', 'Status', 'Why'], rows));
    parts.push(s);
  }

  const findings = list(report && report.findings);
  const s = el('section', null, 'print-handout__section');
  s.append(el('h2', 'What the checker found, and what the procedure says'));
  if (!findings.length) s.append(el('p', 'Nothing: the plan meets every point of the procedure.'));
  else {
    const ol = el('ol', null, 'print-handout__findings');
    for (const f of findings) {
      const li = el('li');
      const p = el('p');
      p.append(el('strong', `${SEVERITY[f.severity] || 'Advice'}: `), f.message || '');
      li.append(p);
      if (f.quote) li.append(el('blockquote', f.quote));
      if (f.source) li.append(el('p', `Source: ${f.source}`, 'print-handout__source'));
      if (f.hint) li.append(el('p', `Suggestion: ${f.hint}`));
      ol.append(li);
    }
    s.append(ol);
  }
  parts.push(s);

  const due = list(report && report.due)
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (due.length) {
    const d = el('section', null, 'print-handout__section');
    d.append(el('h2', 'Due dates'));
    const ul = el('ul');
    for (const x of due) {
      const state = x.done ? ' (done)' : x.overdue ? ' (overdue)' : '';
      ul.append(el('li', `${dueLabel(x)}: ${longDate(x.date)}${state}. ${x.basis || ''}`.trim()));
    }
    d.append(ul);
    parts.push(d);
  }

  const planSection = el('section', null, 'print-handout__section print-handout__plan');
  planSection.append(el('h2', 'The plan'));
  const planBody = el('div');
  renderPrintPlan(planBody, plan, report, authorityName);
  planSection.append(planBody);
  parts.push(planSection);

  container.replaceChildren(...parts);
}
