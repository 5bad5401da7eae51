// cinplan form adapter: checks a Child in Need plan while the practitioner types, right
// inside an existing case-record form. Plain ES module, no dependencies.
//
// It reads the form (data-cin-* attributes or a selector mapping) into the plan format,
// asks the WebAssembly core for a report and shows it: a live checklist, the due dates, a
// GOV.UK-style error summary and inline messages beside the fields.
//
// What it never does: change, clear or submit a form field; prevent a submission unless
// asked (`blockSubmit: true`); put text into the page as HTML (text nodes only); make a
// network request of its own (the package's init fetches its own .wasm file).
//
// See README.md beside this file for the mapping reference.

import init, { check as coreCheck, authorities as coreAuthorities } from '../web/cinplan.js';

let readyPromise = null;
let initialised = false;
let loggedFailure = false;
let attachCount = 0;

/** Initialise the WebAssembly core once; every later call returns the same promise. */
export function ready() {
  if (!readyPromise) {
    readyPromise = Promise.resolve()
      .then(() => init())
      .then(() => {
        initialised = true;
      });
    readyPromise.catch(() => {
      // A failed load may be retried by a later call.
      readyPromise = null;
    });
  }
  return readyPromise;
}

/** The authorities the core knows: [{id, name, shortName, source, document}]. Needs `await ready()`. */
export function authorities() {
  if (!initialised) throw new Error('cinplan: call `await ready()` before authorities()');
  return normalise(coreAuthorities());
}

function logOnce(message, error) {
  if (loggedFailure) return;
  loggedFailure = true;
  console.error(message, error);
}

