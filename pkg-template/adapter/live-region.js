// A polite role="status" region that says which checklist items changed status, after a
// quiet moment, so a burst of keystrokes gives one announcement ("Contingency plan: now
// met"), not one per key.

import { h } from './dom.js';
import { STATUS_NOW, itemLabel } from './words.js';

const QUIET_MS = 700;

function statuses(report) {
  const m = new Map();
  for (const e of (report && Array.isArray(report.checklist) && report.checklist) || []) {
    if (e) m.set(e.item, { status: e.status, label: itemLabel(e) });
  }
  return m;
}

/** `current()`: the report to announce from when the moment comes (null: say nothing). */
export function createLiveRegion({ current }) {
  const node = h('div', { class: 'cin-visually-hidden', role: 'status', 'aria-live': 'polite' });
  let announced = null; // item → status as last announced
  let timer = null;

  function announce() {
    timer = null;
    const report = current();
    if (!report) return;
    const now = statuses(report);
    const parts = [];
    for (const [item, { status, label }] of now) {
      const before = announced.get(item);
      if (!before || before.status !== status) parts.push(`${label}: ${STATUS_NOW[status] || status}`);
    }
    announced = now;
    if (parts.length) node.textContent = `${parts.join('. ')}.`;
  }

  /** After each new report: the first one is the baseline; later ones are announced once quiet. */
  function update(report) {
    if (announced === null) {
      announced = statuses(report);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(announce, QUIET_MS);
  }

  function destroy() {
    clearTimeout(timer);
  }

  return { node, update, destroy };
}
