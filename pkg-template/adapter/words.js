// Words the panels show that the report does not carry: status tags, the SMART letters'
// names, and dates written out. Everything else (checklist labels, due-date labels, the
// reasons and messages) comes from the report, one wording for every screen.

export const STATUS_WORDS = { met: 'Met', partial: 'Partly met', notMet: 'Not met' };

/** How the live region says a status changed: "Contingency plan: now met". */
export const STATUS_NOW = { met: 'now met', partial: 'now partly met', notMet: 'now not met' };

export const SMART_LETTERS = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable',
  R: 'Relevant',
  T: 'Time-bound',
  P: 'Plain language',
};

/** "visitFrequency" → "Visit frequency": the last resort for an entry the report does not label. */
export function humanise(id) {
  const s = String(id).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A checklist entry's label: the report's own, else its id made readable. */
export function itemLabel(entry) {
  return entry.label || humanise(entry.item);
}

/** A due date's label: the report's own, else its kind made readable. */
export function dueLabel(entry) {
  return entry.label || humanise(entry.kind);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2026-11-17" → "Tuesday 17 November 2026". */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) return String(iso);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The browser's local date as YYYY-MM-DD (the core never reads a clock). */
export function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
