// SMART marks in each outcome row (a table row's first cell, after a fieldset's legend,
// else at the start of the row): "SMART check, outcome N:" and one mark per letter of
// report.smart (S, M, A, R, T, P), ✓ or ✗, the reasons in a tooltip and, for screen
// readers, the letter's name and verdict. A row's marks are drawn again only when they change.
// An outcome with nothing written yet gets no marks (its "A ✓" would praise an empty row).

import { h, tagOf } from './dom.js';
import { SMART_LETTERS } from './words.js';

/** Where marks go in a row. */
function anchorIn(row) {
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

function render(path, letters) {
  const n = Number(String(path).split('.')[1]) + 1;
  const marks = letters.map((l) => {
    const name = SMART_LETTERS[l.letter] || l.letter;
    const why = (l.reasons || []).join(' ');
    return h(
      'li',
      { class: `cin-smart__mark cin-smart__mark--${l.met ? 'met' : 'unmet'}`, title: `${name}: ${why}` },
      h('span', { 'aria-hidden': 'true', text: `${l.letter} ${l.met ? '✓' : '✗'}` }),
      h('span', { class: 'cin-visually-hidden', text: `${name}: ${l.met ? 'yes' : 'not yet'}. ${why}` }),
    );
  });
  return h(
    'div',
    { class: 'cin-smart', 'data-cin-smart': path },
    h('span', { class: 'cin-smart__label', text: `SMART check, outcome ${n}:` }),
    h('ul', { class: 'cin-smart__marks' }, ...marks),
  );
}

const sameList = (a, b) => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

function sameLetters(a, b) {
  return a.length === b.length && a.every((l, i) => l.letter === b[i].letter && !!l.met === !!b[i].met && sameList(l.reasons, b[i].reasons));
}

/** `rowAt(path)`: the row element of an outcome path ("outcomes.2"), if the form has it. */
export function createSmartMarks({ rowAt }) {
  let shown = new Map(); // row element → { path, letters, node }

  /** `plan`: the plan as read from the form, to leave out outcomes with nothing written yet. */
  function update(report, plan) {
    const next = new Map();
    const outcomes = plan && Array.isArray(plan.outcomes) ? plan.outcomes : [];
    for (const entry of Array.isArray(report.smart) ? report.smart : []) {
      const outcome = entry && outcomes[Number(String(entry.path).split('.')[1])];
      if (!outcome || typeof outcome.description !== 'string' || !outcome.description.trim()) continue;
      const row = rowAt(entry.path);
      const letters = Array.isArray(entry && entry.letters) ? entry.letters : [];
      if (!row || !letters.length || next.has(row)) continue;
      const prev = shown.get(row);
      shown.delete(row);
      if (prev && prev.path === entry.path && sameLetters(prev.letters, letters) && prev.node.isConnected) {
        next.set(row, prev);
        continue;
      }
      // The old marks go first: they may be the node the new ones would be placed before.
      if (prev) prev.node.remove();
      const anchor = anchorIn(row);
      if (!anchor) continue;
      const node = render(entry.path, letters);
      anchor.parent.insertBefore(node, anchor.before);
      next.set(row, { path: entry.path, letters, node });
    }
    for (const old of shown.values()) old.node.remove();
    shown = next;
  }

  function destroy() {
    for (const { node } of shown.values()) node.remove();
    shown = new Map();
  }

  return { update, destroy };
}