// The core hands back plain objects; a JSON string or Maps (from a core built another way)
// are read too.
function normalise(value) {
  if (typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (value instanceof Map) {
    const out = {};
    for (const [k, v] of value) out[k] = normalise(v);
    return out;
  }
  if (Array.isArray(value)) return value.map(normalise);
  return value;
}

// ---------------------------------------------------------------------------------------
// Value typing

/** Paths of the plan format whose values are not text ('*' = any row index). */
const SCHEMA = new Map();
for (const p of [
  'child.dateOfBirth', 'dates.referral', 'dates.assessmentStarted', 'dates.assessmentCompleted',
  'dates.planRequired', 'dates.planStart', 'dates.stepDown', 'dates.orderEnds',
  'outcomes.*.targetDate', 'outcomes.*.actions.*.due', 'visits.first', 'visits.last',
  'visits.lastWrittenUp', 'reviews.last', 'reviews.next', 'meetings.*.date',
  'meetings.*.minutesDistributed', 'meetings.*.planRecorded', 'meetings.*.planCopiesSent',
  'oversight.last',
]) SCHEMA.set(p, 'date');
for (const p of [
  'child.disabled', 'services.*.scarce', 'visits.childSeenAlone', 'meetings.*.childAttended',
  'meetings.*.parentsAttended', 'meetings.*.agreementSigned', 'familyGroupConferenceConsidered',
]) SCHEMA.set(p, 'boolean');
for (const p of ['outcomes.*.needs']) SCHEMA.set(p, 'list');

function schemaType(path) {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.*');
  if (SCHEMA.has(generic)) return SCHEMA.get(generic);
  if (/(^|\.)every$/.test(path)) return 'number';
  return undefined;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "5/3/2027" → "2027-03-05". An impossible date is passed on as typed, for the core to report. */
export function toIsoDate(text) {
  const t = String(text).trim();
  const m = DMY.exec(t);
  if (!m) return t;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return t;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toNumber(text) {
  const t = String(text).trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return Number(t);
  return t;
}

function toBoolean(text) {
  const t = String(text).trim().toLowerCase();
  if (t === 'true' || t === 'yes') return true;
  if (t === 'false' || t === 'no') return false;
  return String(text).trim();
}

function toList(raw) {
  const items = Array.isArray(raw) ? raw : String(raw).split(',');
  const out = items.map((s) => String(s).trim()).filter((s) => s !== '');
  return out.length ? out : undefined;
}

function isEmpty(raw) {
  if (raw === undefined || raw === null) return true;
  if (Array.isArray(raw)) return raw.length === 0;
  if (typeof raw === 'string') return raw.trim() === '';
  return false;
}

function tagOf(el) {
  return el.tagName ? el.tagName.toLowerCase() : '';
}

function inputType(el) {
  return tagOf(el) === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : '';
}

/** Reads one binding's elements into a plan value, or undefined when empty. */
function readBinding(binding) {
  const els = binding.els;
  const first = els[0];
  const itype = inputType(first);
  let raw;
  let inferred;
  if (itype === 'radio') {
    const checked = els.find((e) => e.checked);
    raw = checked ? checked.value : undefined;
    if (raw === 'true' || raw === 'false') inferred = 'boolean';
  } else if (itype === 'checkbox') {
    if (els.length > 1 || binding.type === 'list') {
      raw = els.filter((e) => e.checked).map((e) => e.value);
      inferred = 'list';
    } else {
      raw = String(first.checked);
      inferred = 'boolean';
    }
  } else if (tagOf(first) === 'select' && first.multiple) {
    raw = Array.from(first.selectedOptions, (o) => o.value);
    inferred = 'list';
  } else {
    raw = 'value' in first ? first.value : first.textContent;
    if (itype === 'date') inferred = 'date';
    else if (itype === 'number') inferred = 'number';
    else if (tagOf(first) === 'select' && (raw === 'true' || raw === 'false')) inferred = 'boolean';
  }
  if (typeof raw === 'string' && binding.values && Object.prototype.hasOwnProperty.call(binding.values, raw)) {
    return binding.values[raw];
  }
  if (isEmpty(raw)) return undefined;
  const type = binding.type || schemaType(binding.path) || inferred || 'text';
  switch (type) {
    case 'date':
      return Array.isArray(raw) ? raw : toIsoDate(raw);
    case 'number':
      return Array.isArray(raw) ? raw : toNumber(raw);
    case 'boolean':
      return Array.isArray(raw) ? raw : toBoolean(raw);
    case 'list':
      return toList(raw);
    default:
      return raw;
  }
}

// ---------------------------------------------------------------------------------------
// Reading the form

function safeQueryAll(root, selector) {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch (error) {
    logOnce(`cinplan: the mapping selector "${selector}" is not valid CSS`, error);
    return [];
  }
}

function isHiddenRow(row) {
  return row.hidden === true;
}

/** Bindings from data-cin-path / data-cin-list / data-cin-row attributes. */
function attributeBindings(form, out) {
  const nodes = form.querySelectorAll('[data-cin-path],[data-cin-list],[data-cin-row]');
  if (!nodes.length) return;
  const inForm = (el) => (el && el !== form && form.contains(el) ? el : null);
  const rowOf = (el) => inForm(el.parentElement && el.parentElement.closest('[data-cin-row]'));
  const listOf = (el) => inForm(el.parentElement && el.parentElement.closest('[data-cin-list]'));
  // children per scope (null = the form itself, else a row element)
  const fields = new Map();
  const lists = new Map();
  const rows = new Map();
  const push = (map, key, value) => {
    let a = map.get(key);
    if (!a) map.set(key, (a = []));
    a.push(value);
  };
  for (const el of nodes) {
    if (el.hasAttribute('data-cin-row')) {
      const list = listOf(el);
      if (list && !isHiddenRow(el)) push(rows, list, el);
    }
    if (el.hasAttribute('data-cin-list')) push(lists, rowOf(el), el);
    if (el.hasAttribute('data-cin-path') && !el.hasAttribute('data-cin-row') && !el.hasAttribute('data-cin-list')) {
      push(fields, el.closest('[data-cin-row]') && inForm(el.closest('[data-cin-row]')), el);
    }
  }
  const visit = (scope, prefix) => {
    const byPath = new Map();
    for (const el of fields.get(scope) || []) {
      const rel = el.getAttribute('data-cin-path').trim();
      if (!rel) continue;
      let b = byPath.get(rel);
      if (!b) {
        b = { path: prefix + rel, els: [], type: undefined, values: undefined };
        byPath.set(rel, b);
        out.push(b);
      }
      b.els.push(el);
      const t = el.getAttribute('data-cin-type');
      if (t && !b.type) b.type = t.trim();
    }
    for (const list of lists.get(scope) || []) {
      const rel = list.getAttribute('data-cin-list').trim();
      if (!rel) continue;
      (rows.get(list) || []).forEach((row, i) => {
        const rowPath = `${prefix}${rel}.${i}`;
        out.push({ path: rowPath, row, els: [] });
        visit(row, `${rowPath}.`);
      });
    }
  };
  visit(null, '');
}

/** Bindings from the selector mapping: { fields: {path: selector | {selector,type,values}}, lists: {...} }. */
function mappingBindings(root, map, prefix, out) {
  if (!map || typeof map !== 'object') return;
  for (const [rel, spec] of Object.entries(map.fields || {})) {
    const selector = typeof spec === 'string' ? spec : spec && spec.selector;
    if (!selector) continue;
    const els = safeQueryAll(root, selector);
    if (!els.length) continue;
    out.push({
      path: prefix + rel,
      els,
      type: typeof spec === 'object' ? spec.type : undefined,
      values: typeof spec === 'object' ? spec.values : undefined,
    });
  }
  for (const [rel, spec] of Object.entries(map.lists || {})) {
    if (!spec || !spec.rows) continue;
    // ':scope' = the current row itself is the one row of this list (flat tables).
    (spec.rows.trim() === ':scope' ? [root] : safeQueryAll(root, spec.rows))
      .filter((row) => !isHiddenRow(row))
      .forEach((row, i) => {
        const rowPath = `${prefix}${rel}.${i}`;
        out.push({ path: rowPath, row, els: [] });
        mappingBindings(row, spec, `${rowPath}.`, out);
      });
  }
}

function setPath(target, path, value) {
  const segs = path.split('.');
  let node = target;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const last = i === segs.length - 1;
    const key = /^\d+$/.test(seg) ? Number(seg) : seg;
    if (typeof key === 'number' && !Array.isArray(node)) return;
    if (typeof key === 'string' && (Array.isArray(node) || typeof node !== 'object' || node === null)) return;
    if (last) {
      node[key] = value;
      return;
    }
    let next = node[key];
    if (next === undefined || next === null) {
      next = /^\d+$/.test(segs[i + 1]) ? [] : {};
      node[key] = next;
    }
    if (typeof next !== 'object') return;
    node = next;
  }
}

/** Collects the bindings of a form: attribute ones first, then the mapping's (which win). */
function collect(form, mapping) {
  const out = [];
  attributeBindings(form, out);
  if (mapping) mappingBindings(form, mapping, '', out);
  return out;
}

/** Reads the form into a plan object (the interchange format). */
export function readPlan(form, options = {}) {
  return buildPlan(collect(resolveForm(form), options.mapping)).plan;
}

function buildPlan(bindings) {
  const plan = {};
  // Rows first, shortest path first, so every row exists (as {}) before its fields.
  const rowBindings = bindings.filter((b) => b.row).sort((a, b) => a.path.length - b.path.length);
  for (const b of rowBindings) setPath(plan, b.path, {});
  const fields = new Map();
  for (const b of bindings) {
    if (b.row) continue;
    fields.set(b.path, b);
    const value = readBinding(b);
    if (value !== undefined) setPath(plan, b.path, value);
  }
  // Fill any holes (a nested row whose parent row was hidden etc.) so arrays stay dense.
  densify(plan);
  return { plan, fields, rows: rowBindings };
}

function densify(node) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      if (node[i] === undefined) node[i] = {};
      else densify(node[i]);
    }
  } else if (node && typeof node === 'object') {
    for (const k of Object.keys(node)) densify(node[k]);
  }
}

