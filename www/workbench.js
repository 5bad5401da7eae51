// The ruleset workbench: a council's procedure owner writes a ruleset (format 1,
// docs/RULESETS.md) and tries it. It uses the package's core directly: loadRuleset() checks
// the text as it is typed (every problem at its path), check() runs the demo's example
// plans against it, and the checklist the ruleset defines is drawn from a report.
// Nothing is stored and nothing is sent: the only requests are for this site's own files
// (the package, the built-in rulesets it ships, the example plans), and a saved ruleset is
// a download made in the page.

import init, { authorities, check, loadRuleset } from '/pkg/web/cinplan.js';

const $ = (id) => document.getElementById(id);
const els = {
  builtin: $('builtin'),
  useBuiltin: $('use-builtin'),
  openButton: $('open-button'),
  open: $('open'),
  save: $('save'),
  status: $('status'),
  loadError: $('load-error'),
  source: $('source'),
  state: $('source-state'),
  problems: $('problems'),
  problemsList: $('problems-list'),
  items: $('items'),
  checklistNote: $('checklist-note'),
  rows: $('example-rows'),
  unfired: $('unfired'),
  plan: $('plan'),
  detail: $('detail'),
  ruleForm: $('rule-form'),
  rule: $('rule'),
  ruleFields: $('rule-fields'),
  ruleSeverity: $('rule-severity'),
  ruleItem: $('rule-item'),
  ruleEssential: $('rule-essential'),
  ruleCheck: $('rule-check'),
  ruleCheckHint: $('rule-check-hint'),
  ruleCheckError: $('rule-check-error'),
  ruleMessage: $('rule-message'),
  ruleHint: $('rule-hint'),
  ruleSource: $('rule-source'),
  ruleQuote: $('rule-quote'),
};

const state = {
  builtins: [], // authorities() at start: [{ id, name, … }]
  examples: [], // [{ file, authority, title, weakness, asOf, text }]
  ruleset: null, // the last ruleset that loaded: its parsed JSON
  id: null,
  checklist: [], // [{ item, label }] of the last ruleset that loaded
  kinds: new Map(), // kind of check -> what it checks and its placeholders (from the package's schema.json)
};

// ------------------------------------------------------------------ small helpers

/** An element with attributes and children (text is always a text node, never HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c);
  return el;
}

function setStatus(text, problem = false) {
  els.status.textContent = text;
  els.status.classList.toggle('status--problem', problem);
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Where the value at a problem's path is in the JSON text: { start, end }, or the nearest
 * enclosing value that is there (a missing field points at its object). Tolerates text
 * that is not JSON, answering what it found before the fault.
 */
export function locate(text, path) {
  const want = path ? path.split('.') : [];
  let i = 0;
  let best = null;
  const skip = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const readString = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(start, i));
    } catch {
      return null;
    }
  };
  const value = (depth, onPath) => {
    skip();
    const start = i;
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skip();
      for (let n = 0; i < text.length && text[i] !== close; n++) {
        let key = String(n);
        if (c === '{') {
          if (text[i] !== '"') throw new Error('key');
          key = readString();
          skip();
          if (text[i] !== ':') throw new Error('colon');
          i++;
        }
        value(depth + 1, onPath && want[depth] === key);
        skip();
        if (text[i] === ',') i++;
        skip();
      }
      i++;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !',}] \t\r\n'.includes(text[i])) i++;
      if (i === start) throw new Error('value');
    }
    if (onPath && (!best || depth > best.depth)) best = { depth, start, end: i };
  };
  try {
    value(0, true);
  } catch {
    // not JSON from here on: what was found so far
  }
  return best;
}

/** The offset of "line L column C" in a message about text that is not JSON. */
function offsetOf(text, message) {
  const m = /line (\d+) column (\d+)/.exec(message);
  if (!m) return null;
  const lines = text.split('\n');
  const line = Math.min(Number(m[1]), lines.length) - 1;
  let at = 0;
  for (let k = 0; k < line; k++) at += lines[k].length + 1;
  return Math.min(at + Number(m[2]) - 1, text.length);
}

