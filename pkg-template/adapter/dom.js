// DOM helpers for the panels. Text only: nothing is ever parsed as HTML, so text typed
// into a field is shown as those characters.

/** createElement with attributes (`class`, `text` for textContent, others as attributes) and children. */
export function h(tag, attrs, ...children) {
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

export function tagOf(el) {
  return el.tagName ? el.tagName.toLowerCase() : '';
}

export function inputType(el) {
  return tagOf(el) === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : '';
}

/**
 * Whether a field is not shown at all (a hidden input that glue code keeps in sync, a field
 * inside a `hidden` element). Reads attributes only, never the layout.
 */
export function isHidden(el) {
  return inputType(el) === 'hidden' || el.hidden === true || !!(el.parentElement && el.parentElement.closest('[hidden]'));
}

/** The nearest control a person can see and use, around a hidden field (within `form`), or null. */
export function nearestVisible(el, form) {
  for (let scope = el.parentElement; scope; scope = scope === form ? null : scope.parentElement) {
    const found = Array.from(scope.querySelectorAll('input, select, textarea')).find((c) => c !== el && !isHidden(c));
    if (found) return found;
  }
  return null;
}

const TEXT_LIKE = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date']);

/** A field the practitioner types into (as opposed to one they click: a checkbox, a select). */
export function isTextField(el) {
  const tag = tagOf(el);
  if (tag === 'textarea') return true;
  if (tag === 'input') return TEXT_LIKE.has(inputType(el));
  return el.isContentEditable === true;
}

/**
 * Makes `parent`'s children one node per item, in order. `cache` (key → { sig, node }) is
 * kept by the caller between calls: an item whose key and `sig` are as before keeps its
 * node untouched (an open <details>, focus on a link and the screen reader's place survive),
 * a changed one is rendered again, and nodes of items that went are removed.
 */
export function syncList(parent, cache, items, keyOf, sigOf, render) {
  const seen = new Map(); // key → how many times (two findings may share rule and path)
  let prev = null;
  for (const item of items) {
    const base = keyOf(item);
    const n = seen.get(base) || 0;
    seen.set(base, n + 1);
    const key = n ? `${base}\u0000${n}` : base;
    const sig = sigOf(item);
    let entry = cache.get(key);
    if (!entry || entry.sig !== sig) {
      const node = render(item);
      if (entry) entry.node.replaceWith(node);
      entry = { sig, node };
      cache.set(key, entry);
    }
    entry.seen = true;
    const want = prev ? prev.nextSibling : parent.firstChild;
    if (want !== entry.node) parent.insertBefore(entry.node, want);
    prev = entry.node;
  }
  for (const [key, entry] of cache) {
    if (entry.seen) entry.seen = false;
    else {
      entry.node.remove();
      cache.delete(key);
    }
  }
}
