// Inline messages (GOV.UK): <p class="cin-error-message"><span class="cin-visually-hidden">
// Error:</span> message</p> just before the field (before its <label> if the field is in
// one; after the <legend> for a group in a fieldset; just above the boxes of a three-box
// date, where GOV.UK puts it; beside the nearest visible control for a hidden field, and
// never inside a wrapper whose text is made invisible, as GOV.UK's date input's font size
// of 0 would make it), warnings with a visible "Warning:".
// The field's aria-describedby is extended with the messages' ids and restored exactly
// when they go. A field's messages are drawn again only when their words change.
//
// Reward early, punish late: a field's message waits until the field has been left (or the
// form submitted); while typing in it, only messages already shown stay, and one goes the
// moment it is fixed.

import { h, isHidden, nearestVisible, tagOf } from './dom.js';

function sameEls(a, b) {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}

export function createInlineMessages({ form, newId, resolve }) {
  const shown = new Map(); // first element of a field → { sig, nodes, els (described), fieldEls }
  const originalDescribedBy = new Map(); // element → its own attribute (null = absent)
  let visibleKeys = new Set(); // rule + path of the findings shown

  const inForm = (el) => el && el !== form && form.contains(el);

  /** The elements that take the message's id in aria-describedby. */
  function describedEls(binding) {
    const first = binding.els[0];
    if (binding.parts || binding.els.length > 1 || !isHidden(first)) return binding.els;
    const proxy = nearestVisible(first, form);
    return proxy ? [proxy] : binding.els;
  }

  /** Where a date's boxes start: in the smallest element holding them all. */
  function dateAnchor(els) {
    let box = els[0].parentElement;
    while (box && !els.every((e) => box.contains(e))) box = box.parentElement;
    if (!inForm(box)) return null;
    if (tagOf(box) !== 'fieldset') return { parent: box.parentNode, before: box };
    // After the legend and any hint: just before the part of the fieldset holding the boxes.
    let child = els[0];
    while (child.parentElement !== box) child = child.parentElement;
    const label = child.closest('label');
    return { parent: box, before: inForm(label) && box.contains(label) && label.parentElement === box ? label : child };
  }

  function anchorFor(binding) {
    const els = describedEls(binding);
    const first = els[0];
    if (binding.parts && els.length > 1) {
      const at = dateAnchor(els);
      if (at) return at;
    }
    if (els.length > 1) {
      const fs = first.closest('fieldset');
      if (inForm(fs) && els.every((e) => fs.contains(e))) {
        const legend = Array.from(fs.children).find((c) => tagOf(c) === 'legend');
        return { parent: fs, before: legend ? legend.nextSibling : fs.firstChild };
      }
    }
    const label = first.closest('label');
    const target = inForm(label) ? label : first;
    return { parent: target.parentNode, before: target };
  }

  /** Moves the place out of any wrapper whose text cannot be seen (font-size: 0). */
  function visiblePlace({ parent, before }) {
    const view = form.ownerDocument.defaultView;
    while (inForm(parent) && view.getComputedStyle(parent).fontSize === '0px') {
      before = parent;
      parent = parent.parentNode;
    }
    return { parent, before };
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

  function clear(entry) {
    for (const n of entry.nodes) n.remove();
    for (const el of entry.els) setDescribedBy(el, []);
  }

  function draw(binding, ordered, sig) {
    const { parent, before } = visiblePlace(anchorFor(binding));
    if (!parent) return null;
    const group = binding.parts ? ' cin-error-message--group' : '';
    const nodes = [];
    const ids = [];
    for (const f of ordered) {
      const id = newId('msg');
      const p =
        f.severity === 'error'
          ? h('p', { class: `cin-error-message${group}`, id }, h('span', { class: 'cin-visually-hidden', text: 'Error:' }), ` ${f.message}`)
          : h('p', { class: 'cin-warning-message', id }, h('span', { class: 'cin-warning-message__prefix', text: 'Warning:' }), ` ${f.message}`);
      parent.insertBefore(p, before);
      nodes.push(p);
      ids.push(id);
    }
    // screen readers read errors first
    const described = ordered.map((f, i) => [f, ids[i]]).sort((a, b) => (b[0].severity === 'error') - (a[0].severity === 'error')).map((x) => x[1]);
    const els = describedEls(binding);
    for (const el of els) setDescribedBy(el, described);
    return { sig, nodes, els, fieldEls: binding.els.slice() };
  }

  /**
   * `show`: { submitted, live, typingIn(els), left(els) }: whether every message is due
   * (after a submit), whether the report is fresh while typing (live mode), and whether
   * the practitioner is typing in / has left a field.
   */
  function update(report, show) {
    const wanted = new Map(); // first element → { binding, findings }
    const nextVisible = new Set();
    for (const f of Array.isArray(report.findings) ? report.findings : []) {
      if (f.severity !== 'error' && f.severity !== 'warning') continue;
      const binding = resolve(f.path);
      if (!binding) continue;
      const key = `${f.rule}\u0000${f.path}`;
      const visible = show.typingIn(binding.els) ? visibleKeys.has(key) : show.submitted || (show.live && show.left(binding.els));
      if (!visible) continue;
      nextVisible.add(key);
      const el = binding.els[0];
      if (!wanted.has(el)) wanted.set(el, { binding, findings: [] });
      wanted.get(el).findings.push(f);
    }
    visibleKeys = nextVisible;

    const next = new Map();
    for (const [el, { binding, findings }] of wanted) {
      // errors last, so the message next to the field is the most serious one
      const ordered = findings.slice().sort((a, b) => (a.severity === 'error') - (b.severity === 'error'));
      const sig = ordered.map((f) => `${f.severity}\u0000${f.message}`).join('\u0001');
      const prev = shown.get(el);
      shown.delete(el);
      if (prev && prev.sig === sig && prev.nodes.every((n) => n.isConnected) && sameEls(prev.fieldEls, binding.els)) {
        next.set(el, prev);
        continue;
      }
      if (prev) clear(prev);
      const entry = draw(binding, ordered, sig);
      if (entry) next.set(el, entry);
    }
    for (const entry of shown.values()) clear(entry);
    shown.clear();
    for (const [k, v] of next) shown.set(k, v);
  }

  /** Removes every message and restores every aria-describedby. */
  function destroy() {
    for (const entry of shown.values()) clear(entry);
    shown.clear();
    for (const el of [...originalDescribedBy.keys()]) setDescribedBy(el, []);
  }

  return { update, destroy };
}
