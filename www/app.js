// The cinplan demo page. It uses the published package exactly as an integrator would:
// only through the adapter (`attach`, `authorities`, `ready`, `readPlan`, `check`,
// `planFields`) at /pkg/adapter/adapter.js. Everything else here is the page's own: the
// example loader (each example checked on its own date), opening and saving plan files,
// the authority switch message, trainer notes, an example beside its exemplary plan, the
// timeline, the print view and the trainer's handout.
// Nothing is stored and nothing is sent anywhere; the only requests are for this site's
// own files (the page, the examples, the package).

import { addRow, clearForm, elementForPath, fillForm, listForButton, readPlan, removeRow } from './planform.js';
import { compareReports, counts, describeChanges, summarise } from './compare.js';
import { longDate, renderTimeline } from './timeline.js';
import { renderPrintPlan } from './printview.js';
import { renderHandout } from './handout.js';
import { renderSideBySide } from './sidebyside.js';

const $ = (id) => document.getElementById(id);

const els = {
  form: $('plan'),
  authority: $('authority'),
  today: $('today'),
  example: $('example'),
  exampleAbout: $('example-about'),
  loadExample: $('load-example'),
  trainer: $('trainer'),
  trainerNotes: $('trainer-notes'),
  trainerList: $('trainer-list'),
  trainerEmpty: $('trainer-empty'),
  trainerSmart: $('trainer-smart'),
  exportButton: $('export'),
  importButton: $('import-button'),
  importInput: $('import'),
  printButton: $('print'),
  handoutButton: $('print-handout'),
  printHandout: $('print-handout-sheet'),
  asOf: $('as-of'),
  asOfText: $('as-of-text'),
  backToToday: $('back-to-today'),
  sideBySide: $('side-by-side'),
  sideBySideIntro: $('side-by-side-intro'),
  sideBySideBody: $('side-by-side-body'),
  checkbar: $('checkbar'),
  clearButton: $('clear'),
  status: $('status'),
  changes: $('changes'),
  changesTitle: $('changes-h'),
  changesList: $('changes-list'),
  authorityLine: $('authority-line'),
  loadError: $('load-error'),
  printPlan: $('print-plan'),
  timeline: {
    list: $('timeline-list'),
    body: $('calendar-body'),
    caption: $('calendar-caption'),
    note: $('holiday-note'),
    legendHoliday: document.querySelector('.key--holiday'),
  },
};

/** Runs page actions that re-attach or switch one after another, never interleaved. */
let queue = Promise.resolve();
function serially(fn) {
  const run = queue.then(fn, fn);
  queue = run.catch(() => {});
  return run;
}

const state = {
  adapter: null, // the imported adapter module
  handle: null,
  authorities: [], // [{id, name, shortName, …}]
  examples: [], // examples/index.json entries: { file, authority, title, weakness, about, rules, asOf }
  report: null,
  fields: [], // the core's planFields(): each field's path and label
  realToday: '', // the date the page opened on (?today= or the local date): "back to today"
  example: null, // the example loaded last, while the form holds it
  exemplary: null, // its council's exemplary plan, to show beside it: { file, plan, title, reports: Map }
};

// ------------------------------------------------------------------ small helpers

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const isIsoDate = (s) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

function authorityName(id, { long = false } = {}) {
  const a = state.authorities.find((x) => x.id === id);
  if (!a) return id;
  return long ? a.name || a.shortName || id : a.shortName || a.name || id;
}

function setStatus(text, { problem = false } = {}) {
  els.status.textContent = text;
  els.status.classList.toggle('status--problem', problem);
}

function showChanges(title, lines) {
  if (!lines || !lines.length) {
    els.changes.hidden = true;
    els.changesList.replaceChildren();
    return;
  }
  els.changesTitle.textContent = title;
  els.changesList.replaceChildren(
    ...lines.map((line) => {
      const li = document.createElement('li');
      const tag = document.createElement('span');
      tag.className = `change__tag change__tag--${line.tag}`;
      tag.textContent = { new: 'New', gone: 'Gone', changed: 'Changed' }[line.tag] || line.tag;
      li.append(tag, line.text);
      if (line.detail) {
        const d = document.createElement('span');
        d.className = 'change__pair';
        d.textContent = line.detail;
        li.append(d);
      }
      return li;
    }),
  );
  els.changes.hidden = false;
}

