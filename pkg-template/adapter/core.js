// The WebAssembly core, as the adapter uses it: initialised once, asked for a report, for
// the authorities and for the plan's field list.

import init, { check, authorities as coreAuthorities, loadRuleset as coreLoadRuleset, planFields as corePlanFields } from '../web/cinplan.js';
import { fieldTypes } from './field-types.js';

let readyPromise = null;
let initialised = false;
let typeOf = null;

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

function needReady(what) {
  if (!initialised) throw new Error(`cinplan: call \`await ready()\` before ${what}`);
}

/** The authorities the core knows, built in or loaded: [{id, name, shortName, source, document, version, procedure, loaded}]. Needs `await ready()`. */
export function authorities() {
  needReady('authorities()');
  return coreAuthorities();
}

/** Every field of the plan: [{path, type, label, choices?}], `*` for a row's index. Needs `await ready()`. */
export function planFields() {
  needReady('planFields()');
  return corePlanFields();
}

/**
 * Loads a ruleset (an object or JSON text) for later checks: `{ ok, id, errors }`, every
 * problem at its path in the file. Needs `await ready()`.
 */
export function loadRuleset(ruleset, options) {
  needReady('loadRuleset()');
  return coreLoadRuleset(ruleset, options);
}

/** `typeOf(path)` for the plan's fields (see field-types.js). Needs `await ready()`. */
export function planTypes() {
  needReady('reading a form');
  if (!typeOf) typeOf = fieldTypes(corePlanFields());
  return typeOf;
}

/** The report on a plan object, without a form: `check(plan, { authority, today })`. Needs `await ready()`. */
export function checkPlanObject(plan, options) {
  needReady('check()');
  return check(plan, options);
}

/** The core's report on a plan. The plan goes as an object: measured a little faster in Chromium than JSON text. */
export function checkPlan(plan, options) {
  return check(plan, options);
}