/** Selects the place a problem names in the textarea and scrolls it into view. */
function goTo(problem) {
  const text = els.source.value;
  let start = 0;
  let end = 0;
  const found = problem.path ? locate(text, problem.path) : null;
  if (found) {
    ({ start, end } = found);
  } else {
    start = end = offsetOf(text, problem.message) ?? 0;
  }
  els.source.focus();
  els.source.setSelectionRange(start, end);
  // Scroll the selection into view: the line's share of the textarea's height.
  const line = text.slice(0, start).split('\n').length - 1;
  const lines = text.split('\n').length;
  els.source.scrollTop = Math.max(0, (line / lines) * els.source.scrollHeight - els.source.clientHeight / 3);
}

// ------------------------------------------------------------------ checking the text

let timer = 0;
let runs = 0;

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(checkSource, 300);
}

/** Loads the text into the core; shows its problems, or the checklist and the examples. */
let lastText = null;

function checkSource() {
  clearTimeout(timer);
  const text = els.source.value;
  // Leaving the box (its change event) after the input check has run changes nothing: the
  // problem list stays as it is, so a click on one of its links is not lost.
  if (text === lastText) return;
  lastText = text;
  const result = text.trim() ? loadRuleset(text, { replace: true }) : { ok: false, id: null, errors: [] };
  runs += 1;
  document.documentElement.dataset.checks = String(runs);
  showProblems(result.errors);
  els.save.disabled = !text.trim();
  if (!result.ok) {
    document.documentElement.dataset.state = 'problems';
    els.state.textContent = result.errors.length
      ? `${plural(result.errors.length, 'problem')} to fix. The checklist and the example plans below are from the last version without problems.`
      : '';
    return;
  }
  document.documentElement.dataset.state = 'ok';
  state.id = result.id;
  state.ruleset = JSON.parse(text);
  els.state.textContent = `No problems: plans can be checked against “${state.ruleset.shortName}” (${result.id}, version ${state.ruleset.version}).`;
  showChecklist();
  runExamples();
  showRuleChoices();
}

function showProblems(errors) {
  els.problemsList.replaceChildren(
    ...errors.map((e, k) => {
      const link = h('a', { href: '#source', 'data-problem': String(k) }, e.path ? h('code', { text: e.path }) : null, e.path ? ': ' : '', e.message);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        goTo(e);
      });
      return h('li', {}, link);
    }),
  );
  els.problems.hidden = errors.length === 0;
}

// ------------------------------------------------------------------ the checklist

/** The checklist as a report on an empty plan gives it, with the rules under each item. */
function showChecklist() {
  const report = check({}, { authority: state.id, today: '2026-01-05' });
  state.checklist = report.checklist.map((c) => ({ item: c.item, label: c.label }));
  const rs = state.ruleset;
  const counting = (item) => [
    ...(rs.rules || []).filter((r) => r.item === item).map((r) => ({ id: r.id, kind: r.check.kind, severity: r.severity, what: 'rule' })),
    ...(rs.deadlines || []).filter((d) => (d.item || 'timescales') === item).map((d) => ({ id: d.id, kind: d.kind, severity: d.severity || 'error', what: 'deadline' })),
  ];
  els.items.replaceChildren(
    ...report.checklist.map((c) => {
      const list = counting(c.item);
      return h(
        'li',
        { class: 'wb-item', 'data-item': c.item },
        h('h3', { class: 'wb-item__label' }, c.label, ' ', h('code', { class: 'wb-item__id', text: c.item })),
        list.length
          ? h(
              'ul',
              { class: 'wb-item__rules' },
              list.map((r) =>
                h(
                  'li',
                  {},
                  h('span', { class: `sev sev--${r.severity}`, text: r.severity }),
                  ' ',
                  h('code', { text: r.id }),
                  ` — ${r.what === 'rule' ? 'check' : 'deadline'}: ${r.kind}`,
                ),
              ),
            )
          : h('p', { class: 'wb-item__none', text: 'Nothing counts against this item, so it always shows as met.' }),
      );
    }),
  );
}

// ------------------------------------------------------------------ the example plans

