// Which form field holds which plan path: bindings from data-cin-* attributes and from a
// selector mapping. A binding is { path, els, type?, values?, parts? } for a field, or
// { path, row, els: [] } for a row of a list (row index = DOM order now). `parts`
// ({ day, month, year }: elements) is a date typed in three boxes, GOV.UK's date input.

import { logOnce } from './log.js';

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

const PARTS = ['day', 'month', 'year'];

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
      push(fields, inForm(el.closest('[data-cin-row]')), el);
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
      const part = (el.getAttribute('data-cin-part') || '').trim().toLowerCase();
      if (PARTS.includes(part)) {
        if (!b.parts) b.parts = {};
        if (!b.parts[part]) b.parts[part] = el;
      }
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
    if (spec && typeof spec === 'object' && PARTS.some((k) => typeof spec[k] === 'string')) {
      // { day, month, year }: the three boxes of one date, each the first element matched.
      const parts = {};
      for (const k of PARTS) {
        const el = typeof spec[k] === 'string' ? safeQueryAll(root, spec[k])[0] : undefined;
        if (el) parts[k] = el;
      }
      const els = PARTS.map((k) => parts[k]).filter(Boolean);
      if (els.length) out.push({ path: prefix + rel, els, type: 'date', values: undefined, parts });
      continue;
    }
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

/** The bindings of a form: attribute ones first, then the mapping's (which win). */
export function collectBindings(form, mapping) {
  const out = [];
  attributeBindings(form, out);
  if (mapping) mappingBindings(form, mapping, '', out);
  return out;
}
