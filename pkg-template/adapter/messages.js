// The integrator's own words for a field's messages, per path (option `messages`):
//
//   messages: {
//     'dates.planStart': 'Enter the date the plan started, for example 27 3 2027',
//     'outcomes.*.targetDate': { 'input.invalid': 'Enter the date by when, for example 27 3 2027' },
//     'leadProfessional.name': { 'leadProfessional.named': 'Enter the lead professional’s name' },
//   }
//
// A string replaces the input problems (rule `input.invalid`) at that path; an object
// replaces the findings of each rule it names. `*` stands for a row's index. A function
// (finding) => words | undefined may be given instead. The report itself is replaced, so
// every panel, the checklist's reasons and `onReport` read the same words.

const anyRow = (path) => String(path).replace(/\.\d+(?=\.|$)/g, '.*');

/** A function that gives a report the integrator's words (the same report when none apply). */
export function createMessages(messages) {
  let wordsFor;
  if (typeof messages === 'function') {
    wordsFor = (f) => {
      try {
        return messages(f);
      } catch (error) {
        console.error('cinplan: the messages function threw', error);
        return undefined;
      }
    };
  } else if (messages && typeof messages === 'object') {
    const table = new Map(Object.entries(messages));
    wordsFor = (f) => {
      const spec = table.has(f.path) ? table.get(f.path) : table.get(anyRow(f.path));
      if (typeof spec === 'string') return f.rule === 'input.invalid' ? spec : undefined;
      return spec && typeof spec === 'object' ? spec[f.rule] : undefined;
    };
  } else {
    return (report) => report;
  }

  return function apply(report) {
    if (!report || !Array.isArray(report.findings)) return report;
    let findings = null;
    report.findings.forEach((f, i) => {
      const words = f && wordsFor(f);
      if (typeof words !== 'string' || words === '' || words === f.message) return;
      if (!findings) findings = report.findings.slice();
      findings[i] = { ...f, message: words };
    });
    if (!findings) return report;
    // An item's reason starts with its first finding's message: the same words there.
    const checklist = (Array.isArray(report.checklist) ? report.checklist : []).map((c) => {
      for (const i of Array.isArray(c.findings) ? c.findings : []) {
        const before = report.findings[i];
        if (findings[i] === before) continue;
        if (typeof c.reason === 'string' && c.reason.startsWith(before.message)) {
          return { ...c, reason: findings[i].message + c.reason.slice(before.message.length) };
        }
      }
      return c;
    });
    return { ...report, findings, checklist };
  };
}
