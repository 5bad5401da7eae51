// Links from the panels to a field (the error summary, the checklist's findings). A link
// remembers the finding's path, not the field: rows may have moved by the time it is
// clicked, so the field is looked up then.

import { h, isHidden, nearestVisible } from './dom.js';
import { partToFix } from './field-types.js';

export function createFieldLinks(form, resolve) {
  const paths = new WeakMap(); // <a> → finding path
  const proxies = new WeakMap(); // binding → the visible control that stands in for its hidden field, or null

  /**
   * The element a link to a binding focuses: the box to put right in a three-box date; the
   * checked radio; for a hidden field, the nearest control a person can use.
   */
  function focusTarget(binding) {
    if (binding.parts) return partToFix(binding.parts);
    const els = binding.els.filter((e) => e.isConnected);
    const el = els.find((e) => e.checked) || els[0];
    if (!el) return el;
    // Bindings are made again whenever `hidden` or `type` changes, so this stays true.
    if (!proxies.has(binding)) proxies.set(binding, isHidden(el) ? nearestVisible(el, form) : null);
    return proxies.get(binding) || el;
  }

  function focusField(binding) {
    const el = focusTarget(binding);
    if (!el) return;
    const label = el.id ? form.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const legend = el.closest('fieldset') && el.closest('fieldset').querySelector('legend');
    (label || legend || el).scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }

  return {
    /** The link's href for a finding path (part of a panel entry's signature), or null: no field. */
    hrefFor(path) {
      const binding = resolve(path);
      if (!binding) return null;
      const el = focusTarget(binding);
      return el && el.id ? `#${el.id}` : '#';
    },
    /** An <a> to the field of `path`; `href` from hrefFor. */
    link(path, href, ...children) {
      const a = h('a', { href }, ...children);
      paths.set(a, path);
      return a;
    },
    /** Click handler for a panel: a field link focuses its field instead of following the href. */
    onClick(event) {
      const a = event.target && event.target.closest && event.target.closest('a');
      if (!a || !paths.has(a)) return;
      event.preventDefault();
      const binding = resolve(paths.get(a));
      if (binding) focusField(binding);
    },
  };
}
