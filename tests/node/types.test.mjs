// The TypeScript declarations that ship with the package compile, strictly, in a project
// that uses them as an integrator would: the core (`cinplan`), the Node build, and the
// adapter (`cinplan/adapter`), with every type the report refers to defined.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { PKG, ROOT } from './helpers.mjs';

const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');
const app = mkdtempSync(path.join(os.tmpdir(), 'cinplan-ts-'));
after(() => rmSync(app, { recursive: true, force: true }));
mkdirSync(path.join(app, 'node_modules'));
symlinkSync(PKG, path.join(app, 'node_modules', 'cinplan'), 'dir');

function tsc(files, config = {}) {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(app, name), text);
  writeFileSync(
    path.join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2022', 'dom'],
        skipLibCheck: false,
        ...config,
      },
      files: Object.keys(files),
    }),
  );
  try {
    execFileSync(TSC, ['-p', app], { cwd: app, encoding: 'utf8' });
    return '';
  } catch (e) {
    return `${e.stdout || ''}${e.stderr || ''}` || String(e);
  }
}

const USE_REPORT = `
function use(report: Report): string[] {
  const out: string[] = [report.authority.id, report.today];
  for (const c of report.checklist) out.push(c.item, c.label, c.status, c.reason, String(c.findings.length));
  for (const f of report.findings) {
    const sev: 'error' | 'warning' | 'info' = f.severity;
    out.push(f.rule, f.path, f.message, f.source, sev, f.quote ?? '', f.hint ?? '');
  }
  for (const d of report.due) out.push(d.kind, d.date, String(d.overdue), String(d.done), d.basis, d.path ?? '');
  return out;
}
`;

test('the declarations compile with tsc --strict (ES module, browser build)', () => {
  const errors = tsc({
    'app.mts': `import init, { check, authorities, loadBankHolidays, planFields, version, type Report, type PlanInput, type PlanField } from 'cinplan/web';
${USE_REPORT}
await init();
const plan: PlanInput = { child: { name: 'Amira' }, outcomes: [{ description: 'x', actions: [{ owner: 'Mum' }] }] };
const r: Report = check(plan, { authority: 'reading', today: '2026-11-22' });
const r2: Report = check(JSON.stringify(plan), { authority: 'reading', today: '2026-11-22' });
use(r); use(r2);
const ids: string[] = authorities().map((a) => a.id + a.shortName + a.document);
const loaded = loadBankHolidays(null);
const ok: boolean = loaded.ok;
const from: string = loaded.coverage.from;
const v: string = version();
const fields: PlanField[] = planFields();
const kind: 'text' | 'date' | 'number' | 'boolean' | 'list' | 'choice' = fields[0].type;
const label: string = fields[0].label + fields[0].path + (fields[0].choices ?? []).join();
console.log(ids, ok, from, v, kind, label);
`,
  });
  assert.equal(errors, '');
});

test('the declarations compile with tsc --strict (Node build, CommonJS)', () => {
  const errors = tsc({
    'app.cts': `import cinplan = require('cinplan');
const r = cinplan.check('{}', { authority: 'salford', today: '2026-11-22' });
const n: number = r.findings.length;
console.log(n);
`,
  });
  assert.equal(errors, '');
});

test('the adapter declarations compile against the core types', () => {
  const errors = tsc({
    'adapter.mts': `import { attach, ready, authorities, readPlan } from 'cinplan/adapter';
import type { PlanInput, Report } from 'cinplan/web';
await ready();
const form = document.createElement('form');
const plan: PlanInput = readPlan(form);
const label: string | null | undefined = plan.outcomes?.[0]?.description;
console.log(plan, label);
const handle = await attach(form, {
  authority: 'reading',
  today: '2026-11-22',
  mapping: { fields: { 'dates.planStart': { day: '#d', month: '#m', year: '#y' } } },
  messages: { 'outcomes.*.targetDate': 'Enter the date by when', 'leadProfessional.name': { 'leadProfessional.named': 'Enter a name' } },
  onReport(r: Report) { console.log(r.findings.length, r.due.map((d) => d.label)); },
});
const report: Report | null | undefined = handle.check();
console.log(report, authorities().length);
handle.detach();
`,
  });
  assert.equal(errors, '');
});

test('a wrong use is a type error (the declarations are not all `any`)', () => {
  const errors = tsc({
    'wrong.mts': `import { check } from 'cinplan/web';
const r = check({}, { authority: 'reading', today: '2026-11-22' });
const n: number = r.checklist[0].status;
console.log(n);
`,
  });
  assert.match(errors, /TS2322|not assignable/);
});
