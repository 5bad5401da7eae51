// The Chromium benchmark page (served by bench/browser.mjs under /__bench__/, cross-origin
// isolated so performance.now() has its finest resolution). Exposes window.bench.
import init, { check } from '/pkg/web/cinplan.js';
import { buildForm } from '/tests/plan-form.js';

const OPTIONS = { authority: 'reading', today: '2026-11-22' };

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), min: s[0], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** check() per call, in µs, for several inputs timed round-robin (fair under load); also
 * batches of `batch` calls (µs per call), which do not depend on the timer's resolution. */
function timeCheck(inputs, runs, batch = 20) {
  for (let i = 0; i < 200; i++) for (const input of inputs) check(input, OPTIONS);
  const single = inputs.map(() => []);
  for (let i = 0; i < runs; i++) {
    inputs.forEach((input, k) => {
      const t0 = performance.now();
      check(input, OPTIONS);
      single[k].push((performance.now() - t0) * 1000);
    });
  }
  const batched = inputs.map(() => []);
  for (let i = 0; i < Math.max(20, runs / batch); i++) {
    inputs.forEach((input, k) => {
      const t0 = performance.now();
      for (let j = 0; j < batch; j++) check(input, OPTIONS);
      batched[k].push(((performance.now() - t0) * 1000) / batch);
    });
  }
  return inputs.map((_, k) => ({ ...stats(single[k]), batchMedian: stats(batched[k]).median }));
}

/**
 * End to end: an input event on an outcome's description until onReport has the report.
 * `showAll`: first shows every message, as after a submit (the most on screen to keep up to date).
 */
async function timeKeystrokes(plan, runs, { showAll = false } = {}) {
  const { attach } = await import('/pkg/adapter/adapter.js');
  document.body.textContent = '';
  const form = buildForm(plan);
  document.body.appendChild(form);
  let reportedAt = 0;
  let reports = 0;
  const handle = await attach(form, {
    ...OPTIONS,
    onReport() {
      reportedAt = performance.now();
      reports += 1;
    },
  });
  if (showAll) handle.check({ showAll: true });
  const input = form.querySelector('[data-cin-list="outcomes"] [data-cin-row] [data-cin-path="description"]');
  const base = input.value;
  const samples = [];
  for (let i = 0; i < runs + 20; i++) {
    input.value = `${base} ${i}`;
    reportedAt = 0;
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The adapter answers synchronously in live mode; wait a task if it ever does not.
    while (reportedAt === 0) await new Promise((r) => setTimeout(r, 0));
    if (i >= 20) samples.push((reportedAt - t0) * 1000);
    // Let the page lay out and paint between keystrokes, as it would between real ones.
    if (i % 10 === 0) await new Promise((r) => requestAnimationFrame(() => r()));
  }
  const fields = form.querySelectorAll('[data-cin-path]').length;
  handle.detach();
  form.remove();
  return { ...stats(samples), reports, fields };
}

/** Keystrokes on the complete plan and the 100-outcome plan, with and without every message showing. */
async function keystrokeRows({ good, big, keystrokes }) {
  const rows = [];
  for (const [plan, value] of [
    ['complete plan (2 outcomes)', good],
    ['100 outcomes', big],
  ]) {
    for (const showAll of [false, true]) {
      rows.push({ plan, messages: showAll ? 'every message showing' : 'none yet', ...(await timeKeystrokes(value, keystrokes, { showAll })) });
    }
  }
  return rows;
}

/**
 * A fixed piece of JS work (about a millisecond at full speed), timed: the median over the
 * slowdown it shows tells how much the CPU throttle really slowed this page down.
 */
function calibrate(runs = 30) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 300000; i++) x += Math.sqrt(i + r);
    if (x < 0) console.log(x);
    samples.push((performance.now() - t0) * 1000);
  }
  return stats(samples).median;
}

window.benchKeystrokes = async (args) => {
  await init();
  const before = calibrate();
  const rows = await keystrokeRows(args);
  return { rows, calibration: (before + calibrate()) / 2 };
};

window.bench = async ({ good, big, runs, keystrokes }) => {
  await init();
  const out = {
    crossOriginIsolated: window.crossOriginIsolated,
    userAgent: navigator.userAgent,
    check: [],
  };
  for (const [plan, value] of [
    ['complete plan (2 outcomes)', good],
    ['100 outcomes', big],
  ]) {
    const [object, text] = timeCheck([value, JSON.stringify(value)], plan === '100 outcomes' ? runs / 4 : runs);
    out.check.push({ plan, input: 'object', ...object }, { plan, input: 'JSON text made once', ...text });
  }
  try {
    out.keystroke = await keystrokeRows({ good, big, keystrokes });
  } catch (error) {
    out.keystrokeError = String(error && error.stack ? error.stack : error);
  }
  return out;
};
