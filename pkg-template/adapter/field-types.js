// Value typing: how a field's raw value becomes a plan value. The type of a plan path comes
// from the plan's field list ({ path, type } with `*` for a row index); the element itself
// (a checkbox, <input type=date>) and `data-cin-type` / the mapping's `type` can say too.

import { inputType, tagOf } from './dom.js';

/**
 * The type of each plan path, from a field list such as the core's `planFields()`:
 * `typeOf('outcomes.3.targetDate')` → 'date'. Text and choice paths (and unknown ones) →
 * undefined: their value is taken as it is, unless the element says otherwise (a checkbox).
 */
export function fieldTypes(fields) {
  const table = new Map();
  for (const field of Array.isArray(fields) ? fields : []) {
    if (field && typeof field.path === 'string' && field.type !== 'text' && field.type !== 'choice') {
      table.set(field.path, field.type);
    }
  }
  return (path) => table.get(path.replace(/\.\d+(?=\.|$)/g, '.*'));
}

// Day, month and year as typed: 5/3/2027, 05.03.2027, 5-3-2027 or 5 3 2027 (the way GOV.UK
// writes an example date).
const DMY = /^(\d{1,2})(?:[/.-]|\s+)(\d{1,2})(?:[/.-]|\s+)(\d{4})$/;

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

const textOf = (el) => (el ? String('value' in el ? el.value : el.textContent).trim() : '');

/**
 * A date in three boxes: "2027-03-05" when all are filled (an impossible one as typed,
 * "30/2/2027", for the core to report); undefined when all are empty. A half-filled date
 * is incomplete, not wrong, until `settled` (the group has been left, or the form
 * submitted): until then it is left out; then it goes as typed ("6//2027") and the core
 * says which part is missing.
 */
function readDateParts(parts, settled) {
  const [day, month, year] = [textOf(parts.day), textOf(parts.month), textOf(parts.year)];
  if (!day && !month && !year) return undefined;
  const typed = `${day}/${month}/${year}`;
  if (day && month && year) return toIsoDate(typed);
  return settled ? typed : undefined;
}

/** The box of a three-box date to put right first: the first empty one, else the first out of range. */
export function partToFix(parts) {
  const boxes = ['day', 'month', 'year'].map((k) => [k, parts[k]]).filter(([, el]) => el);
  const empty = boxes.find(([, el]) => !textOf(el));
  if (empty) return empty[1];
  const n = (k) => Number(textOf(parts[k]));
  if (parts.month && !(n('month') >= 1 && n('month') <= 12)) return parts.month;
  if (parts.year && !/^\d{4}$/.test(textOf(parts.year))) return parts.year;
  return boxes.length ? boxes[0][1] : undefined;
}

/**
 * Reads one binding's elements into a plan value, or undefined when empty. `settled(binding)`:
 * whether a half-filled date may be passed on (see readDateParts).
 */
export function readValue(binding, typeOf, settled) {
  if (binding.parts) return readDateParts(binding.parts, !!(settled && settled(binding)));
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
  const type = binding.type || typeOf(binding.path) || inferred || 'text';
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
