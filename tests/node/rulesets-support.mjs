// The broken rulesets of tests/fixtures/rulesets/broken.json, as file texts, and a report's
// findings and due dates as kestrel-vale-expected.json writes them. Not a test file itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'rulesets');

/** `rules.3.check` → the parent of that place in `v`, and the last key. */
function locate(v, dotted) {
  const parts = dotted.split('.');
  const key = parts.pop();
  let parent = v;
  for (const p of parts) parent = parent[p];
  return [parent, key];
}

/** Every case: { why, errors, says, text } (as tests/rulesets.rs applies them). */
export function brokenCases() {
  const file = JSON.parse(readFileSync(path.join(FIXTURES, 'broken.json'), 'utf8'));
  const base = readFileSync(path.join(FIXTURES, file.base), 'utf8');
  return file.cases.map((c) => {
    let text = c.text;
    if (text === undefined) {
      const v = JSON.parse(base);
      for (const p of c.remove ?? []) {
        const [parent, key] = locate(v, p);
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      }
      for (const [p, value] of Object.entries(c.set ?? {})) {
        const [parent, key] = locate(v, p);
        parent[key] = value;
      }
      text = JSON.stringify(v, null, 2);
      if (c.replace) text = text.replace(c.replace[0], c.replace[1]);
    }
    return { why: c.why, errors: c.errors, says: c.says, text };
  });
}

/** { findings: [[rule, path]], due: [[kind, date, 'done'|'overdue'|'']], notMet: [item] } */
export function summary(report) {
  return {
    findings: report.findings.map((f) => [f.rule, f.path]),
    due: report.due.map((d) => [d.kind, d.date, d.overdue ? 'overdue' : d.done ? 'done' : '']),
    notMet: report.checklist.filter((c) => c.status === 'notMet').map((c) => c.item),
  };
}
