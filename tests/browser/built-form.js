// Fixture: the test hands in a plan (window.__open), the page builds a form from it
// (plan-form.js) and attaches the adapter. Every report is counted.
import { attach } from '/pkg/adapter/adapter.js';
import { buildForm } from './plan-form.js';

window.__open = async (plan, options = {}) => {
  const form = buildForm(plan);
  form.id = 'planform';
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('form-host').appendChild(form);
  window.__reports = 0;
  window.__cinBefore = document.body.innerHTML;
  window.__cin = await attach(form, {
    authority: 'reading',
    today: '2026-11-22',
    ...options,
    onReport() {
      window.__reports += 1;
    },
  });
};
document.documentElement.dataset.cinReady = 'true';