function runExamples() {
  const own = new Set([...(state.ruleset.rules || []).map((r) => r.id), ...(state.ruleset.deadlines || []).map((d) => d.id)]);
  const fired = new Set();
  const rows = state.examples.map((ex) => {
    const report = check(ex.text, { authority: state.id, today: ex.asOf });
    ex.report = report;
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    const rules = [...new Set(report.findings.map((f) => f.rule).filter((r) => own.has(r)))];
    rules.forEach((r) => fired.add(r));
    return h(
      'tr',
      { 'data-file': ex.file },
      h('th', { scope: 'row' }, ex.title, h('span', { class: 'wb-plan-file', text: ` (${ex.file})` })),
      h('td', { class: 'wb-num', text: String(errors) }),
      h('td', { class: 'wb-num', text: String(warnings) }),
      h('td', { class: 'wb-fired' }, rules.length ? rules.map((r) => h('code', { text: r })) : h('span', { class: 'hint', text: 'none' })),
    );
  });
  els.rows.replaceChildren(...rows);
  const unfired = [...own].filter((r) => !fired.has(r));
  els.unfired.textContent = unfired.length
    ? `No example plan makes these fire: ${unfired.join(', ')}. Try them on a plan of your own.`
    : 'Every rule and deadline fires on at least one example plan.';
  showDetail();
}

function showDetail() {
  const ex = state.examples.find((e) => e.file === els.plan.value);
  if (!ex || !ex.report) {
    els.detail.replaceChildren();
    return;
  }
  const r = ex.report;
  const findings = r.findings.length
    ? h(
        'ul',
        { class: 'wb-findings' },
        r.findings.map((f) =>
          h('li', {}, h('span', { class: `sev sev--${f.severity}`, text: f.severity }), ' ', f.message, ' ', h('code', { text: f.rule }), f.path ? [' at ', h('code', { text: f.path })] : null),
        ),
      )
    : h('p', { text: 'No findings.' });
  const due = r.due.length
    ? h(
        'ul',
        { class: 'wb-due' },
        r.due.map((d) => h('li', {}, h('strong', { text: d.label || d.kind }), `: ${d.date}${d.overdue ? ' (overdue)' : d.done ? ' (done)' : ''} — ${d.basis}`)),
      )
    : h('p', { text: 'No due dates can be worked out from this plan.' });
  els.detail.replaceChildren(h('h4', { text: `Findings on ${ex.asOf}` }), findings, h('h4', { text: 'Due dates' }), due);
}

// ------------------------------------------------------------------ edit one rule

/** The rules of the last ruleset that loaded, in the rule picker (keeping the choice). */
function showRuleChoices() {
  const rules = state.ruleset.rules || [];
  const chosen = els.rule.value;
  els.rule.replaceChildren(
    h('option', { value: '', text: 'Choose a rule…' }),
    ...rules.map((r, k) => h('option', { value: String(k), text: `${k + 1}. ${r.id} (${r.check && r.check.kind})` })),
  );
  els.ruleItem.replaceChildren(...state.checklist.map((c) => h('option', { value: c.item, text: `${c.label} (${c.item})` })));
  els.rule.value = rules[Number(chosen)] && chosen !== '' ? chosen : '';
  fillRule();
}

function fillRule() {
  const rule = els.rule.value === '' ? null : (state.ruleset.rules || [])[Number(els.rule.value)];
  els.ruleFields.disabled = !rule;
  els.ruleCheckError.hidden = true;
  const r = rule || {};
  els.ruleSeverity.value = r.severity || 'error';
  els.ruleItem.value = r.item || '';
  els.ruleEssential.checked = r.essential === true;
  els.ruleCheck.value = rule ? JSON.stringify(r.check) : '';
  els.ruleMessage.value = r.message || '';
  els.ruleHint.value = r.hint || '';
  els.ruleSource.value = r.source || '';
  els.ruleQuote.value = r.quote || '';
  describeKind();
}

/** What the rule's kind of check does, and the placeholders its messages may use. */
function describeKind() {
  let kind = null;
  try {
    kind = JSON.parse(els.ruleCheck.value).kind;
  } catch {
    // described once it reads
  }
  els.ruleCheckHint.textContent = state.kinds.get(kind) || 'A kind of check and its parameters, e.g. {"kind": "present", "path": "contingency"}.';
}

