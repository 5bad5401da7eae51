// The demo page's own form code: adding and removing repeating rows and filling the form
// from a plan (examples and opened files). Reading a plan back out of it (saving to a file,
// the print view) is the adapter's own reader, so what is saved is what was checked.
// Filling the form here is the user's own action (they chose an example or a file).
//
// Mapping convention (shared with the adapter, see docs/ARCHITECTURE.md): a field carries
// data-cin-path; a repeating group is a container with data-cin-list whose rows carry
// data-cin-row; inside a row, paths are relative to the row; data-cin-type overrides the
// value type (number, boolean, list).

/** The plan the form holds, in the interchange format (empty fields left out). Needs the adapter's `ready()`. */
export { readPlan } from '/pkg/adapter/adapter.js';

let uid = 0;

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The row a node belongs to (its nearest data-cin-row ancestor), or null for the form itself. */
function rowOf(node) {
  return node.closest('[data-cin-row]');
}

/** Fields that belong directly to `scope` (a row, or null for the top level of `root`). */
export function ownFields(root, scope) {
  return [...(scope || root).querySelectorAll('[data-cin-path]')].filter((el) => rowOf(el) === scope);
}

/** Repeating lists that belong directly to `scope`. */
export function ownLists(root, scope) {
  return [...(scope || root).querySelectorAll('[data-cin-list]')].filter((el) => rowOf(el) === scope);
}

/** The rows of a list, in DOM order. */
export function rowsOf(list) {
  return [...list.children].filter((c) => c.matches('[data-cin-row]'));
}

function getPath(obj, path) {
  let cur = obj;
  for (const key of path.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

// ---------------------------------------------------------------- rows

/** Adds an empty row to `list` from its template and returns it. */
export function addRow(list) {
  const template = document.getElementById(list.dataset.rowTemplate);
  const row = template.content.firstElementChild.cloneNode(true);
  const n = ++uid;
  const ids = new Map();
  for (const el of row.querySelectorAll('[data-id]')) {
    const id = `r${n}-${el.dataset.id}`;
    ids.set(el.dataset.id, id);
    el.id = id;
  }
  for (const label of row.querySelectorAll('[data-for]')) {
    const id = ids.get(label.dataset.for);
    if (id) label.htmlFor = id;
  }
  for (const hint of row.querySelectorAll('[data-hint-for]')) {
    const id = ids.get(hint.dataset.hintFor);
    if (!id) continue;
    hint.id = `${id}-hint`;
    row.querySelector(`#${CSS.escape(id)}`)?.setAttribute('aria-describedby', hint.id);
  }
  list.append(row);
  renumber(list);
  return row;
}

/** Removes `row` and renumbers its list. Returns the element that should take focus. */
export function removeRow(row) {
  const list = row.parentElement;
  const rows = rowsOf(list);
  const index = rows.indexOf(row);
  row.remove();
  renumber(list);
  const left = rowsOf(list);
  const next = left[Math.min(index, left.length - 1)];
  if (next) return next.querySelector('input, select, textarea, button');
  return addButtonFor(list);
}

/** The "Add …" button that belongs to `list`. */
export function addButtonFor(list) {
  const scope = rowOf(list) || list.closest('form') || document;
  return [...scope.querySelectorAll(`[data-add-row="${CSS.escape(list.dataset.cinList)}"]`)]
    .find((b) => rowOf(b) === rowOf(list)) || null;
}

/** The list an "Add …" button adds to. */
export function listForButton(button) {
  const scope = rowOf(button);
  const root = button.closest('form');
  return ownLists(root, scope).find((l) => l.dataset.cinList === button.dataset.addRow) || null;
}

/** Legends and button names say which row they are: "Outcome 2", "Action 1 of outcome 2". */
export function renumber(list) {
  const name = list.dataset.rowName || 'Row';
  const parentRow = rowOf(list);
  let suffix = '';
  if (parentRow) {
    const parentList = parentRow.parentElement;
    const pIndex = rowsOf(parentList).indexOf(parentRow) + 1;
    suffix = ` of ${(parentList.dataset.rowName || 'row').toLowerCase()} ${pIndex}`;
  }
  rowsOf(list).forEach((row, i) => {
    const label = `${name} ${i + 1}${suffix}`;
    const legend = row.querySelector(':scope > legend');
    if (legend) legend.textContent = label;
    const remove = [...row.querySelectorAll('[data-remove-row]')].find((b) => rowOf(b) === row);
    if (remove) remove.textContent = `Remove ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    const add = [...row.querySelectorAll('[data-add-row]')].filter((b) => rowOf(b) === row);
    for (const b of add) {
      const nested = ownLists(row.closest('form'), row).find((l) => l.dataset.cinList === b.dataset.addRow);
      const nestedName = (nested?.dataset.rowName || 'row').toLowerCase();
      b.textContent = `Add an ${nestedName} to ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    }
    for (const nested of ownLists(row.closest('form'), row)) renumber(nested);
  });
}

// ---------------------------------------------------------------- fill

function describe(v) {
  const text = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return text && text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function setField(el, value, path, problems) {
  const type = el.dataset.cinType;
  if (el.type === 'checkbox') {
    el.checked = value === true;
    if (value !== undefined && value !== null && typeof value !== 'boolean') problems.push(`${path}: ${describe(value)} is not yes/no`);
    return;
  }
  if (el.tagName === 'SELECT') {
    for (const opt of el.querySelectorAll('option[data-unrecognised]')) opt.remove();
    if (value === undefined || value === null) { el.value = ''; return; }
    const wanted = type === 'boolean' && typeof value === 'boolean' ? String(value) : value;
    if (typeof wanted === 'string' && [...el.options].some((o) => o.value === wanted)) {
      el.value = wanted;
      return;
    }
    // Keep what the file says so the checker can report it, rather than dropping it.
    const opt = document.createElement('option');
    opt.value = typeof value === 'string' ? value : JSON.stringify(value);
    opt.textContent = `${describe(value)} (not a recognised choice)`;
    opt.dataset.unrecognised = '';
    el.append(opt);
    el.value = opt.value;
    problems.push(`${path}: ${describe(value)} is not one of the choices`);
    return;
  }
  if (value === undefined || value === null) { el.value = ''; return; }
  if (type === 'list') {
    if (Array.isArray(value)) el.value = value.map((v) => String(v)).join(', ');
    else el.value = String(value);
    return;
  }
  if (el.type === 'date') {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      el.value = value;
      if (el.value === value) return;
    }
    el.value = '';
    problems.push(`${path}: ${describe(value)} is not a date (YYYY-MM-DD)`);
    return;
  }
  if (el.type === 'number') {
    if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))) {
      el.value = String(value);
      return;
    }
    el.value = '';
    problems.push(`${path}: ${describe(value)} is not a number`);
    return;
  }
  if (typeof value === 'string') el.value = value;
  else if (typeof value === 'number' || typeof value === 'boolean') el.value = String(value);
  else {
    el.value = '';
    problems.push(`${path}: ${describe(value)} is not text`);
  }
}

