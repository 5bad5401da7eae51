// Builds a form annotated with data-cin-* attributes from a plan: one labelled field per
// value (checkbox for yes/no, number, date, a comma list), a fieldset row per list item.
// Every field's id is its plan path at build time ("f-outcomes-3-description"). Used by the
// built-form fixture (built-form.html) and the keystroke benchmark (bench/page.js).

export function buildForm(plan, doc = document) {
  const form = doc.createElement('form');
  form.noValidate = true;
  const field = (parent, rel, full, value) => {
    const label = doc.createElement('label');
    label.textContent = `${full} `;
    const input = doc.createElement('input');
    input.id = `f-${full.replace(/\./g, '-')}`;
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
  const walk = (parent, obj, prefix, base) => {
    for (const [key, value] of Object.entries(obj)) {
      const rel = prefix ? `${prefix}.${key}` : key;
      const full = base + rel;
      if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
        const list = doc.createElement('div');
        list.setAttribute('data-cin-list', rel);
        value.forEach((item, i) => {
          const row = doc.createElement('fieldset');
          row.setAttribute('data-cin-row', '');
          const legend = doc.createElement('legend');
          legend.textContent = `${full} ${i + 1}`;
          row.appendChild(legend);
          walk(row, item, '', `${full}.${i}.`);
          list.appendChild(row);
        });
        parent.appendChild(list);
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        walk(parent, value, rel, base);
      } else {
        field(parent, rel, full, value);
      }
    }
  };
  walk(form, plan, '', '');
  const submit = doc.createElement('button');
  submit.type = 'submit';
  submit.textContent = 'Save';
  form.appendChild(submit);
  return form;
}
