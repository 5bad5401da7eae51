// cinplan form adapter: checks a Child in Need plan while the practitioner types, right
// inside an existing case-record form. Plain ES modules, no dependencies; this file is
// the public entry (see README.md beside it for the mapping reference).
//
// It reads the form (data-cin-* attributes or a selector mapping) into the plan format,
// asks the WebAssembly core for a report and shows it: a live checklist, the due dates, a
// GOV.UK-style error summary, inline messages beside the fields and SMART marks.
//
// What it never does: change, clear or submit a form field; prevent a submission unless
// asked (`blockSubmit: true`); put text into the page as HTML (text nodes only); make a
// network request of its own (the package's init fetches its own .wasm file).
//
// The modules, in the order a plan flows through them:
//   bindings.js, field-types.js, form-reader.js   reading the form into a plan
//   core.js, ruleset.js                            the WebAssembly core: ready(), the check,
//                                                  a council's own ruleset
//   checklist.js, due-dates.js, error-summary.js,
//   inline-messages.js, smart-marks.js,
//   live-region.js                                 one per panel (each with its .css)
//   attach.js                                      wires them to the form's events
//   dom.js, field-links.js, words.js, log.js       shared helpers

import { planTypes } from './core.js';
import { createFormReader, resolveForm } from './form-reader.js';

export { attach } from './attach.js';
export { authorities, loadRuleset, planFields, ready, checkPlanObject as check } from './core.js';
export { RulesetError } from './ruleset.js';
export { toIsoDate } from './field-types.js';
export { formatDate } from './words.js';

/** Reads a form into the plan format without attaching (same rules as attach). Needs `await ready()`. */
export function readPlan(form, options = {}) {
  return createFormReader(resolveForm(form), { mapping: options.mapping, typeOf: planTypes() }).readAll();
}
