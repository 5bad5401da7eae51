// The error summary (GOV.UK): after a submit (or check({ showAll: true })), "There is a
// problem" with a link per error, in the order of the fields on the page; the warnings in a
// list of their own, "Worth checking", so the summary holds only what must be put right. A
// finding whose path has no field is listed without a link. Items are keyed by rule and path.

import { h, syncList } from './dom.js';

function domOrder(a, b) {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function createErrorSummary({ heading, newId, links, resolve }) {
  /** One box: a heading and a list of links, hidden while empty. */
  function box(cls, title, attrs) {
    const list = h('ul', { class: `cin-list ${cls}__list` });
    const node = h('div', { class: cls, hidden: true, ...attrs }, heading(title, { class: `${cls}__title`, id: newId('summary-title') }), h('div', { class: `${cls}__body` }, list));
    return { node, list, entries: new Map() };
  }
  const errors = box('cin-error-summary', 'There is a problem', { tabindex: '-1' });
  const warnings = box('cin-warning-summary', 'Worth checking');
  const root = h('div', { class: 'cin-summaries' }, errors.node, warnings.node);

  const render = ({ f, href }) => h('li', {}, href !== null ? links.link(f.path, href, f.message) : h('span', { text: f.message }));

  function fill(b, items) {
    syncList(b.list, b.entries, items, ({ f }) => `${f.rule}\u0000${f.path}`, ({ f, href }) => `${f.message}\u0000${href}`, render);
    if (b.node.hidden !== (items.length === 0)) b.node.hidden = items.length === 0;
  }

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
    fill(
      errors,
      items.filter(({ f }) => f.severity === 'error'),
    );
    fill(
      warnings,
      items.filter(({ f }) => f.severity === 'warning'),
    );
  }

  return {
    root,
    update,
    /** Whether the error box is showing. */
    get showing() {
      return !errors.node.hidden;
    },
    focus: () => errors.node.focus(),
  };
}