function clearScope(root, scope) {
  for (const el of ownFields(root, scope)) setField(el, undefined, '', []);
  for (const list of ownLists(root, scope)) {
    for (const row of rowsOf(list)) row.remove();
  }
}

function fillScope(root, scope, obj, prefix, problems) {
  const data = isObject(obj) ? obj : {};
  for (const el of ownFields(root, scope)) {
    const path = el.dataset.cinPath;
    setField(el, getPath(data, path), prefix + path, problems);
  }
  for (const list of ownLists(root, scope)) {
    for (const row of rowsOf(list)) row.remove();
    const name = list.dataset.cinList;
    const items = getPath(data, name);
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) {
      problems.push(`${prefix}${name}: expected a list`);
      continue;
    }
    items.forEach((item, i) => {
      const row = addRow(list);
      if (!isObject(item)) problems.push(`${prefix}${name}.${i}: expected an object`);
      fillScope(row, row, item, `${prefix}${name}.${i}.`, problems);
    });
  }
}

/**
 * Replaces what the form holds with `plan`. Returns a list of values that the form could
 * not show as they were (e.g. a date that is not a date), for the status message.
 */
export function fillForm(form, plan) {
  const problems = [];
  clearScope(form, null);
  fillScope(form, null, plan, '', problems);
  return problems;
}

/** Empties every field and removes every row. */
export function clearForm(form) {
  clearScope(form, null);
}

// ---------------------------------------------------------------- paths

/**
 * The form element a report path (e.g. "outcomes.1.actions.0.owner") points at, or the
 * nearest thing that holds it (the row, or a field whose path starts with it).
 */
export function elementForPath(form, path) {
  if (typeof path !== 'string' || path === '') return null;
  const parts = path.split('.');
  let scope = null;
  let i = 0;
  while (i < parts.length) {
    const rest = parts.slice(i).join('.');
    const fields = ownFields(form, scope);
    const exact = fields.find((el) => el.dataset.cinPath === rest);
    if (exact) return exact;
    const list = ownLists(form, scope).find((l) => l.dataset.cinList === parts[i]);
    if (list && i + 1 < parts.length && /^\d+$/.test(parts[i + 1])) {
      const row = rowsOf(list)[Number(parts[i + 1])];
      if (!row) return list;
      scope = row;
      i += 2;
      if (i === parts.length) return row;
      continue;
    }
    if (list) return list;
    const prefix = fields.find((el) => el.dataset.cinPath.startsWith(`${rest}.`));
    if (prefix) return prefix;
    return scope;
  }
  return scope;
}
