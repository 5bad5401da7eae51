// Fixture: a form annotated with data-cin-* attributes, panels placed by the page.
import { attach } from '/pkg/adapter/adapter.js';

const form = document.getElementById('planform');
form.addEventListener('submit', (event) => event.preventDefault());

window.__cinBefore = document.body.innerHTML;
window.__cin = await attach(form, {
  authority: 'reading',
  today: '2026-11-22',
  panels: {
    summary: document.getElementById('summary-panel'),
    checklist: document.getElementById('checklist-panel'),
    due: document.getElementById('due-panel'),
  },
});
document.documentElement.dataset.cinReady = 'true';
