// The Chromium benchmark page (served by bench/browser.mjs under /__bench__/, cross-origin
// isolated so performance.now() has its finest resolution). Exposes window.bench.
import init, { check } from '/pkg/web/cinplan.js';

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

/** A form whose fields carry data-cin-* attributes, filled from a plan. */
function buildForm(plan) {
  const form = document.createElement('form');
  form.noValidate = true;
  const field = (parent, rel, value) => {
    const label = document.createElement('label');
    label.textContent = rel;
    const input = document.createElement('input');
    input.setAttribute('data-cin-path', rel);
    if (typeof value === 'boolean') {
      input.type = 'checkbox';
      input.checked = value;
    } else if (typeof value === 'number') {
      input.type = 'number';
      input.value = String(value);
    } else if (Array.isArray(value)) {
      input.setAttribute('data-cin-type', 'list');
      input.value = value.join(', ');
    } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      input.type = 'date';
      input.value = value;
    } else {
      input.value = value == null ? '' : String(value);
    }
    label.appendChild(input);
    parent.appendChild(label);
  };
  const walk = (parent, obj, prefix) => {
    for (const [key, value] of Object.entries(obj)) {
      const rel = prefix ? `${prefix}.${key}` : key;
      if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
        const list = document.createElement('div');
        list.setAttribute('data-cin-list', rel);
        for (const item of value) {
          const row = document.createElement('fieldset');
          row.setAttribute('data-cin-row', '');
          walk(row, item, '');
          list.appendChild(row);
        }
        parent.appendChild(list);
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        walk(parent, value, rel);
      } else {
        field(parent, rel, value);
      }
    }
  };
  walk(form, plan, '');
  document.body.appendChild(form);
  return form;
}

/** End to end: an input event on an outcome's description until onReport has the report. */
async function timeKeystrokes(plan, runs) {
  const { attach } = await import('/pkg/adapter/adapter.js');
  document.body.textContent = '';
  const form = buildForm(plan);
  let reportedAt = 0;
  let reports = 0;
  const handle = await attach(form, {
    ...OPTIONS,
    onReport() {
      reportedAt = performance.now();
      reports += 1;
    },
  });
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
    out.keystroke = [
      { plan: 'complete plan (2 outcomes)', ...(await timeKeystrokes(good, keystrokes)) },
      { plan: '100 outcomes', ...(await timeKeystrokes(big, keystrokes)) },
    ];
  } catch (error) {
    out.keystrokeError = String(error && error.stack ? error.stack : error);
  }
  return out;
};