// ------------------------------------------------------------------ reports

function onReport(report) {
  state.report = report;
  renderReport();
}

function renderReport() {
  const report = state.report;
  if (!report) return;
  const c = counts(report);
  els.authorityLine.textContent = `Checking against ${authorityName(report.authority && report.authority.id, { long: true })}: ${summarise(report)}`;
  els.authorityLine.dataset.errors = String(c.errors);
  els.checkbar.textContent = `Checklist: ${c.met} of ${c.items} items met`;
  els.checkbar.hidden = false;
  renderTimeline(els.timeline, report, holidaysFrom(report));
  renderTrainer(report);
  renderComparison();
}

/** The loaded example beside its council's exemplary plan, while the form holds a weak example. */
function renderComparison() {
  const good = state.exemplary;
  if (!good || !state.example || !state.handle || !state.report) {
    els.sideBySide.hidden = true;
    return;
  }
  const authority = els.authority.value;
  const today = els.today.value || localToday();
  const key = `${authority}\u0000${today}`;
  if (!good.reports.has(key)) good.reports.set(key, state.adapter.check(good.plan, { authority, today }));
  const n = renderSideBySide(
    els.sideBySideBody,
    { plan: good.plan, report: good.reports.get(key), title: good.title },
    { plan: state.handle.plan, report: state.report },
    state.fields,
  );
  els.sideBySideIntro.textContent =
    `The plan in the form (${state.example.weakness ? `weakness: ${state.example.weakness}` : state.example.title}) beside ${authorityName(good.authority)}'s exemplary plan, both checked against ${authorityName(authority)} ` +
    `as they stand on ${longDate(today)}: ${n === 1 ? 'one field differs' : `${n} fields differ`}, marked below.`;
  els.sideBySide.hidden = false;
}

/** The bank holidays the report lists for the span of its due dates. */
function holidaysFrom(report) {
  const h = report && report.holidays;
  return Array.isArray(h) ? h : [];
}

function renderTrainer(report) {
  const on = els.trainer.checked;
  els.trainerNotes.hidden = !on;
  document.body.classList.toggle('trainer-mode', on);
  if (!on) return;
  const findings = Array.isArray(report.findings) ? report.findings : [];
  els.trainerEmpty.hidden = findings.length > 0;
  els.trainerList.replaceChildren(
    ...findings.map((f) => {
      const li = document.createElement('li');
      li.className = 'trainer__item';
      const sev = document.createElement('span');
      const severity = ['error', 'warning', 'info'].includes(f.severity) ? f.severity : 'info';
      sev.className = `sev sev--${severity}`;
      sev.textContent = { error: 'Error', warning: 'Warning', info: 'Advice' }[severity];
      const msg = document.createElement('span');
      msg.textContent = f.message;
      const head = document.createElement('p');
      head.append(sev, msg);
      li.append(head);

      const rule = document.createElement('p');
      rule.append('Rule ');
      const code = document.createElement('code');
      code.className = 'trainer__rule';
      code.textContent = f.rule;
      rule.append(code);
      if (f.path) {
        rule.append(' · field ');
        const pathCode = document.createElement('code');
        pathCode.className = 'trainer__rule';
        pathCode.textContent = f.path;
        rule.append(pathCode, ' ');
        const target = elementForPath(els.form, f.path);
        if (target) {
          const go = document.createElement('button');
          go.type = 'button';
          go.className = 'button button--link';
          go.textContent = 'Show in the form';
          go.addEventListener('click', () => focusElement(target));
          rule.append(go);
        }
      }
      li.append(rule);
      if (f.quote) {
        const q = document.createElement('blockquote');
        q.className = 'trainer__quote';
        q.textContent = f.quote;
        li.append(q);
      } else {
        const q = document.createElement('p');
        q.className = 'hint';
        q.textContent = 'No quoted passage for this point.';
        li.append(q);
      }
      if (f.source) {
        const s = document.createElement('p');
        s.className = 'trainer__source';
        s.append('Source: ');
        const cite = document.createElement('cite');
        cite.textContent = f.source;
        s.append(cite);
        li.append(s);
      }
      if (f.hint) {
        const h = document.createElement('p');
        h.textContent = `Suggestion: ${f.hint}`;
        li.append(h);
      }
      return li;
    }),
  );
  renderSmart(report);
}

