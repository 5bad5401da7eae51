// attach(): wires the form reader, the core and the panels to a form's events.
//
// A keystroke re-reads only its own field and updates the plan at its path; the whole form
// is read again only when rows or fields may have changed (elements added or removed, or an
// attribute the mapping reads changed), on submit and on check(). Each panel then updates
// only the entries whose words changed. When focus moves (and when the page is shown again
// from the browser's history) every known field's value is read again, so values set by
// script without an event (a restored draft, autofill) are checked too.

import { checkPlan, planTypes, ready } from './core.js';
import { createChecklist } from './checklist.js';
import { h, isTextField } from './dom.js';
import { createDueDates } from './due-dates.js';
import { createErrorSummary } from './error-summary.js';
import { createFieldLinks } from './field-links.js';
import { createFormReader, resolveForm } from './form-reader.js';
import { createInlineMessages } from './inline-messages.js';
import { createLiveRegion } from './live-region.js';
import { logOnce } from './log.js';
import { createMessages } from './messages.js';
import { useRuleset } from './ruleset.js';
import { createSmartMarks } from './smart-marks.js';
import { localToday } from './words.js';

// Attributes that can change which element is which field or row: a change to one of
// them (by the page, on an element inside the form) means the form is read again in full.
const STRUCTURE_ATTRIBUTES = ['hidden', 'id', 'name', 'type', 'multiple', 'data-cin-path', 'data-cin-list', 'data-cin-row', 'data-cin-type', 'data-cin-part'];

let attachCount = 0;

/**
 * Attach the checker to a form. Resolves to a handle: { check(), setAuthority(id), setToday(date), detach(), report, plan, form }.
 * `options.ruleset` (an object or JSON text) checks against a council's own ruleset; the
 * promise rejects with a RulesetError (its `errors`: every problem, at its path) when the
 * ruleset cannot be used.
 */