function resolveForm(form) {
  const el = typeof form === 'string' ? document.querySelector(form) : form;
  if (!el || !el.nodeType) throw new TypeError('cinplan: attach() needs a form element (or a selector for one)');
  return el;
}

// ---------------------------------------------------------------------------------------
// Words

const STATUS_WORDS = { met: 'Met', partial: 'Partly met', notMet: 'Not met' };
const STATUS_NOW = { met: 'now met', partial: 'now partly met', notMet: 'now not met' };
const ITEM_LABELS = {
  leadProfessional: 'Lead professional',
  smartOutcomes: 'SMART outcomes',
  contingency: 'Contingency plan',
  reviewPoints: 'Review points',
  visitFrequency: 'Visit frequency',
};
const DUE_LABELS = {
  initialMeeting: 'Initial CIN meeting',
  firstVisit: 'First visit',
  nextReview: 'Next review',
  nextVisit: 'Next visit',
  visitWriteUp: 'Visit written up',
  minutesDistributed: 'Minutes distributed',
  planRecorded: 'Plan recorded',
  planCopiesSent: 'Copies of the plan sent',
  managerOversight: 'Manager oversight',
  assessmentUpdate: 'Updated assessment',
  escalationReview: 'Escalation review',
  earliestClosure: 'Earliest closure',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function humanise(id) {
  const s = String(id).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "2026-11-17" → "Tuesday 17 November 2026". */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) return String(iso);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------
// DOM helpers (text only: nothing is ever parsed as HTML)

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

const TEXT_LIKE = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date']);

function isTyping(el) {
  const tag = tagOf(el);
  if (tag === 'textarea') return true;
  if (tag === 'input') return TEXT_LIKE.has(inputType(el));
  return el.isContentEditable === true;
}

// ---------------------------------------------------------------------------------------
// attach

/**
 * Attach the checker to a form. Resolves to a handle: { check(), setAuthority(id), detach(), report }.
 */
export async function attach(formOrSelector, options = {}) {
  const form = resolveForm(formOrSelector);
  await ready();

  const uid = `cin${++attachCount}`;
  let idCounter = 0;
  const newId = (what) => `${uid}-${what}-${++idCounter}`;

  const state = {
    authority: options.authority,
    today: options.today,
    mode: options.mode === 'onSubmit' ? 'onSubmit' : 'live',
    mapping: options.mapping,
    headingLevel: Math.min(6, Math.max(1, Number(options.headingLevel) || 2)),
    report: null,
    plan: null,
    fields: new Map(),
    submitted: false,
    attached: true,
  };
  const touched = new WeakSet();
  const typing = new Set();
  let visibleKeys = new Set();

  // --- nodes we own --------------------------------------------------------------------
  const created = []; // panel containers we inserted before the form
  const roots = []; // our roots inside the panels (given or created)
  const makePanel = (given, cls) => {
    let host = given;
    if (!host) {
      host = h('div', { class: `cin-panel ${cls}-panel` });
      form.parentNode.insertBefore(host, form);
      created.push(host);
    }
    return host;
  };
  const panels = options.panels || {};
  const summaryHost = makePanel(panels.summary, 'cin-summary');
  const checklistHost = makePanel(panels.checklist, 'cin-checklist');
  const dueHost = makePanel(panels.due, 'cin-due');
  const heading = (text, attrs) => h(`h${state.headingLevel}`, attrs, text);

  const summaryTitleId = newId('summary-title');
  const summaryTitle = heading('There is a problem', { class: 'cin-error-summary__title', id: summaryTitleId });
  const summaryList = h('ul', { class: 'cin-list cin-error-summary__list' });
  const summaryRoot = h(
    'div',
    { class: 'cin-error-summary', tabindex: '-1', hidden: true },
    summaryTitle,
    h('div', { class: 'cin-error-summary__body' }, summaryList),
  );
  summaryHost.appendChild(summaryRoot);
  roots.push(summaryRoot);

  const checklistTitleId = newId('checklist-title');
  const checklistCaption = h('span', { class: 'cin-caption' });
  const checklistList = h('ul', { class: 'cin-checklist__items' });
  const liveRegion = h('div', { class: 'cin-visually-hidden', role: 'status', 'aria-live': 'polite' });
  const checklistRoot = h(
    'section',
    { class: 'cin-checklist', 'aria-labelledby': checklistTitleId },
    heading('Plan checklist', { class: 'cin-heading', id: checklistTitleId }),
    checklistCaption,
    checklistList,
    liveRegion,
  );
  checklistHost.appendChild(checklistRoot);
  roots.push(checklistRoot);

  const dueTitleId = newId('due-title');
  const dueList = h('ul', { class: 'cin-due__items' });
  const dueEmpty = h('p', { class: 'cin-hint', text: 'No dates yet: they appear as the plan’s dates are filled in.' });
  const dueRoot = h(
    'section',
    { class: 'cin-due', 'aria-labelledby': dueTitleId },
    heading('Due dates', { class: 'cin-heading', id: dueTitleId }),
    dueEmpty,
    dueList,
  );
  dueHost.appendChild(dueRoot);
  roots.push(dueRoot);

  // links in our panels → the field to focus
  const linkTargets = new WeakMap();
  const onPanelClick = (event) => {
    const link = event.target && event.target.closest && event.target.closest('a');
    if (!link || !linkTargets.has(link)) return;
    event.preventDefault();
    focusBinding(linkTargets.get(link));
  };
  for (const r of roots) r.addEventListener('click', onPanelClick);

  function focusTarget(binding) {
    const els = binding.els.filter((e) => e.isConnected);
    return els.find((e) => e.checked) || els[0];
  }
  function focusBinding(binding) {
    const el = focusTarget(binding);
    if (!el) return;
    const label = el.id ? form.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const legend = el.closest('fieldset') && el.closest('fieldset').querySelector('legend');
    (label || legend || el).scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }
  function fieldLink(binding, children) {
    const el = focusTarget(binding);
    const a = h('a', { href: el && el.id ? `#${el.id}` : '#' }, ...children);
    linkTargets.set(a, binding);
    return a;
  }

  // --- finding path → field ------------------------------------------------------------
  function resolvePath(path) {
    if (!path) return null;
    const { fields } = state;
    const direct = (p) => {
      if (fields.has(p)) return fields.get(p);
      const prefix = `${p}.`;
      for (const [fp, b] of fields) if (fp.startsWith(prefix)) return b;
      return null;
    };
    let p = path;
    while (p) {
      const b = direct(p);
      if (b) return b;
      const dot = p.lastIndexOf('.');
      if (dot < 0) break;
      p = p.slice(0, dot);
    }
    return null;
  }

  // --- inline messages -----------------------------------------------------------------
  const inline = new Map(); // binding key (first element) → { sig, nodes, els, ids }
  const originalDescribedBy = new Map(); // element → original attribute (null = absent)

  function anchorFor(binding) {
    const els = binding.els;
    const first = els[0];
    if (els.length > 1) {
      const fs = first.closest('fieldset');
      if (fs && fs !== form && form.contains(fs) && els.every((e) => fs.contains(e))) {
        const legend = Array.from(fs.children).find((c) => tagOf(c) === 'legend');
        return { parent: fs, before: legend ? legend.nextSibling : fs.firstChild };
      }
    }
    const label = first.closest('label');
    const target = label && label !== form && form.contains(label) ? label : first;
    return { parent: target.parentNode, before: target };
  }

  function setDescribedBy(el, ids) {
    if (ids.length) {
      if (!originalDescribedBy.has(el)) originalDescribedBy.set(el, el.getAttribute('aria-describedby'));
      const orig = originalDescribedBy.get(el);
      el.setAttribute('aria-describedby', (orig && orig.trim() ? `${orig} ` : '') + ids.join(' '));
    } else if (originalDescribedBy.has(el)) {
      const orig = originalDescribedBy.get(el);
      if (orig === null) el.removeAttribute('aria-describedby');
      else el.setAttribute('aria-describedby', orig);
      originalDescribedBy.delete(el);
    }
  }

  function clearInline(entry) {
    for (const n of entry.nodes) n.remove();
    for (const el of entry.els) setDescribedBy(el, []);
  }

  function renderInline(wanted) {
    // wanted: Map(first element → { binding, findings })
    const next = new Map();
    for (const [key, { binding, findings }] of wanted) {
      // errors last, so the message next to the field is the most serious one
      const ordered = findings.slice().sort((a, b) => (a.severity === 'error') - (b.severity === 'error'));
      const sig = ordered.map((f) => `${f.severity}\u0000${f.message}`).join('\u0001');
      const prev = inline.get(key);
      if (prev && prev.sig === sig && prev.nodes.every((n) => n.isConnected) && sameEls(prev.els, binding.els)) {
        next.set(key, prev);
        inline.delete(key);
        continue;
      }
      if (prev) {
        clearInline(prev);
        inline.delete(key);
      }
      const { parent, before } = anchorFor(binding);
      if (!parent) continue;
      const nodes = [];
      const ids = [];
      for (const f of ordered) {
        const id = newId('msg');
        const isError = f.severity === 'error';
        const p = isError
          ? h('p', { class: 'cin-error-message', id }, h('span', { class: 'cin-visually-hidden', text: 'Error:' }), ` ${f.message}`)
          : h('p', { class: 'cin-warning-message', id }, h('span', { class: 'cin-warning-message__prefix', text: 'Warning:' }), ` ${f.message}`);
        parent.insertBefore(p, before);
        nodes.push(p);
        ids.push(id);
      }
      // screen readers read errors first
      const describedIds = ordered.map((f, i) => [f, ids[i]]).sort((a, b) => (b[0].severity === 'error') - (a[0].severity === 'error')).map((x) => x[1]);
      for (const el of binding.els) setDescribedBy(el, describedIds);
      next.set(key, { sig, nodes, els: binding.els.slice(), ids });
    }
    for (const entry of inline.values()) clearInline(entry);
    inline.clear();
    for (const [k, v] of next) inline.set(k, v);
  }

  // --- SMART marks beside each outcome ---------------------------------------------------
  const LETTERS = {
    S: 'Specific',
    M: 'Measurable',
    A: 'Achievable',
    R: 'Relevant',
    T: 'Time-bound',
    P: 'Plain language',
  };
  const smartNodes = new Map(); // row element → { sig, node }

  /** Where marks go in a row: a table row's first cell, after a fieldset's legend, else the row's start. */
  function smartAnchor(row) {
    if (tagOf(row) === 'tr') {
      const cell = Array.from(row.children).find((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
      return cell ? { parent: cell, before: cell.firstChild } : null;
    }
    if (tagOf(row) === 'fieldset') {
      const legend = Array.from(row.children).find((c) => tagOf(c) === 'legend');
      return { parent: row, before: legend ? legend.nextSibling : row.firstChild };
    }
    return { parent: row, before: row.firstChild };
  }

  function renderSmart(report) {
    const rowsByPath = new Map((state.rows || []).map((b) => [b.path, b.row]));
    const next = new Map();
    for (const entry of Array.isArray(report.smart) ? report.smart : []) {
      const row = rowsByPath.get(entry && entry.path);
      const letters = Array.isArray(entry && entry.letters) ? entry.letters : [];
      if (!row || !letters.length) continue;
      const n = Number(String(entry.path).split('.')[1]) + 1;
      const sig = letters.map((l) => `${l.letter}${l.met ? 1 : 0}${(l.reasons || []).join('\u0001')}`).join('\u0002');
      const prev = smartNodes.get(row);
      if (prev && prev.sig === sig && prev.node.isConnected) {
        next.set(row, prev);
        smartNodes.delete(row);
        continue;
      }
      // The old marks go first: they may be the node the new ones would be placed before.
      if (prev) prev.node.remove();
      smartNodes.delete(row);
      const anchor = smartAnchor(row);
      if (!anchor) continue;
      const marks = letters.map((l) => {
        const name = LETTERS[l.letter] || l.letter;
        const why = (l.reasons || []).join(' ');
        return h(
          'li',
          { class: `cin-smart__mark cin-smart__mark--${l.met ? 'met' : 'unmet'}`, title: `${name}: ${why}` },
          h('span', { 'aria-hidden': 'true', text: `${l.letter} ${l.met ? '✓' : '✗'}` }),
          h('span', { class: 'cin-visually-hidden', text: `${name}: ${l.met ? 'yes' : 'not yet'}. ${why}` }),
        );
      });
      const node = h(
        'div',
        { class: 'cin-smart', 'data-cin-smart': entry.path },
        h('span', { class: 'cin-smart__label', text: `SMART check, outcome ${n}:` }),
        h('ul', { class: 'cin-smart__marks' }, ...marks),
      );
      anchor.parent.insertBefore(node, anchor.before);
      next.set(row, { sig, node });
    }
    for (const old of smartNodes.values()) old.node.remove();
    smartNodes.clear();
    for (const [k, v] of next) smartNodes.set(k, v);
  }

  function sameEls(a, b) {
    return a.length === b.length && a.every((e, i) => e === b[i]);
  }

  // --- rendering -----------------------------------------------------------------------
  const itemNodes = new Map(); // item id → { sig, node }
  function renderChecklist(report) {
    const authority = report.authority || {};
    checklistCaption.textContent = authority.name ? `Against the procedure of ${authority.name}` : '';
    const seen = new Set();
    let prevNode = null;
    for (const entry of report.checklist || []) {
      const findings = (entry.findings || []).map((i) => report.findings && report.findings[i]).filter(Boolean);
      const sig = JSON.stringify([entry, findings, findings.map((f) => !!resolvePath(f.path))]);
      seen.add(entry.item);
      let cached = itemNodes.get(entry.item);
      if (!cached || cached.sig !== sig) {
        const node = renderItem(entry, findings);
        if (cached) cached.node.replaceWith(node);
        cached = { sig, node };
        itemNodes.set(entry.item, cached);
      }
      const want = prevNode ? prevNode.nextSibling : checklistList.firstChild;
      if (want !== cached.node) checklistList.insertBefore(cached.node, want);
      prevNode = cached.node;
    }
    for (const [item, cached] of itemNodes) {
      if (!seen.has(item)) {
        cached.node.remove();
        itemNodes.delete(item);
      }
    }
  }

  function renderItem(entry, findings) {
    const status = STATUS_WORDS[entry.status] ? entry.status : 'notMet';
    const label = entry.label || ITEM_LABELS[entry.item] || humanise(entry.item);
    const li = h(
      'li',
      { class: `cin-checklist__item cin-checklist__item--${status}`, 'data-cin-item': entry.item },
      h('span', { class: 'cin-checklist__label', text: label }),
      ' ',
      h('strong', { class: `cin-tag cin-tag--${status}`, text: STATUS_WORDS[status] }),
    );
    if (entry.reason) li.appendChild(h('p', { class: 'cin-checklist__reason', text: entry.reason }));
    if (findings.length) {
      const ul = h('ul', { class: 'cin-findings' });
      for (const f of findings) ul.appendChild(renderFinding(f));
      li.appendChild(ul);
    }
    return li;
  }

  function renderFinding(f) {
    const sev = ['error', 'warning', 'info'].includes(f.severity) ? f.severity : 'info';
    const words = { error: 'Error', warning: 'Warning', info: 'Advice' }[sev];
    const binding = resolvePath(f.path);
    const message = binding ? fieldLink(binding, [f.message]) : h('span', { text: f.message });
    const li = h(
      'li',
      { class: `cin-finding cin-finding--${sev}` },
      h('span', { class: `cin-finding__severity cin-finding__severity--${sev}`, text: `${words}:` }),
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

  let dueSig = '';
  function renderDue(report) {
    const due = (report.due || []).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const sig = JSON.stringify(due);
    if (sig === dueSig) return;
    dueSig = sig;
    dueEmpty.hidden = due.length > 0;
    dueList.replaceChildren(
      ...due.map((d) => {
        const flag = d.done
          ? h('strong', { class: 'cin-tag cin-tag--met', text: 'Done' })
          : d.overdue
            ? h('strong', { class: 'cin-tag cin-tag--notMet', text: 'Overdue' })
            : null;
        return h(
          'li',
          { class: `cin-due__item${d.overdue && !d.done ? ' cin-due__item--overdue' : ''}`, 'data-cin-due': d.kind },
          h('span', { class: 'cin-due__kind', text: DUE_LABELS[d.kind] || humanise(d.kind) }),
          ' ',
          h('time', { class: 'cin-due__date', datetime: d.date, text: formatDate(d.date) }),
          flag ? ' ' : null,
          flag,
          d.basis ? h('p', { class: 'cin-due__basis', text: d.basis }) : null,
          d.source ? h('p', { class: 'cin-finding__source' }, 'Source: ', h('cite', { text: d.source })) : null,
        );
      }),
    );
  }

  function domOrder(a, b) {
    if (a === b) return 0;
    if (!a) return 1;
    if (!b) return -1;
    return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }

  let summarySig = '';
  function renderFindings(report) {
    const findings = report.findings || [];
    const wanted = new Map();
    const nextVisible = new Set();
    const summaryItems = [];
    findings.forEach((f) => {
      if (f.severity !== 'error' && f.severity !== 'warning') return;
      const binding = resolvePath(f.path);
      if (state.submitted) summaryItems.push({ f, binding });
      if (!binding) return;
      const key = `${f.rule}\u0000${f.path}`;
      const isTypingHere = binding.els.some((e) => typing.has(e));
      // Reward early, punish late: a field's message waits until the field has been left
      // (or the form submitted); while typing in it, only messages already shown stay.
      // In onSubmit mode the report is only fresh after a submit, so only then.
      const left = state.mode === 'live' && binding.els.some((e) => touched.has(e));
      const show = isTypingHere ? visibleKeys.has(key) : state.submitted || left;
      if (!show) return;
      nextVisible.add(key);
      const el = binding.els[0];
      if (!wanted.has(el)) wanted.set(el, { binding, findings: [] });
      wanted.get(el).findings.push(f);
    });
    visibleKeys = nextVisible;
    renderInline(wanted);

    summaryItems.sort((a, b) => domOrder(a.binding && a.binding.els[0], b.binding && b.binding.els[0]));
    const sig = JSON.stringify(summaryItems.map(({ f, binding }) => [f.severity, f.message, binding && binding.path]));
    if (sig !== summarySig) {
      summarySig = sig;
      const hasError = summaryItems.some(({ f }) => f.severity === 'error');
      summaryTitle.textContent = hasError ? 'There is a problem' : 'Check the plan';
      summaryRoot.classList.toggle('cin-error-summary--warnings', !hasError);
      summaryList.replaceChildren(
        ...summaryItems.map(({ f, binding }) => {
          const parts = f.severity === 'warning' ? [h('span', { class: 'cin-error-summary__prefix', text: 'Warning:' }), ` ${f.message}`] : [f.message];
          return h('li', { class: `cin-error-summary__item--${f.severity}` }, binding ? fieldLink(binding, parts) : h('span', {}, ...parts));
        }),
      );
      summaryRoot.hidden = summaryItems.length === 0;
    }
  }

  // --- announcements (polite, after a quiet moment, only status changes) --------------
  let announced = null; // item → status as last announced
  let announceTimer = null;
  function scheduleAnnounce() {
    if (announced === null) {
      announced = statusMap(state.report);
      return;
    }
    clearTimeout(announceTimer);
    announceTimer = setTimeout(announce, 700);
  }
  function statusMap(report) {
    const m = new Map();
    for (const e of (report && report.checklist) || []) m.set(e.item, { status: e.status, label: e.label || ITEM_LABELS[e.item] || humanise(e.item) });
    return m;
  }
  function announce() {
    announceTimer = null;
    if (!state.attached || !state.report) return;
    const now = statusMap(state.report);
    const parts = [];
    for (const [item, { status, label }] of now) {
      const before = announced.get(item);
      if (!before || before.status !== status) parts.push(`${label}: ${STATUS_NOW[status] || status}`);
    }
    announced = now;
    if (parts.length) liveRegion.textContent = `${parts.join('. ')}.`;
  }

  // --- checking ------------------------------------------------------------------------
  function runCheck() {
    let bindings;
    try {
      bindings = collect(form, state.mapping);
    } catch (error) {
      logOnce('cinplan: could not read the form', error);
      return state.report;
    }
    const { plan, fields, rows } = buildPlan(bindings);
    state.plan = plan;
    state.fields = fields;
    state.rows = rows;
    let report;
    try {
      report = normalise(coreCheck(JSON.stringify(plan), { authority: state.authority, today: state.today || localToday() }));
    } catch (error) {
      logOnce('cinplan: the checker failed; the form still works, but is not being checked', error);
      return state.report;
    }
    if (!report || typeof report !== 'object') return state.report;
    state.report = report;
    return report;
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
      renderChecklist(report);
      renderDue(report);
      renderFindings(report);
      renderSmart(report);
    } catch (error) {
      logOnce('cinplan: could not show the report', error);
    } finally {
      if (state.attached) observe();
    }
  }

  function checkAndRender() {
    const before = state.report;
    const report = runCheck();
    if (!state.attached) return report;
    if (report !== before) {
      render();
      scheduleAnnounce();
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

  // --- listeners -----------------------------------------------------------------------
  const isField = (t) => t && t.nodeType === 1 && form.contains(t) && !roots.some((r) => r.contains(t));

  const onInput = (event) => {
    const t = event.target;
    if (!isField(t)) return;
    if (isTyping(t)) typing.add(t);
    if (state.mode === 'live') checkAndRender();
  };
  const onChange = (event) => {
    const t = event.target;
    if (!isField(t)) return;
    typing.delete(t);
    touched.add(t);
    if (state.mode === 'live') checkAndRender();
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
    touched.add(t);
    render();
  };
  const onSubmit = (event) => {
    state.submitted = true;
    typing.clear();
    const before = state.report;
    const report = checkAndRender();
    if (report === before) render();
    const errors = report ? (report.findings || []).filter((f) => f.severity === 'error').length : 0;
    if (options.blockSubmit === true && errors > 0) event.preventDefault();
    if (!summaryRoot.hidden && errors > 0) summaryRoot.focus();
  };

  // Rows added or removed (not by us) → check again. Our own changes happen while the
  // observer is disconnected (see render), so every record it sees is the page's.
  let pending = false;
  const isElement = (n) => n.nodeType === 1;
  const relevant = (records) =>
    records.some(
      (r) =>
        !roots.some((root) => root.contains(r.target)) &&
        (Array.prototype.some.call(r.addedNodes, isElement) || Array.prototype.some.call(r.removedNodes, isElement)),
    );
  const recheckSoon = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      if (!state.attached) return;
      if (state.mode === 'live') checkAndRender();
      else render();
    });
  };
  const observer = new MutationObserver((records) => {
    if (state.attached && relevant(records)) recheckSoon();
  });
  const observe = () => observer.observe(form, { childList: true, subtree: true });

  form.addEventListener('input', onInput);
  form.addEventListener('change', onChange);
  form.addEventListener('focusout', onFocusOut);
  form.addEventListener('submit', onSubmit, true);
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('pointerup', onPointerUp, true);
  doc.addEventListener('pointercancel', onPointerUp, true);

  checkAndRender();
  observe();

  function detach() {
    if (!state.attached) return;
    state.attached = false;
    observer.disconnect();
    clearTimeout(announceTimer);
    form.removeEventListener('input', onInput);
    form.removeEventListener('change', onChange);
    form.removeEventListener('focusout', onFocusOut);
    form.removeEventListener('submit', onSubmit, true);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('pointerup', onPointerUp, true);
    doc.removeEventListener('pointercancel', onPointerUp, true);
    for (const entry of inline.values()) clearInline(entry);
    inline.clear();
    for (const { node } of smartNodes.values()) node.remove();
    smartNodes.clear();
    for (const [el] of originalDescribedBy) setDescribedBy(el, []);
    for (const r of roots) {
      r.removeEventListener('click', onPanelClick);
      r.remove();
    }
    for (const c of created) c.remove();
  }

  return {
    /** Re-checks now and returns the report. `{ showAll: true }` also shows every message, as a submit would. */
    check(opts) {
      if (opts && opts.showAll) state.submitted = true;
      if (!state.attached) return runCheck();
      const before = state.report;
      const report = checkAndRender();
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
    /** The plan as last read from the form (the interchange format). */
    get plan() {
      return state.plan;
    },
    get form() {
      return form;
    },
  };
}