const LETTERS = { S: 'Specific', M: 'Measurable', A: 'Achievable', R: 'Relevant', T: 'Time-bound', P: 'Plain language' };

/** The core's per-outcome SMART verdicts: each letter met or not, with its reasons. */
function renderSmart(report) {
  // An outcome with nothing written yet has no verdict worth showing.
  const outcomes = (state.handle && state.handle.plan.outcomes) || [];
  const written = (o) => {
    const n = /^outcomes\.(\d+)$/.exec(o.path || '');
    const outcome = n && outcomes[Number(n[1])];
    return outcome && typeof outcome.description === 'string' && outcome.description.trim() !== '';
  };
  const smart = (Array.isArray(report.smart) ? report.smart : []).filter(written);
  if (!smart.length) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = 'No outcomes yet.';
    els.trainerSmart.replaceChildren(p);
    return;
  }
  els.trainerSmart.replaceChildren(
    ...smart.map((o, i) => {
      const box = document.createElement('div');
      box.className = 'smart';
      const n = /^outcomes\.(\d+)$/.exec(o.path || '');
      const title = document.createElement('p');
      title.className = 'smart__title';
      title.textContent = `Outcome ${n ? Number(n[1]) + 1 : i + 1}`;
      const dl = document.createElement('dl');
      dl.className = 'smart__letters';
      for (const l of Array.isArray(o.letters) ? o.letters : []) {
        const dt = document.createElement('dt');
        dt.className = `smart__letter smart__letter--${l.met ? 'met' : 'not'}`;
        dt.textContent = `${l.letter} ${LETTERS[l.letter] || ''}: ${l.met ? 'yes' : 'not yet'}`;
        const dd = document.createElement('dd');
        dd.textContent = (Array.isArray(l.reasons) ? l.reasons : []).join(' ');
        dl.append(dt, dd);
      }
      box.append(title, dl);
      return box;
    }),
  );
}

function focusElement(target) {
  const focusable = target.matches('input, select, textarea, button')
    ? target
    : target.querySelector('input, select, textarea, button');
  (target.closest('fieldset') || target).scrollIntoView({ block: 'center' });
  if (focusable) focusable.focus({ preventScroll: true });
}

/** Re-checks through the adapter; `showAll` shows every message as a submit would. */
function recheck({ showAll = false } = {}) {
  if (!state.handle) return null;
  const report = state.handle.check(showAll ? { showAll: true } : undefined);
  if (report) {
    state.report = report;
    renderReport();
  }
  return report;
}

async function attachChecker({ showAll = false } = {}) {
  if (!state.adapter) return;
  if (state.handle) state.handle.detach();
  state.handle = null;
  state.handle = await state.adapter.attach(els.form, {
    authority: els.authority.value,
    today: els.today.value || localToday(),
    mode: 'live',
    headingLevel: 3,
    panels: { summary: $('panel-summary'), checklist: $('panel-checklist'), due: $('panel-due') },
    onReport,
  });
  state.report = state.handle.report;
  if (showAll) recheck({ showAll: true });
  else renderReport();
}

// ------------------------------------------------------------------ authority and today

async function onAuthorityChange() {
  const id = els.authority.value;
  if (!state.handle) return;
  const before = state.report;
  const oldName = authorityName(before && before.authority && before.authority.id);
  const newName = authorityName(id);
  const after = await state.handle.setAuthority(id);
  state.report = after;
  renderReport();
  const diff = compareReports(before, after);
  const lines = describeChanges(diff, `for ${oldName}`, `for ${newName}`);
  if (!lines.length) {
    setStatus(`Now checking against ${newName}. Nothing changes for this plan: ${summarise(after)}`);
    showChanges('', []);
  } else {
    setStatus(`Now checking against ${newName}: ${lines.length} ${lines.length === 1 ? 'difference' : 'differences'} from ${oldName}. ${summarise(after)}`);
    showChanges(`What changes from ${oldName} to ${newName}`, lines);
  }
}

