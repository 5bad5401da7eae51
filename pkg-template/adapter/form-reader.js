// Reading the form into the plan format. A reader keeps the plan between reads so that a
// keystroke re-reads only its own field: `readAll()` finds the fields and rows again and
// reads every one (at attach, on submit, when rows come or go); `readField(el)` reads one
// field and updates the plan at its path.

import { collectBindings } from './bindings.js';
import { readValue } from './field-types.js';

const isIndex = (seg) => /^\d+$/.test(seg);

function setPath(target, path, value) {
  const segs = path.split('.');
  let node = target;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const last = i === segs.length - 1;
    const key = isIndex(seg) ? Number(seg) : seg;
    if (typeof key === 'number' && !Array.isArray(node)) return;
    if (typeof key === 'string' && (Array.isArray(node) || typeof node !== 'object' || node === null)) return;
    if (last) {
      node[key] = value;
      return;
    }
    let next = node[key];
    if (next === undefined || next === null) {
      next = isIndex(segs[i + 1]) ? [] : {};
      node[key] = next;
    }
    if (typeof next !== 'object') return;
    node = next;
  }
}

function getPath(target, path) {
  let node = target;
  for (const seg of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[seg];
  }
  return node;
}

/**
 * Leaves `path` out of the plan, and with it the objects that are left empty, as a full
 * read would never have made them (rows stay, even when empty). False when the path ends
 * inside a list (only a full read keeps that list dense).
 */
function deletePath(target, path) {
  const segs = path.split('.');
  const chain = [target];
  let node = target;
  for (let i = 0; i < segs.length - 1; i++) {
    node = node[segs[i]];
    if (node === null || typeof node !== 'object') return true;
    chain.push(node);
  }
  if (Array.isArray(node)) return false;
  delete node[segs[segs.length - 1]];
  for (let i = chain.length - 1; i > 0; i--) {
    if (Array.isArray(chain[i - 1]) || Array.isArray(chain[i]) || Object.keys(chain[i]).length) break;
    delete chain[i - 1][segs[i - 1]];
  }
  return true;
}

function sameValue(a, b) {
  if (a === b) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
}

// Fill any holes (a nested row whose parent row was hidden etc.) so arrays stay dense.
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

/** The value of a path: the last binding with a value wins (the mapping's, over attributes). */
function valueOf(bindings, typeOf, settled) {
  let value;
  for (const b of bindings) {
    const v = readValue(b, typeOf, settled);
    if (v !== undefined) value = v;
  }
  return value;
}

/**
 * A reader for one form. `typeOf(path)` gives a plan path's type (see field-types.js);
 * `mapping` is the optional selector mapping; `settled(binding)` says whether a half-filled
 * date in three boxes is passed on yet (see field-types.js; never, without it).
 */
export function createFormReader(form, { mapping, typeOf, settled }) {
  let plan = {};
  let byPath = new Map(); // field path → its bindings, in reading order
  let pathsOf = new Map(); // element → the field paths it is part of
  let rowByPath = new Map(); // row path → row element
  let places = null; // finding path → binding, built when first asked (see resolve)

  function readAll() {
    const bindings = collectBindings(form, mapping);
    plan = {};
    byPath = new Map();
    pathsOf = new Map();
    rowByPath = new Map();
    places = null;
    // Rows first, shortest path first, so every row exists (as {}) before its fields.
    const rows = bindings.filter((b) => b.row).sort((a, b) => a.path.length - b.path.length);
    for (const b of rows) {
      setPath(plan, b.path, {});
      rowByPath.set(b.path, b.row);
    }
    for (const b of bindings) {
      if (b.row) continue;
      let list = byPath.get(b.path);
      if (!list) byPath.set(b.path, (list = []));
      list.push(b);
      for (const el of b.els) {
        const paths = pathsOf.get(el);
        if (!paths) pathsOf.set(el, [b.path]);
        else if (!paths.includes(b.path)) paths.push(b.path);
      }
    }
    for (const [path, list] of byPath) {
      const value = valueOf(list, typeOf, settled);
      if (value !== undefined) setPath(plan, path, value);
    }
    densify(plan);
    return plan;
  }

  /** Reads one path's value into the plan: true when it changed. */
  function update(path) {
    const value = valueOf(byPath.get(path), typeOf, settled);
    if (sameValue(getPath(plan, path), value)) return false;
    if (value !== undefined) setPath(plan, path, value);
    else if (!deletePath(plan, path)) readAll();
    return true;
  }

  /**
   * Reads the field(s) `el` belongs to into the plan: true when the plan changed, false when
   * it did not, undefined when `el` is not a field the last full read found.
   */
  function readField(el) {
    const paths = pathsOf.get(el);
    if (!paths) return undefined;
    let changed = false;
    for (const path of paths) if (update(path)) changed = true;
    return changed;
  }

  /**
   * Reads every known field's value again, without looking for new fields or rows: values
   * set by script with no event (a restored draft) reach the plan. True when it changed.
   */
  function refresh() {
    const before = byPath;
    let changed = false;
    for (const path of before.keys()) {
      if (byPath !== before) return true; // a list emptied: the form was read in full
      if (update(path)) changed = true;
    }
    return changed;
  }

  /** The boxes of the three-box date `el` is one of, or null. */
  function dateGroupOf(el) {
    for (const path of pathsOf.get(el) || []) {
      const b = byPath.get(path).find((x) => x.parts && x.els.includes(el));
      if (b) return b.els;
    }
    return null;
  }

  /**
   * The field a finding's path belongs to: the field with that exact path; failing that,
   * the first field under it; failing that, the nearest enclosing path that has one.
   */
  function resolve(path) {
    if (!path) return null;
    if (!places) {
      places = new Map();
      for (const [p, list] of byPath) places.set(p, list[list.length - 1]);
      for (const [p, list] of byPath) {
        for (let dot = p.lastIndexOf('.'); dot > 0; dot = p.lastIndexOf('.', dot - 1)) {
          const prefix = p.slice(0, dot);
          if (!places.has(prefix)) places.set(prefix, list[list.length - 1]);
        }
      }
    }
    for (let p = String(path); p; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
      const b = places.get(p);
      if (b) return b;
    }
    return null;
  }

  return {
    readAll,
    readField,
    refresh,
    dateGroupOf,
    resolve,
    /** The row element of a row path ("outcomes.2"), as found by the last full read. */
    rowAt: (path) => rowByPath.get(path),
    get plan() {
      return plan;
    },
  };
}

/** The form element itself, from an element or a selector. */
export function resolveForm(form) {
  const el = typeof form === 'string' ? document.querySelector(form) : form;
  if (!el || !el.nodeType) throw new TypeError('cinplan: attach() needs a form element (or a selector for one)');
  return el;
}
