// Fixture: a GOV.UK-styled case record with dates in three boxes, mapped three ways: a
// mapping's { day, month, year }, data-cin-part attributes, and (the old way round) glue
// code keeping a hidden field in sync. `?messages=1` gives the integrator's own words for
// one field.
import { attach } from '/pkg/adapter/adapter.js';

const $ = (id) => document.getElementById(id);
const form = $('planform');
form.addEventListener('submit', (event) => event.preventDefault());

// --- 1. the page's own glue code: three boxes → a hidden YYYY-MM-DD field ---------------
const referralBoxes = ['referral-day', 'referral-month', 'referral-year'].map($);
for (const box of referralBoxes) {
  box.addEventListener('input', () => {
    const [d, m, y] = referralBoxes.map((b) => b.value.trim());
    const hidden = $('referral-iso');
    hidden.value = d && m && y ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : '';
    hidden.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

// --- 2. the integration ------------------------------------------------------------------
const mapping = {
  fields: {
    'leadProfessional.name': '#lp-name',
    'leadProfessional.role': '#lp-role',
    'leadProfessional.responsibilities': '#lp-resp',
    'dates.planStart': { day: '#plan-start-day', month: '#plan-start-month', year: '#plan-start-year' },
    'dates.referral': '#referral-iso',
    'reviews.frequency.every': '#review-every',
    'reviews.next': { day: '#review-next-day', month: '#review-next-month', year: '#review-next-year' },
    contingency: '#contingency',
  },
  lists: {
    outcomes: {
      rows: '#outcomes [data-row]',
      fields: {
        description: '[name$=-desc]',
        targetDate: { day: '[name=target-day]', month: '[name=target-month]', year: '[name=target-year]' },
      },
    },
  },
};
const params = new URLSearchParams(location.search);
window.__reports = [];
window.__cin = await attach(form, {
  authority: 'reading',
  today: '2026-11-22',
  mapping,
  messages: params.get('messages') ? { 'reviews.next': 'Enter the date of the next review, for example 27 3 2027' } : undefined,
  panels: { summary: $('summary-panel'), checklist: $('checklist-panel'), due: $('due-panel') },
  onReport(report) {
    window.__reports.push(report);
  },
});
document.documentElement.dataset.cinReady = 'true';
