// An example beside its council's exemplary plan: the checklist of each, and every field
// where the two plans differ, marked. What the trainer points at: "here is the gap". The
// comparison itself is compare.js's (pure, tested in Node); this draws it, text only.

import { STATUS_TAGS, comparePlans } from './compare.js';

const MAX_ROWS = 40; // a plan about another child differs almost everywhere

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function table(caption, heads, rows) {
  const t = el('table', null, 'side-by-side__table');
  t.append(el('caption', caption));
  const thead = el('thead');
  const hr = el('tr');
  for (const h of heads) {
    const th = el('th', h);
    th.scope = 'col';
    hr.append(th);
  }
  thead.append(hr);
  const tbody = el('tbody');
  for (const r of rows) tbody.append(r);
  t.append(thead, tbody);
  return t;
}

const TAGS = { changed: 'Different', missing: 'Missing here', added: 'Only here' };

/**
 * Draws the comparison into `body`. `good`: { plan, report, title }; `mine`: { plan,
 * report }; `fields`: the core's planFields() for the fields' names.
 */
export function renderSideBySide(body, good, mine, fields) {
  const goodItems = new Map((good.report && good.report.checklist ? good.report.checklist : []).map((c) => [c.item, c]));
  const itemRows = (mine.report && Array.isArray(mine.report.checklist) ? mine.report.checklist : []).map((c) => {
    const g = goodItems.get(c.item);
    const differs = !g || g.status !== c.status;
    const tr = el('tr', null, differs ? 'side-by-side__row--differs' : null);
    const name = el('th', c.label || c.item);
    name.scope = 'row';
    if (differs) name.append(' ', el('strong', 'Different', 'side-by-side__tag'));
    tr.append(name, el('td', g ? STATUS_TAGS[g.status] || g.status : '—'), el('td', STATUS_TAGS[c.status] || c.status));
    return tr;
  });

  const diffs = comparePlans(good.plan, mine.plan, fields);
  const fieldRows = diffs.slice(0, MAX_ROWS).map((d) => {
    const tr = el('tr', null, 'side-by-side__row--differs');
    const name = el('th', d.name);
    name.scope = 'row';
    name.append(' ', el('strong', TAGS[d.tag], 'side-by-side__tag'));
    tr.append(name, el('td', d.a || '—'), el('td', d.b || '—'));
    return tr;
  });

  const parts = [table('The checklist', ['Item', 'Exemplary plan', 'This plan'], itemRows)];
  if (diffs.length) {
    parts.push(table(`Where the plans differ (${diffs.length})`, ['Field', 'Exemplary plan', 'This plan'], fieldRows));
    if (diffs.length > MAX_ROWS) parts.push(el('p', `And ${diffs.length - MAX_ROWS} more: this example is about another child.`, 'hint'));
  } else {
    parts.push(el('p', 'The two plans are the same, field for field.', 'hint'));
  }
  body.replaceChildren(...parts);
  return diffs.length;
}