/** Puts the form's rule in place of the old one, rewriting only that rule's text. */
function updateRule(event) {
  event.preventDefault();
  const k = Number(els.rule.value);
  const old = (state.ruleset.rules || [])[k];
  if (!old) return;
  let checkValue;
  try {
    checkValue = JSON.parse(els.ruleCheck.value);
    els.ruleCheckError.hidden = true;
  } catch {
    els.ruleCheckError.hidden = false;
    els.ruleCheckError.replaceChildren(h('span', { class: 'visually-hidden', text: 'Error: ' }), 'What is checked must be written as JSON, e.g. {"kind": "present", "path": "contingency"}.');
    els.ruleCheck.focus();
    return;
  }
  const text = (v) => (v.trim() ? v : undefined);
  const rule = {
    ...old,
    severity: els.ruleSeverity.value,
    item: els.ruleItem.value,
    essential: els.ruleEssential.checked || undefined,
    check: checkValue,
    message: els.ruleMessage.value,
    hint: text(els.ruleHint.value),
    source: els.ruleSource.value,
    quote: els.ruleQuote.value,
  };
  const source = els.source.value;
  const at = locate(source, `rules.${k}`);
  if (!at || at.depth !== 2) {
    setStatus('The rule could not be found in the text; edit it there.', true);
    return;
  }
  const lineStart = source.lastIndexOf('\n', at.start - 1) + 1;
  const indent = source.slice(lineStart, at.start).match(/^\s*/)[0];
  const written = JSON.stringify(rule, null, 2).split('\n').join(`\n${indent}`);
  els.source.value = source.slice(0, at.start) + written + source.slice(at.end);
  checkSource();
  setStatus(`Rule ${k + 1} (${rule.id}) updated in the ruleset.`);
}

// ------------------------------------------------------------------ opening and saving

async function startFrom(id) {
  setStatus(`Opening the ruleset of ${id}…`);
  try {
    const res = await fetch(`/pkg/rulesets/${encodeURIComponent(id)}.json`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    els.source.value = await res.text();
  } catch (e) {
    setStatus(`The ruleset of ${id} could not be opened (${e.message}).`, true);
    return;
  }
  checkSource();
  setStatus(`Started from a copy of the ruleset of ${id}.`);
}

function openFile(file) {
  const reader = new FileReader();
  reader.onload = () => {
    els.source.value = String(reader.result);
    checkSource();
    setStatus(`Opened ${file.name}.`);
  };
  reader.onerror = () => setStatus(`${file.name} could not be read.`, true);
  reader.readAsText(file);
}

function save() {
  const text = els.source.value;
  let id = state.id || 'ruleset';
  try {
    id = JSON.parse(text).id || id;
  } catch {
    // saved as it is, problems and all: the person may want to finish it later
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: `${String(id).replace(/[^a-z0-9-]/gi, '-')}.json`, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  setStatus(`Saved as ${a.download}.`);
}

// ------------------------------------------------------------------ start-up

async function main() {
  try {
    await init();
    state.builtins = authorities();
    // What each kind of check does and its placeholders, as the format's schema says.
    const schema = await (await fetch('/pkg/rulesets/schema.json')).json();
    for (const k of schema.$defs.Check.oneOf) state.kinds.set(k.properties.kind.const, k.description);
    const res = await fetch('examples/index.json');
    const { examples } = await res.json();
    state.examples = await Promise.all(
      examples.map(async (ex) => {
        const r = await fetch(`examples/${String(ex.file).split('/').map(encodeURIComponent).join('/')}`);
        return { ...ex, text: await r.text() };
      }),
    );
  } catch (e) {
    els.loadError.hidden = false;
    els.loadError.textContent = `The workbench could not start: ${e.message}`;
    document.documentElement.dataset.ready = 'error';
    return;
  }
  els.builtin.replaceChildren(...state.builtins.map((a) => h('option', { value: a.id, text: a.name })));
  els.plan.replaceChildren(...state.examples.map((ex) => h('option', { value: ex.file, text: `${ex.title} (${ex.file})` })));
  els.builtin.disabled = false;
  els.useBuiltin.disabled = false;
  els.useBuiltin.addEventListener('click', () => startFrom(els.builtin.value));
  els.openButton.addEventListener('click', () => els.open.click());
  els.open.addEventListener('change', () => {
    if (els.open.files && els.open.files[0]) openFile(els.open.files[0]);
    els.open.value = '';
  });
  els.save.addEventListener('click', save);
  els.source.addEventListener('input', scheduleCheck);
  els.source.addEventListener('change', checkSource);
  els.plan.addEventListener('change', showDetail);
  els.rule.addEventListener('change', fillRule);
  els.ruleCheck.addEventListener('input', describeKind);
  els.ruleForm.addEventListener('submit', updateRule);
  document.documentElement.dataset.ready = 'true';
  const wanted = new URLSearchParams(location.search).get('start');
  const first = [wanted, 'reading', state.builtins[0].id].find((id) => state.builtins.some((a) => a.id === id));
  await startFrom(first);
}

main();
