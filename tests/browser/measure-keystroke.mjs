// Measures what one keystroke costs with the adapter attached (read the field, check in
// wasm, update the panels), on the case-record fixture (a selector mapping) filled like a
// real plan with every message showing, at full speed and with the CPU slowed 6x (the
// DevTools protocol's Emulation.setCPUThrottlingRate). A measurement, not a test: it
// asserts nothing. The benchmark of record is `node bench/browser.mjs keystrokes`.
//
//   node tests/browser/measure-keystroke.mjs [outcomes]      (default 5)
import { launch, openFixture, startServer } from './helpers.mjs';

const outcomes = Number(process.argv[2] || 5);
const server = await startServer();
const browser = await launch();
try {
  const { page } = await openFixture(browser, `${server.origin}/tests/case-record.html`);
  const fill = {
    '#q_child_name': 'Amira', '#q_dob': '02/04/2016', '#q_lp_name': 'Sam Okafor', '#q_lp_role': 'Social Worker',
    '#q_lp_resp': 'Visits Amira at home every 3 weeks; convenes reviews', '#q_assess_done': '29/09/2026',
    '#q_plan_start': '06/10/2026', '#q_visit_every': '3', '#q_visit_last': '20/10/2026', '#q_review_every': '6',
    '#q_review_last': '06/10/2026', '#q_review_means': "Attendance figures from school; Amira's own scaling 0-10",
    '#q_contingency': 'If attendance falls below 90% for two weeks, the social worker calls an early review',
  };
  for (const [sel, v] of Object.entries(fill)) await page.fill(sel, v);
  await page.selectOption('#q_visit_unit', 'W');
  await page.selectOption('#q_review_unit', 'W');
  for (let r = 1; r <= outcomes; r++) {
    if (r > 1) await page.click('#add_outcome');
    await page.fill(`#out_desc_${r}`, `Amira attends school every day and arrives by 8:45 (${r})`);
    await page.fill(`#out_measure_${r}`, 'Attendance above 95% on the school register');
    await page.fill(`#out_target_${r}`, '29/01/2027');
    await page.fill(`#out_action_${r}`, 'Walk Amira to school');
    await page.fill(`#out_who_${r}`, 'Mum (Leila)');
    await page.fill(`#out_by_${r}`, '12/12/2026');
  }
  await page.click('#save'); // every message visible: the most work per keystroke
  // `toggle`: every keystroke flips the contingency between empty and written, so the
  // checklist, the summary and an inline message all change each time (the worst case).
  const run = (toggle, n) => page.evaluate(([toggle, n]) => {
    const el = document.getElementById('q_contingency');
    el.focus();
    const base = el.value;
    const out = [];
    for (let i = 0; i < n; i++) {
      el.value = i % 2 ? (toggle ? '' : `${base} x`) : base;
      const t0 = performance.now();
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
      out.push(performance.now() - t0);
    }
    return out;
  }, [toggle, n]);
  const cdp = await page.context().newCDPSession(page);
  for (const [cpu, rate, n] of [['full speed', 1, 300], ['CPU 6x slower', 6, 100]]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (const [what, toggle] of [['typing (report unchanged)', false], ['typing that changes a status', true]]) {
      const times = (await run(toggle, n)).sort((a, b) => a - b);
      const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
      console.log(`${cpu}, ${what}, ${outcomes} outcomes, ${n} keystrokes: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