export async function attach(formOrSelector, options = {}) {
  const form = resolveForm(formOrSelector);
  await ready();
  let authority = options.authority;
  if (options.ruleset != null) {
    // A council's own ruleset, given as data (ruleset.js): its id is the authority unless
    // one is named. A ruleset the core refuses rejects attach() with every problem listed.
    const id = useRuleset(options.ruleset, options);
    authority = authority || id;
  }

  const uid = `cin${++attachCount}`;
  let idCounter = 0;
  const newId = (what) => `${uid}-${what}-${++idCounter}`;

  const state = {
    authority,
    today: options.today,
    mode: options.mode === 'onSubmit' ? 'onSubmit' : 'live',
    headingLevel: Math.min(6, Math.max(1, Number(options.headingLevel) || 2)),
    report: null,
    submitted: false,
    attached: true,
  };
  const touched = new WeakSet(); // fields the practitioner has left
  const typing = new Set(); // fields being typed in
  const reader = createFormReader(form, {
    mapping: options.mapping,
    typeOf: planTypes(),
    // A half-filled date goes to the check once its boxes have been left, or on submit.
    settled: (b) => state.submitted || b.els.some((e) => touched.has(e)),
  });
  let stale = true; // fields or rows may have changed since the last full read
  const ownWords = createMessages(options.messages);

  // --- the panels ------------------------------------------------------------------------
  const heading = (text, attrs) => h(`h${state.headingLevel}`, attrs, text);
  const links = createFieldLinks(form, reader.resolve);
  const summary = createErrorSummary({ heading, newId, links, resolve: reader.resolve });
  /** Whether a finding is shown as a problem yet: its field left, or the form submitted. */
  const raised = (f) => {
    if (state.submitted) return true;
    if (state.mode !== 'live') return false;
    const b = reader.resolve(f.path);
    return !!b && b.els.some((e) => touched.has(e));
  };
  const checklist = createChecklist({ heading, newId, links, raised });
  const liveRegion = createLiveRegion({ current: () => (state.attached ? state.report : null) });
  checklist.root.appendChild(liveRegion.node);
  const due = createDueDates({ heading, newId });
  const inline = createInlineMessages({ form, newId, resolve: reader.resolve });
  const smart = createSmartMarks({ rowAt: reader.rowAt });
  const show = {
    get submitted() {
      return state.submitted;
    },
    // In onSubmit mode the report is only fresh after a submit, so only then.
    get live() {
      return state.mode === 'live';
    },
    typingIn: (els) => els.some((e) => typing.has(e)),
    left: (els) => els.some((e) => touched.has(e)),
  };

  const created = []; // panel containers we inserted before the form
  const panels = options.panels || {};
  const place = (given, cls, root) => {
    let host = given;
    if (!host) {
      host = h('div', { class: `cin-panel ${cls}-panel` });
      form.parentNode.insertBefore(host, form);
      created.push(host);
    }
    host.appendChild(root);
  };
  place(panels.summary, 'cin-summary', summary.root);
  place(panels.checklist, 'cin-checklist', checklist.root);
  place(panels.due, 'cin-due', due.root);
  const roots = [summary.root, checklist.root, due.root];
  if (options.checkbar) {
    // At the end of the page, so that no container's layout moves it; the spacer keeps the
    // fixed bar from covering the end of the page.
    const spacer = h('div', { class: 'cin-checkbar-spacer', 'aria-hidden': 'true' });
    form.ownerDocument.body.append(spacer, checklist.bar);
    created.push(spacer, checklist.bar);
  }

  // --- checking --------------------------------------------------------------------------
  /** Reads the form (all of it when `full` or when it may have changed) and checks it. */
  function runCheck(full) {
    let plan;
    try {
      if (full || stale) {
        stale = false;
        plan = reader.readAll();
      } else {
        plan = reader.plan;
      }
    } catch (error) {
      stale = true;
      logOnce('cinplan: could not read the form', error);
      return state.report;
    }
    let report;
    try {
      report = checkPlan(plan, { authority: state.authority, today: state.today || localToday() });
    } catch (error) {
      logOnce('cinplan: the checker failed; the form still works, but is not being checked', error);
      return state.report;
    }
    if (!report || typeof report !== 'object') return state.report;
    state.report = ownWords(report);
    return state.report;
  }

  function render() {
    const report = state.report;
    if (!report || !state.attached) return;
    if (pointerIsDown()) {
      deferred = true;
      return;
    }
    const missed = observer.takeRecords();
    observer.disconnect();
    if (relevant(missed)) recheckSoon();
    try {
      checklist.update(report);
      due.update(report);
      inline.update(report, show);
      summary.update(report, state.submitted);
      smart.update(report, reader.plan);
    } catch (error) {
      logOnce('cinplan: could not show the report', error);
    } finally {
      if (state.attached) observe();
    }
  }

  /** `asked`: the page asked for this check (check(), setAuthority()…), not the practitioner's typing. */
  function checkAndRender(full, asked = false) {
    const before = state.report;
    const report = runCheck(full);
    if (!state.attached) return report;
    if (report !== before) {
      render();
      if (asked) liveRegion.reset(report);
      else liveRegion.update(report);
      if (typeof options.onReport === 'function') {
        try {
          options.onReport(report);
        } catch (error) {
          console.error('cinplan: onReport threw', error);
        }
      }
    }
    return report;
  }

  /** Re-reads one field after an input or change event: true / false = the plan changed or not; undefined = not a field we know. */
  function readField(el) {
    if (stale) return undefined;
    try {
      return reader.readField(el);
    } catch (error) {
      stale = true;
      logOnce('cinplan: could not read the form', error);
      return undefined;
    }
  }

  // --- listeners -------------------------------------------------------------------------
  const isField = (t) => t && t.nodeType === 1 && form.contains(t) && !roots.some((r) => r.contains(t));

  const onInput = (event) => {
    const t = event.target;
    if (!isField(t)) return;
    if (isTextField(t)) typing.add(t);
    if (state.mode !== 'live') return;
    const changed = readField(t);
    // Not a field of the plan (a notes box the mapping leaves out), unless the form may have
    // changed since it was last read in full: then read it all.
    if (changed === undefined && !stale) return;
    if (changed !== false) checkAndRender(changed === undefined);
  };
  /**
   * Marks a field as left. The boxes of a three-box date are one field: moving from one box
   * to the next (`to`, the element taking focus) is not leaving it. True when it was left.
   */
  function leave(t, to) {
    const group = reader.dateGroupOf(t);
    if (!group) {
      touched.add(t);
      return true;
    }
    if (to && group.includes(to)) return false;
    for (const el of group) touched.add(el);
    return true;
  }
  const onChange = (event) => {
    const t = event.target;
    if (!isField(t)) return;
    typing.delete(t);
    // A box of a date the practitioner changes is left when focus leaves all the boxes
    // (focusout); a change made by script counts at once.
    if (!event.isTrusted || !reader.dateGroupOf(t)) leave(t, null);
    const changed = state.mode === 'live' ? readField(t) : false;
    if (changed || (changed === undefined && stale)) checkAndRender(changed === undefined);
    else render();
  };
  // Leaving a field by pressing a button: showing the field's message at once would move
  // the button away between mousedown and mouseup, and the click would be lost. So while
  // a pointer is down, the new messages wait until just after the click.
  // (A pointer held down for more than a second no longer holds anything back.)
  let pointerDownAt = 0;
  let deferred = false;
  const doc = form.ownerDocument;
  function pointerIsDown() {
    return pointerDownAt !== 0 && Date.now() - pointerDownAt < 1000;
  }
  const onPointerDown = () => {
    pointerDownAt = Date.now();
  };
  const onPointerUp = () => {
    pointerDownAt = 0;
    if (!deferred) return;
    deferred = false;
    setTimeout(() => state.attached && render(), 0);
  };
  const onFocusOut = (event) => {
    const t = event.target;
    if (!isField(t)) return;
    typing.delete(t);
    // A three-box date just left is read again: a half-filled one now goes to the check.
    if (leave(t, event.relatedTarget) && reader.dateGroupOf(t) && state.mode === 'live' && readField(t)) {
      checkAndRender(false);
      return;
    }
    render();
  };
  // Values set by script with no event (a restored draft, autofill) are read when focus
  // moves, and when the page comes back from the browser's history.
  const onFocusIn = (event) => {
    if (state.mode !== 'live' || stale || !isField(event.target)) return;
    let changed = false;
    try {
      changed = reader.refresh();
    } catch (error) {
      stale = true;
      logOnce('cinplan: could not read the form', error);
    }
    if (changed) checkAndRender(false);
  };
  const onPageShow = (event) => {
    if (event.persisted && state.mode === 'live') checkAndRender(true);
  };
  const onSubmit = (event) => {
    state.submitted = true;
    typing.clear();
    const before = state.report;
    const report = checkAndRender(true);
    if (report === before) render();
    const errors = report ? (report.findings || []).filter((f) => f.severity === 'error').length : 0;
    if (options.blockSubmit === true && errors > 0) event.preventDefault();
    if (summary.showing && errors > 0) summary.focus();
  };

  // Rows added or removed, or a field renamed (not by us) → read the form again and check.
  // Our own changes happen while the observer is disconnected (see render), so every record
  // it sees is the page's.
  let pending = false;
  const isElement = (n) => n.nodeType === 1;
  const relevant = (records) =>
    records.some(
      (r) =>
        !roots.some((root) => root.contains(r.target)) &&
        (r.type === 'attributes' || Array.prototype.some.call(r.addedNodes, isElement) || Array.prototype.some.call(r.removedNodes, isElement)),
    );
  function recheckSoon() {
    stale = true;
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      if (!state.attached) return;
      if (state.mode === 'live') checkAndRender(true);
      else render();
    });
  }
  const observer = new MutationObserver((records) => {
    if (state.attached && relevant(records)) recheckSoon();
  });
  const observe = () => observer.observe(form, { childList: true, subtree: true, attributes: true, attributeFilter: STRUCTURE_ATTRIBUTES });

  const listeners = [
    [form, 'input', onInput, false],
    [form, 'change', onChange, false],
    [form, 'focusout', onFocusOut, false],
    [form, 'focusin', onFocusIn, false],
    [doc.defaultView, 'pageshow', onPageShow, false],
    [form, 'submit', onSubmit, true],
    [doc, 'pointerdown', onPointerDown, true],
    [doc, 'pointerup', onPointerUp, true],
    [doc, 'pointercancel', onPointerUp, true],
    ...roots.map((root) => [root, 'click', links.onClick, false]),
  ];
  for (const [target, type, fn, capture] of listeners) target.addEventListener(type, fn, capture);

  checkAndRender(true, true);
  observe();

  function detach() {
    if (!state.attached) return;
    state.attached = false;
    observer.disconnect();
    liveRegion.destroy();
    for (const [target, type, fn, capture] of listeners) target.removeEventListener(type, fn, capture);
    inline.destroy();
    smart.destroy();
    for (const r of roots) r.remove();
    for (const c of created) c.remove();
  }

  return {
    /** Reads the whole form, re-checks now and returns the report. `{ showAll: true }` also shows every message, as a submit would. */
    check(opts) {
      if (opts && opts.showAll) state.submitted = true;
      if (!state.attached) return runCheck(true);
      const before = state.report;
      const report = checkAndRender(true, true);
      if (report === before) render();
      return report;
    },
    /** Switches to another authority's procedure, re-checks and returns the report. */
    setAuthority(id) {
      state.authority = id;
      return this.check();
    },
    /** Checks against another date (`YYYY-MM-DD`; `undefined` for the browser's local date), re-checks and returns the report. Keeps which fields were left. */
    setToday(date) {
      state.today = date || undefined;
      return this.check();
    },
    detach,
    get report() {
      return state.report;
    },
    /** A copy of the plan as last read from the form (the interchange format). */
    get plan() {
      return structuredClone(reader.plan);
    },
    get form() {
      return form;
    },
  };
}
