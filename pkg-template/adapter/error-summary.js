// The error summary (GOV.UK): after a submit (or check({ showAll: true })), "There is a
// problem" with a link per error and warning, in the order of the fields on the page. A
// finding whose path has no field is listed without a link. Items are keyed by rule and path.

import { h, syncList } from './dom.js';

function domOrder(a, b) {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function createErrorSummary({ heading, newId, links, resolve }) {
  const title = heading('There is a problem', { class: 'cin-error-summary__title', id: newId('summary-title') });
  const list = h('ul', { class: 'cin-list cin-error-summary__list' });
  const root = h('div', { class: 'cin-error-summary', tabindex: '-1', hidden: true }, title, h('div', { class: 'cin-error-summary__body' }, list));
  const entries = new Map();
  let hasError = true;

  const render = ({ f, href }) => {
    const parts = f.severity === 'warning' ? [h('span', { class: 'cin-error-summary__prefix', text: 'Warning:' }), ` ${f.message}`] : [f.message];
    return h('li', { class: `cin-error-summary__item--${f.severity}` }, href !== null ? links.link(f.path, href, ...parts) : h('span', {}, ...parts));
  };

  /** `shown`: false until the form has been submitted (or every message asked for). */
  function update(report, shown) {
    const items = [];
    if (shown) {
      for (const f of Array.isArray(report.findings) ? report.findings : []) {
        if (f.severity !== 'error' && f.severity !== 'warning') continue;
        const binding = resolve(f.path);
        items.push({ f, href: links.hrefFor(f.path), first: binding && binding.els[0] });
      }
      items.sort((a, b) => domOrder(a.first, b.first));
    }
    const error = items.some(({ f }) => f.severity === 'error');
    if (error !== hasError) {
      hasError = error;
      title.textContent = error ? 'There is a problem' : 'Check the plan';
      root.classList.toggle('cin-error-summary--warnings', !error);
    }
    syncList(list, entries, items, ({ f }) => `${f.rule}\u0000${f.path}`, ({ f, href }) => `${f.severity}\u0000${f.message}\u0000${href}`, render);
    if (root.hidden !== (items.length === 0)) root.hidden = items.length === 0;
  }

  return { root, update, focus: () => root.focus() };
}
