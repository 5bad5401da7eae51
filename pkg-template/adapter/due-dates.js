// The due dates panel: the report's label ("Minutes of the review meeting on 17 Nov 2026
// sent out"), the date written out ("Tuesday 17 November 2026"), a Done or Overdue tag, the
// basis and the source, sorted by date. Entries are keyed by kind, path and label.

import { h, syncList } from './dom.js';
import { dueLabel, formatDate } from './words.js';

export function createDueDates({ heading, newId }) {
  const titleId = newId('due-title');
  const list = h('ul', { class: 'cin-due__items' });
  const empty = h('p', { class: 'cin-hint', text: 'No dates yet: they appear as the plan’s dates are filled in.' });
  const root = h('section', { class: 'cin-due', 'aria-labelledby': titleId }, heading('Due dates', { class: 'cin-heading', id: titleId }), empty, list);
  const entries = new Map();

  function render(d) {
    const flag = d.done
      ? h('strong', { class: 'cin-tag cin-tag--met', text: 'Done' })
      : d.overdue
        ? h('strong', { class: 'cin-tag cin-tag--notMet', text: 'Overdue' })
        : null;
    return h(
      'li',
      { class: `cin-due__item${d.overdue && !d.done ? ' cin-due__item--overdue' : ''}`, 'data-cin-due': d.kind },
      h('span', { class: 'cin-due__kind', text: dueLabel(d) }),
      ' ',
      h('time', { class: 'cin-due__date', datetime: d.date, text: formatDate(d.date) }),
      flag ? ' ' : null,
      flag,
      d.basis ? h('p', { class: 'cin-due__basis', text: d.basis }) : null,
      d.source ? h('p', { class: 'cin-finding__source' }, 'Source: ', h('cite', { text: d.source })) : null,
    );
  }

  function update(report) {
    const due = (Array.isArray(report.due) ? report.due : []).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (empty.hidden !== due.length > 0) empty.hidden = due.length > 0;
    syncList(
      list,
      entries,
      due,
      (d) => `${d.kind}\u0000${d.path}\u0000${d.label}`,
      (d) => [d.date, !!d.done, !!d.overdue, d.basis, d.source].join('\u0000'),
      render,
    );
  }

  return { root, update };
}
