// Comparing two reports on the same plan (another council, or another "today"), to say
// in words what changed, and two plans (an example beside the exemplary plan), to mark
// where they differ. Pure functions: no DOM, so they are tested directly in Node. Every
// label (checklist items, due dates) comes from the report: one wording everywhere.

export const STATUS_WORDS = { met: 'met', partial: 'partly met', notMet: 'not met' };
/** The same, as a tag or a table cell. */
export const STATUS_TAGS = { met: 'Met', partial: 'Partly met', notMet: 'Not met' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function humanise(id) {
  const s = String(id).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function itemLabel(entry) {
  return (entry && entry.label) || humanise(entry && entry.item);
}

/** A due date's label: the report's own, else its kind made readable. */
export function dueLabel(entry) {
  return (entry && entry.label) || humanise(entry && entry.kind);
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

// The label is part of the key: one kind may have several dates at one place (a council's
// escalation reviews at 5, 6 and 9 months all count from the plan's start).
function dueKey(d) {
  return `${d.kind}\u0000${d.path ?? ''}\u0000${d.label ?? ''}`;
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
    if (!o) out.due.push({ kind: d.kind, label: dueLabel(d), from: null, to: d });
    else if (o.date !== d.date || !!o.overdue !== !!d.overdue || !!o.done !== !!d.done) {
      out.due.push({ kind: d.kind, label: dueLabel(d), from: o, to: d });
    }
  }
  for (const [k, o] of oldD) {
    if (!newD.has(k)) out.due.push({ kind: o.kind, label: dueLabel(o), from: o, to: null });
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

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The differences as lines for the page: { tag: 'new'|'gone'|'changed', text, detail? }.
 * `before` and `after` say which side is which, as they read after a status: "for Reading"
 * and "for West Berkshire", or "on Sunday 22 November 2026" and "on Wednesday 20 January 2027".
 */
export function describeChanges(diff, before, after) {
  const lines = [];
  for (const c of diff.checklist) {
    let text;
    if (c.from === null) text = `${c.label}: a checklist item ${after} (${STATUS_WORDS[c.to] || c.to}).`;
    else if (c.to === null) text = `${c.label}: not a checklist item ${after}.`;
    else text = `${c.label}: ${STATUS_WORDS[c.from] || c.from} ${before}, ${STATUS_WORDS[c.to] || c.to} ${after}.`;
    lines.push({ tag: 'changed', text });
  }
  for (const ch of diff.changed) {
    lines.push({
      tag: 'changed',
      text: ch.after.map((f) => f.message).join(' '),
      detail: `${capital(before)} it said: ${ch.before.map((f) => f.message).join(' ')}`,
    });
  }
  for (const f of diff.appeared) {
    lines.push({ tag: 'new', text: f.message, detail: `New ${after} (${f.severity}).` });
  }
  for (const f of diff.disappeared) {
    lines.push({ tag: 'gone', text: f.message, detail: `${capital(before)} only; not a point ${after}.` });
  }
  for (const d of diff.due) {
    let text;
    if (!d.from) text = `${d.label}: ${shortDate(d.to.date)} (only ${after}).`;
    else if (!d.to) text = `${d.label}: no date ${after} (was ${shortDate(d.from.date)}).`;
    else if (d.from.date !== d.to.date) text = `${d.label}: ${shortDate(d.from.date)} ${before}, ${shortDate(d.to.date)} ${after}.`;
    else text = `${d.label} (${shortDate(d.to.date)}): ${dueState(d.from)} ${before}, ${dueState(d.to)} ${after}.`;
    if (d.to && d.to.overdue && !d.to.done) text += ' Overdue.';
    lines.push({ tag: 'changed', text, detail: d.to && d.to.basis ? d.to.basis : undefined });
  }
  return lines;
}

// ------------------------------------------------------------------ two plans side by side

/** A plan's fields as [path, value] pairs, leaves only ("outcomes.0.actions.1.owner"); the `example` member left out. */
export function flattenPlan(plan) {
  const out = new Map();
  const walk = (v, path) => {
    if (Array.isArray(v) && v.some((x) => x && typeof x === 'object')) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) if (!(path === '' && k === 'example')) walk(x, path ? `${path}.${k}` : k);
    } else if (v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) out.set(path, v);
  };
  walk(plan, '');
  return out;
}

/** A value as a person reads it: dates written out, yes/no, lists joined. */
export function showValue(v) {
  if (v === undefined) return '';
  if (v === true) return 'Yes';
  if (v === false) return 'No';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return shortDate(v);
  if (v && typeof v === 'object') return `${v.every ?? ''} ${v.unit ?? ''}`.trim();
  return String(v);
}

const ROW_NOUNS = { needs: 'need', outcomes: 'outcome', actions: 'action', services: 'service', contacts: 'contact', meetings: 'meeting' };

/**
 * A field's name for people, from the core's labels (`planFields()`: [{path, label}] with
 * `*` for a row's index): "outcomes.1.actions.0.owner" → "Who does the action (outcome 2, action 1)".
 */
export function fieldName(path, labels) {
  const pattern = path.replace(/\.\d+(?=\.|$)/g, '.*');
  const label = labels.get(pattern) || humanise(path.split('.').pop());
  const rows = [...path.matchAll(/([a-zA-Z]+)\.(\d+)(?=\.|$)/g)].map((m) => `${ROW_NOUNS[m[1]] || m[1]} ${Number(m[2]) + 1}`);
  return capital(rows.length ? `${label} (${rows.join(', ')})` : label);
}

/**
 * Where two plans differ, field by field, in the order of the first then the second:
 * [{ path, name, a, b, tag: 'changed' | 'missing' | 'added' }] (`a`, `b`: the values as
 * shown; '' where a plan has none). `fields`: the core's `planFields()`.
 */
export function comparePlans(a, b, fields) {
  const labels = new Map((Array.isArray(fields) ? fields : []).map((f) => [f.path, f.label]));
  const fa = flattenPlan(a);
  const fb = flattenPlan(b);
  const out = [];
  for (const path of new Set([...fa.keys(), ...fb.keys()])) {
    const x = fa.has(path) ? showValue(fa.get(path)) : '';
    const y = fb.has(path) ? showValue(fb.get(path)) : '';
    if (x === y) continue;
    out.push({ path, name: fieldName(path, labels), a: x, b: y, tag: !y ? 'missing' : !x ? 'added' : 'changed' });
  }
  return out;
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

/**
 * "4 of 5 checklist items met; 2 things to put right; 1 point worth checking; 1 date
 * overdue." Checklist first, in the neutral words of the calm first view: a blank plan is
 * work still to do, not a list of errors.
 */
export function summarise(report) {
  const c = counts(report);
  const parts = [`${c.met} of ${c.items} checklist items met`];
  if (c.errors) parts.push(`${plural(c.errors, 'thing', 'things')} to put right`);
  if (c.warnings) parts.push(`${plural(c.warnings, 'point', 'points')} worth checking`);
  if (c.overdue) parts.push(`${plural(c.overdue, 'date', 'dates')} overdue`);
  return `${parts.join('; ')}.`;
}
