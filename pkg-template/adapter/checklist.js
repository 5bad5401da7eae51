// The checklist panel: one entry per report.checklist item (label, Met / Partly met / Not
// met tag, reason: for a met item, what meets it), each with its findings (severity,
// message linked to its field, hint, source, the procedure's own words). Entries are keyed
// by item, findings by rule and path: only what changed is drawn again.
//
// A calm first view: a finding is raised (red "Error:", amber "Warning:") only once its
// field has been left or the form submitted, as its inline message is; until then it is
// "To do", and an item with nothing raised is tagged "To do" in neutral colours, whatever
// its status. The status itself stays in the entry's class (`--notMet`).

import { h, syncList } from './dom.js';
import { STATUS_WORDS, itemLabel } from './words.js';

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Advice', todo: 'To do' };

/**
 * `raised(finding)`: whether a finding is shown as a problem yet (its field left, or the
 * form submitted).
 */
export function createChecklist({ heading, newId, links, raised }) {
  const titleId = newId('checklist-title');
  const rootId = newId('checklist');
  const caption = h('span', { class: 'cin-caption' });
  const list = h('ul', { class: 'cin-checklist__items' });
  const root = h(
    'section',
    { class: 'cin-checklist', id: rootId, 'aria-labelledby': titleId },
    heading('Plan checklist', { class: 'cin-heading', id: titleId }),
    caption,
    list,
  );
  // On a phone the checklist is a long way from the field being typed in: a bar at the foot
  // of the screen says how many items are met and links to it. attach() puts it in the page
  // only when asked (`checkbar: true`); its styles show it only on narrow screens.
  const bar = h('a', { class: 'cin-checkbar', href: `#${rootId}`, hidden: true });
  const items = new Map(); // item id → { head, node, findingList, findings (syncList cache) }

  function renderFinding({ f, href, calm }) {
    const sev = calm ? 'todo' : SEVERITY_WORDS[f.severity] ? f.severity : 'info';
    const message = href !== null ? links.link(f.path, href, f.message) : h('span', { text: f.message });
    const li = h(
      'li',
      { class: `cin-finding cin-finding--${sev}` },
      h('span', { class: `cin-finding__severity cin-finding__severity--${sev}`, text: `${SEVERITY_WORDS[sev]}:` }),
      ' ',
      message,
    );
    if (f.hint) li.appendChild(h('p', { class: 'cin-finding__hint', text: f.hint }));
    if (f.source) li.appendChild(h('p', { class: 'cin-finding__source' }, 'Source: ', h('cite', { text: f.source })));
    if (f.quote) {
      li.appendChild(
        h(
          'details',
          { class: 'cin-details' },
          h('summary', { class: 'cin-details__summary', text: 'What the procedure says' }),
          h('blockquote', { class: 'cin-details__quote', text: f.quote }),
        ),
      );
    }
    return li;
  }

  const findingKey = ({ f }) => `${f.rule}\u0000${f.path}`;
  const findingSig = ({ f, href, calm }) => [f.severity, f.message, f.hint, f.source, f.quote, href, calm].join('\u0000');

  /** Draws an entry's label, tag and reason again when they changed; its findings stay. */
  function updateHead(it, entry, calm) {
    const status = STATUS_WORDS[entry.status] ? entry.status : 'notMet';
    const label = itemLabel(entry);
    const head = `${status}\u0000${label}\u0000${entry.reason || ''}\u0000${calm}`;
    if (it.head === head) return;
    it.head = head;
    const tag = calm ? 'todo' : status;
    it.node.className = `cin-checklist__item cin-checklist__item--${status}${calm ? ' cin-checklist__item--todo' : ''}`;
    it.node.replaceChildren(
      h('span', { class: 'cin-checklist__label', text: label }),
      ' ',
      h('strong', { class: `cin-tag cin-tag--${tag}`, text: calm ? 'To do' : STATUS_WORDS[status] }),
      ...(entry.reason ? [h('p', { class: 'cin-checklist__reason', text: entry.reason })] : []),
    );
    if (it.findings.size) it.node.appendChild(it.findingList);
  }

  function update(report) {
    const authority = report.authority || {};
    caption.textContent = authority.name ? `Against the procedure of ${authority.name}` : '';
    const all = Array.isArray(report.findings) ? report.findings : [];
    const seen = new Set();
    let met = 0;
    let prev = null;
    for (const entry of Array.isArray(report.checklist) ? report.checklist : []) {
      if (!entry || seen.has(entry.item)) continue;
      seen.add(entry.item);
      if (entry.status === 'met') met += 1;
      let it = items.get(entry.item);
      if (!it) {
        it = { head: null, node: h('li', { 'data-cin-item': entry.item }), findingList: h('ul', { class: 'cin-findings' }), findings: new Map() };
        items.set(entry.item, it);
      }
      const findings = (Array.isArray(entry.findings) ? entry.findings : [])
        .map((i) => all[i])
        .filter(Boolean)
        .map((f) => ({ f, href: links.hrefFor(f.path), calm: f.severity !== 'info' && !raised(f) }));
      updateHead(it, entry, entry.status !== 'met' && findings.every((x) => x.f.severity === 'info' || x.calm));
      syncList(it.findingList, it.findings, findings, findingKey, findingSig, renderFinding);
      if (findings.length && it.findingList.parentNode !== it.node) it.node.appendChild(it.findingList);
      else if (!findings.length && it.findingList.parentNode) it.findingList.remove();
      const want = prev ? prev.nextSibling : list.firstChild;
      if (want !== it.node) list.insertBefore(it.node, want);
      prev = it.node;
    }
    for (const [item, it] of items) {
      if (!seen.has(item)) {
        it.node.remove();
        items.delete(item);
      }
    }
    const words = items.size ? `Checklist: ${met} of ${items.size} items met` : '';
    if (bar.textContent !== words) bar.textContent = words;
    bar.hidden = !items.size;
  }

  return { root, bar, update };
}