async function onTodayChange() {
  const value = els.today.value;
  if (!isIsoDate(value) || !state.adapter) return;
  els.asOf.hidden = true;
  const before = state.report;
  const after = state.handle ? state.handle.setToday(value) : null;
  if (after) {
    state.report = after;
    renderReport();
  }
  const oldDate = before && isIsoDate(before.today) ? longDate(before.today) : '';
  const lines = describeChanges(compareReports(before, after), `on ${oldDate}`, `on ${longDate(value)}`);
  setStatus(`Checked as it stands on ${longDate(value)}: ${summarise(after)}`);
  showChanges(lines.length ? `What changes between ${oldDate} and ${longDate(value)}` : '', lines);
}

/** Back from an example's own date to the date the page opened on. */
async function backToToday() {
  els.today.value = state.realToday;
  await onTodayChange();
}

// ------------------------------------------------------------------ examples and files

// examples/index.json is made from the folders www/examples/<authority-id>/ (scripts/examples.mjs):
// scripts/serve.mjs answers it on each request; scripts/demo.sh also writes it for plain hosting.
async function loadExamplesIndex() {
  try {
    const res = await fetch('examples/index.json');
    if (!res.ok) throw new Error(String(res.status));
    const index = await res.json();
    state.examples = Array.isArray(index.examples) ? index.examples : [];
  } catch {
    state.examples = [];
    els.exampleAbout.textContent = 'The example plans could not be loaded.';
    return;
  }
  const groups = new Map();
  for (const ex of state.examples) {
    if (!groups.has(ex.authority)) groups.set(ex.authority, []);
    groups.get(ex.authority).push(ex);
  }
  for (const [authority, items] of groups) {
    const group = document.createElement('optgroup');
    group.label = authorityName(authority);
    group.dataset.authority = authority;
    for (const ex of items) {
      const opt = document.createElement('option');
      opt.value = ex.file;
      opt.textContent = ex.weakness ? `${ex.title} — weakness: ${ex.weakness}` : `${ex.title} — exemplary`;
      group.append(opt);
    }
    els.example.append(group);
  }
}

/** Names the example groups after the councils, in the order of the council list. */
function relabelExampleGroups() {
  const order = (group) => {
    const i = state.authorities.findIndex((a) => a.id === group.dataset.authority);
    return i < 0 ? state.authorities.length : i;
  };
  const groups = [...els.example.querySelectorAll('optgroup')];
  for (const group of groups) group.label = authorityName(group.dataset.authority);
  els.example.append(...groups.sort((a, b) => order(a) - order(b)));
}

function describeExample(ex) {
  if (!ex) return '';
  const who = authorityName(ex.authority);
  return ex.weakness
    ? `${who}. Deliberate weakness: ${ex.weakness}. ${ex.about || ''}`.trim()
    : `${who}. Exemplary plan. ${ex.about || ''}`.trim();
}

async function loadExample(file) {
  const ex = state.examples.find((e) => e.file === file);
  if (!ex) {
    setStatus('Choose an example first.', { problem: true });
    return;
  }
  let plan;
  try {
    // `file` is "<authority-id>/<name>.json": each part encoded, the slash kept.
    const res = await fetch(`examples/${String(ex.file).split('/').map(encodeURIComponent).join('/')}`);
    if (!res.ok) throw new Error(String(res.status));
    plan = await res.json();
  } catch {
    setStatus(`The example "${ex.title}" could not be loaded.`, { problem: true });
    return;
  }
  delete els.status.dataset.example;
  els.example.value = ex.file;
  els.exampleAbout.textContent = describeExample(ex);
  const problems = fillForm(els.form, plan);
  if (ex.authority && [...els.authority.options].some((o) => o.value === ex.authority)) {
    els.authority.value = ex.authority;
  }
  showChanges('', []);
  // Each example is written for a date of its own: shown as of then, with a way back.
  if (isIsoDate(ex.asOf)) {
    els.today.value = ex.asOf;
    const onOwnDate = ex.asOf === state.realToday;
    els.asOf.hidden = onOwnDate;
    els.asOfText.textContent = `Showing this example as it stands on ${longDate(ex.asOf)}, the date it is written for.`;
    els.backToToday.textContent = `Use today's date (${longDate(state.realToday)})`;
  }
  state.example = ex;
  state.exemplary = ex.weakness ? await exemplaryFor(ex.authority) : null;
  if (state.handle) {
    state.handle.setToday(els.today.value);
    await state.handle.setAuthority(els.authority.value);
    const report = recheck({ showAll: true });
    setStatus(`Loaded the example "${ex.title}" (${authorityName(ex.authority)}), as it stands on ${longDate(els.today.value)}. ${report ? summarise(report) : ''}`.trim());
  } else {
    setStatus(`Loaded the example "${ex.title}". The checker is not available, so it has not been checked.`, { problem: true });
  }
  if (problems.length) showChanges('Values the form could not show', problems.map((text) => ({ tag: 'changed', text })));
  els.status.dataset.example = ex.file;
}

