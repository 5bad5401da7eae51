// The fixture page's own script (no inline scripts, so it works under a strict CSP).
// Part 1 imitates the case-record system's own behaviour; part 2 is the integration.
import { attach } from '/pkg/adapter/adapter.js';

const form = document.getElementById('caseform');
const tbody = document.querySelector('#outcomes tbody');

// --- 1. the existing system's behaviour -------------------------------------------------
let rows = 1;
document.getElementById('add_outcome').addEventListener('click', () => {
  rows += 1;
  const tr = document.createElement('tr');
  const cells = [
    ['out_desc_', 'what we want to achieve'],
    ['out_measure_', 'how we will know'],
    ['out_target_', 'by (DD/MM/YYYY)'],
    ['out_action_', 'action'],
    ['out_who_', 'who'],
    ['out_by_', 'action by (DD/MM/YYYY)'],
  ];
  for (const [name, label] of cells) {
    const td = document.createElement('td');
    const input = document.createElement('input');
    input.name = `${name}${rows}`;
    input.id = `${name}${rows}`;
    input.autocomplete = 'off';
    input.setAttribute('aria-label', `Outcome ${rows}: ${label}`);
    td.appendChild(input);
    tr.appendChild(td);
  }
  tbody.appendChild(tr);
});

// The system saves by script; it records what it saw, then stops the page navigating.
window.__saves = [];
form.addEventListener('submit', (event) => {
  window.__saves.push({ defaultPreventedBefore: event.defaultPrevented });
  event.preventDefault();
});

// --- 2. the integration: map the system's own field names onto the plan format ----------
const units = { D: 'days', WD: 'workingDays', W: 'weeks', M: 'months' };

export const mapping = {
  fields: {
    'child.name': '#q_child_name',
    'child.dateOfBirth': '[name=q_dob]',
    'leadProfessional.name': '[name=q_lp_name]',
    'leadProfessional.role': '[name=q_lp_role]',
    'leadProfessional.responsibilities': '[name=q_lp_resp]',
    'dates.assessmentCompleted': '[name=q_assess_done]',
    'dates.planStart': '[name=q_plan_start]',
    'visits.frequency.every': '[name=q_visit_every]',
    'visits.frequency.unit': { selector: '[name=q_visit_unit]', values: units },
    'visits.last': '[name=q_visit_last]',
    'visits.childSeenAlone': '[name=q_seen_alone]',
    'reviews.frequency.every': '[name=q_review_every]',
    'reviews.frequency.unit': { selector: '[name=q_review_unit]', values: units },
    'reviews.last': '[name=q_review_last]',
    'reviews.next': '[name=q_review_next]',
    'reviews.means': '[name=q_review_means]',
    contingency: '[name=q_contingency]',
  },
  lists: {
    outcomes: {
      rows: '#outcomes tbody tr',
      fields: {
        description: '[name^=out_desc_]',
        measure: '[name^=out_measure_]',
        targetDate: '[name^=out_target_]',
      },
      lists: {
        // one action per outcome row: the row itself is the action's row
        actions: {
          rows: ':scope',
          fields: { description: '[name^=out_action_]', owner: '[name^=out_who_]', due: '[name^=out_by_]' },
        },
      },
    },
  },
};

const params = new URLSearchParams(location.search);
window.__reports = 0;
window.__cinBefore = document.body.innerHTML;
const handle = await attach(form, {
  authority: document.getElementById('authority').value,
  today: '2026-11-22',
  mapping,
  mode: params.get('mode') === 'onSubmit' ? 'onSubmit' : 'live',
  blockSubmit: params.get('block') === '1',
  onReport() {
    window.__reports += 1;
  },
});
document.getElementById('authority').addEventListener('change', (e) => handle.setAuthority(e.target.value));
window.__cin = handle;
document.documentElement.dataset.cinReady = 'true';
