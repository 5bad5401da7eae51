// A polite role="status" region that says, after a quiet moment, what the practitioner's
// own change did to the checklist: "Contingency plan: now met" for one item, one summary
// ("6 of 8 checklist items met.") when several changed at once. A burst of keystrokes
// gives one announcement, not one per key; a check the page asks for itself (check(),
// setAuthority(), setToday(): loading a plan, switching council) says nothing, since the
// page says what it did in its own words.

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
    const changed = [];
    for (const [item, { status, label }] of now) {
      const before = announced.get(item);
      if (!before || before.status !== status) changed.push(`${label}: ${STATUS_NOW[status] || status}`);
    }
    announced = now;
    if (changed.length === 1) node.textContent = `${changed[0]}.`;
    else if (changed.length > 1) {
      const met = [...now.values()].filter((e) => e.status === 'met').length;
      node.textContent = `${met} of ${now.size} checklist items met.`;
    }
  }

  /** After a report that the practitioner's typing brought: announced once quiet. */
  function update(report) {
    if (announced === null) {
      announced = statuses(report);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(announce, QUIET_MS);
  }

  /** After a report the page asked for: the new starting point, nothing said. */
  function reset(report) {
    clearTimeout(timer);
    timer = null;
    announced = statuses(report);
  }

  function destroy() {
    clearTimeout(timer);
  }

  return { node, update, reset, destroy };
}