/** A council's exemplary plan, fetched once, for showing beside its weak examples. */
async function exemplaryFor(authority) {
  const ex = state.examples.find((e) => e.authority === authority && !e.weakness);
  if (!ex) return null;
  if (state.exemplary && state.exemplary.file === ex.file) return state.exemplary;
  try {
    const res = await fetch(`examples/${String(ex.file).split('/').map(encodeURIComponent).join('/')}`);
    if (!res.ok) throw new Error(String(res.status));
    return { file: ex.file, authority, plan: await res.json(), title: ex.title, reports: new Map() };
  } catch {
    return null;
  }
}

function forgetExample() {
  state.example = null;
  state.exemplary = null;
  els.asOf.hidden = true;
  els.sideBySide.hidden = true;
}

function fileNameFor(plan) {
  const name = plan && plan.child && typeof plan.child.name === 'string' ? plan.child.name : '';
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `cin-plan${slug ? `-${slug}` : ''}-${els.today.value || localToday()}.json`;
}

function exportPlan() {
  const plan = readPlan(els.form);
  const blob = new Blob([`${JSON.stringify(plan, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameFor(plan);
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  setStatus(`Saved the plan as ${a.download}. It went only to your own computer.`);
}

function readAsText(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(String(reader.result)));
    reader.addEventListener('error', () => reject(reader.error));
    reader.readAsText(file);
  });
}

async function importPlan(file) {
  if (!file) return;
  let text;
  try {
    text = await readAsText(file);
  } catch {
    setStatus(`"${file.name}" could not be read.`, { problem: true });
    return;
  }
  let plan;
  try {
    plan = JSON.parse(text);
  } catch {
    setStatus(`"${file.name}" is not a plan file: it is not JSON. The form has not been changed.`, { problem: true });
    return;
  }
  if (!plan || typeof plan !== 'object' || Array.isArray(plan)) {
    setStatus(`"${file.name}" is not a plan file: it holds no plan object. The form has not been changed.`, { problem: true });
    return;
  }
  const problems = fillForm(els.form, plan);
  els.example.value = '';
  els.exampleAbout.textContent = '';
  forgetExample();
  delete els.status.dataset.example;
  const report = recheck({ showAll: true });
  setStatus(`Opened "${file.name}". ${report ? summarise(report) : ''}`.trim());
  showChanges(
    problems.length ? 'Values in the file that the form could not show' : '',
    problems.map((text) => ({ tag: 'changed', text })),
  );
}

function currentAuthorityName() {
  return state.report && state.report.authority ? authorityName(state.report.authority.id, { long: true }) : '';
}

function preparePrint() {
  if (document.body.dataset.print === 'handout') return;
  renderPrintPlan(els.printPlan, readPlan(els.form), state.report, currentAuthorityName());
}

/** The trainer's handout: printed instead of the family's plan, this once. */
function printHandout() {
  renderHandout(els.printHandout, {
    plan: readPlan(els.form),
    report: state.report,
    authorityName: currentAuthorityName(),
    example: state.example,
  });
  document.body.dataset.print = 'handout';
  window.print();
}

// ------------------------------------------------------------------ wiring

function wire() {
  els.form.addEventListener('submit', (event) => event.preventDefault());

  els.form.addEventListener('click', (event) => {
    const add = event.target.closest('[data-add-row]');
    if (add && els.form.contains(add)) {
      const list = listForButton(add);
      if (!list) return;
      const row = addRow(list);
      row.querySelector('input, select, textarea')?.focus();
      recheck();
      return;
    }
    const remove = event.target.closest('[data-remove-row]');
    if (remove && els.form.contains(remove)) {
      const row = remove.closest('[data-cin-row]');
      const what = row.querySelector('legend')?.textContent || 'Row';
      const next = removeRow(row);
      next?.focus();
      recheck();
      setStatus(`${what} removed.`);
    }
  });

  els.authority.addEventListener('change', () => {
    serially(onAuthorityChange).catch((e) => setStatus(`Could not switch: ${e && e.message}`, { problem: true }));
  });
  els.today.addEventListener('change', () => {
    serially(onTodayChange).catch((e) => setStatus(`Could not change the date: ${e && e.message}`, { problem: true }));
  });
  els.example.addEventListener('change', () => {
    const ex = state.examples.find((e) => e.file === els.example.value);
    els.exampleAbout.textContent = describeExample(ex);
  });
  els.loadExample.addEventListener('click', () => {
    const file = els.example.value;
    serially(() => loadExample(file));
  });
  els.trainer.addEventListener('change', () => {
    if (state.report) renderTrainer(state.report);
    else els.trainerNotes.hidden = !els.trainer.checked;
  });
  els.exportButton.addEventListener('click', exportPlan);
  els.importButton.addEventListener('click', () => els.importInput.click());
  els.importInput.addEventListener('change', () => {
    const file = els.importInput.files && els.importInput.files[0];
    serially(() => importPlan(file));
    els.importInput.value = '';
  });
  els.printButton.addEventListener('click', () => {
    preparePrint();
    window.print();
  });
  window.addEventListener('beforeprint', preparePrint);
  window.addEventListener('afterprint', () => delete document.body.dataset.print);
  els.handoutButton.addEventListener('click', printHandout);
  els.backToToday.addEventListener('click', () => {
    serially(backToToday).catch((e) => setStatus(`Could not change the date: ${e && e.message}`, { problem: true }));
  });
  els.clearButton.addEventListener('click', async () => {
    // eslint-disable-next-line no-alert
    if (!window.confirm('Start a blank plan? Anything not saved to a file is lost.')) return;
    await serially(async () => {
      clearForm(els.form);
      els.example.value = '';
      els.exampleAbout.textContent = '';
      forgetExample();
      showChanges('', []);
      await attachChecker();
      setStatus('Started a blank plan.');
    });
  });
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  state.realToday = isIsoDate(params.get('today')) ? params.get('today') : localToday();
  els.today.value = state.realToday;
  wire();
  // Start with one empty row in each list, so the form shows what it asks for.
  for (const list of els.form.querySelectorAll('[data-cin-list]')) {
    if (!list.closest('[data-cin-row]')) addRow(list);
  }
  const examplesLoaded = loadExamplesIndex();

  try {
    state.adapter = await import('/pkg/adapter/adapter.js');
    await state.adapter.ready();
    state.authorities = state.adapter.authorities() || [];
    state.fields = state.adapter.planFields() || [];
  } catch (error) {
    state.adapter = null;
    els.loadError.hidden = false;
    els.loadError.textContent =
      'The checker could not be loaded, so the plan is not being checked. ' +
      'If you run this demo yourself, build the package first (scripts/build-pkg.sh or scripts/demo.sh).';
    setStatus('The checker is not available.', { problem: true });
    console.error(error);
  }

  // The council list is the package's (one option per ruleset it was built with), never a
  // list of our own. Reading stays the default when it is there; ?authority= picks another.
  if (state.authorities.length) {
    els.authority.replaceChildren(
      ...state.authorities.map((a) => {
        const opt = document.createElement('option');
        opt.value = a.id;
        opt.textContent = a.name || a.shortName || a.id;
        return opt;
      }),
    );
    const known = (id) => state.authorities.some((a) => a.id === id);
    const wanted = params.get('authority');
    els.authority.value = known(wanted) ? wanted : known('reading') ? 'reading' : state.authorities[0].id;
  }
  await examplesLoaded;
  relabelExampleGroups();

  if (state.adapter) {
    els.authority.disabled = false;
    await attachChecker();
    document.documentElement.dataset.ready = 'true';
  } else {
    document.documentElement.dataset.ready = 'error';
  }
  const wantedExample = params.get('example');
  if (wantedExample) await loadExample(wantedExample);
}

main();
