// Comparing two reports on the same plan (another council, or another "today"), to say
// in words what changed. Pure functions: no DOM, so they are tested directly in Node.
// Checklist labels come from the report; due-date labels from the adapter's one table.

import { DUE_LABELS } from '/pkg/adapter/adapter.js';

export const STATUS_WORDS = { met: 'met', partial: 'partly met', notMet: 'not met' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function humanise(id) {
  const s = String(id).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function itemLabel(entry) {
  return (entry && entry.label) || humanise(entry && entry.item);
}

export function dueLabel(kind) {
  return DUE_LABELS[kind] || humanise(kind);
}

/** "2026-11-17" → "17 Nov 2026" (text passed through when it is not a date). */
export function shortDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) return String(iso);
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const list = (v) => (Array.isArray(v) ? v : []);

function findingKey(f) {
  return `${f.rule}\u0000${f.path ?? ''}`;
}

function groupBy(items, keyOf) {
  const m = new Map();
  for (const it of items) {
    const k = keyOf(it);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(it);
  }
  return m;
}

function dueKey(d) {
  return `${d.kind}\u0000${d.path ?? ''}`;
}

/**
 * What differs between two reports on the same plan.
 * - checklist: items whose status changed (or that one report has and the other not)
 * - appeared / disappeared: findings (by rule and path) only in the new / old report
 * - changed: same rule and path, different words (the usual case when the council changes:
 *   "Reading requires at least every 6 weeks" against "West Berkshire … every 3 months")
 * - due: dates that moved, appeared, disappeared, or became (or stopped being) overdue
 */
export function compareReports(before, after) {
  const out = { checklist: [], appeared: [], disappeared: [], changed: [], due: [] };
  if (!before || !after) return out;

  const oldItems = new Map(list(before.checklist).map((c) => [c.item, c]));
  const newItems = new Map(list(after.checklist).map((c) => [c.item, c]));
  for (const [item, c] of newItems) {
    const o = oldItems.get(item);
    if (!o) out.checklist.push({ item, label: itemLabel(c), from: null, to: c.status });
    else if (o.status !== c.status) out.checklist.push({ item, label: itemLabel(c), from: o.status, to: c.status });
  }
  for (const [item, o] of oldItems) {
    if (!newItems.has(item)) out.checklist.push({ item, label: itemLabel(o), from: o.status, to: null });
  }

  const oldF = groupBy(list(before.findings), findingKey);
  const newF = groupBy(list(after.findings), findingKey);
  for (const [k, fs] of newF) {
    const olds = oldF.get(k);
    if (!olds) {
      out.appeared.push(...fs);
      continue;
    }
    const oldMsgs = olds.map((f) => `${f.severity}\u0000${f.message}`).sort().join('\u0001');
    const newMsgs = fs.map((f) => `${f.severity}\u0000${f.message}`).sort().join('\u0001');
    if (oldMsgs !== newMsgs) out.changed.push({ before: olds, after: fs });
  }
  for (const [k, fs] of oldF) {
    if (!newF.has(k)) out.disappeared.push(...fs);
  }

  const oldD = new Map(list(before.due).map((d) => [dueKey(d), d]));
  const newD = new Map(list(after.due).map((d) => [dueKey(d), d]));
  for (const [k, d] of newD) {
    const o = oldD.get(k);
    if (!o) out.due.push({ kind: d.kind, label: dueLabel(d.kind), from: null, to: d });
    else if (o.date !== d.date || !!o.overdue !== !!d.overdue || !!o.done !== !!d.done) {
      out.due.push({ kind: d.kind, label: dueLabel(d.kind), from: o, to: d });
    }
  }
  for (const [k, o] of oldD) {
    if (!newD.has(k)) out.due.push({ kind: o.kind, label: dueLabel(o.kind), from: o, to: null });
  }
  return out;
}

export function changeCount(diff) {
  return diff.checklist.length + diff.appeared.length + diff.disappeared.length + diff.changed.length + diff.due.length;
}

function dueState(d) {
  if (d.done) return 'done';
  if (d.overdue) return 'overdue';
  return 'due';
}

/**
 * The differences as lines for the page: { tag: 'new'|'gone'|'changed', text, detail? }.
 * `oldName` and `newName` name the two sides ("Reading", "West Berkshire", or dates).
 */
export function describeChanges(diff, oldName, newName) {
  const lines = [];
  for (const c of diff.checklist) {
    let text;
    if (c.from === null) text = `${c.label}: a checklist item for ${newName} (${STATUS_WORDS[c.to] || c.to}).`;
    else if (c.to === null) text = `${c.label}: not a checklist item for ${newName}.`;
    else text = `${c.label}: ${STATUS_WORDS[c.from] || c.from} for ${oldName}, ${STATUS_WORDS[c.to] || c.to} for ${newName}.`;
    lines.push({ tag: 'changed', text });
  }
  for (const ch of diff.changed) {
    lines.push({
      tag: 'changed',
      text: ch.after.map((f) => f.message).join(' '),
      detail: `${oldName} said: ${ch.before.map((f) => f.message).join(' ')}`,
    });
  }
  for (const f of diff.appeared) {
    lines.push({ tag: 'new', text: f.message, detail: `New for ${newName} (${f.severity}).` });
  }
  for (const f of diff.disappeared) {
    lines.push({ tag: 'gone', text: f.message, detail: `${oldName} only; not a point for ${newName}.` });
  }
  for (const d of diff.due) {
    let text;
    if (!d.from) text = `${d.label}: ${shortDate(d.to.date)} (only for ${newName}).`;
    else if (!d.to) text = `${d.label}: no date for ${newName} (was ${shortDate(d.from.date)}).`;
    else if (d.from.date !== d.to.date) text = `${d.label}: ${shortDate(d.from.date)} for ${oldName}, ${shortDate(d.to.date)} for ${newName}.`;
    else text = `${d.label} (${shortDate(d.to.date)}): ${dueState(d.from)} for ${oldName}, ${dueState(d.to)} for ${newName}.`;
    if (d.to && d.to.overdue && !d.to.done) text += ' Overdue.';
    lines.push({ tag: 'changed', text, detail: d.to && d.to.basis ? d.to.basis : undefined });
  }
  return lines;
}

export function counts(report) {
  const findings = list(report && report.findings);
  const checklist = list(report && report.checklist);
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    info: findings.filter((f) => f.severity === 'info').length,
    met: checklist.filter((c) => c.status === 'met').length,
    items: checklist.length,
    overdue: list(report && report.due).filter((d) => d.overdue && !d.done).length,
  };
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** "2 errors, 1 warning; 4 of 5 checklist items met; 1 date overdue." */
export function summarise(report) {
  const c = counts(report);
  let s = `${plural(c.errors, 'error', 'errors')}, ${plural(c.warnings, 'warning', 'warnings')}; ${c.met} of ${c.items} checklist items met`;
  if (c.overdue) s += `; ${plural(c.overdue, 'date', 'dates')} overdue`;
  return `${s}.`;
}
