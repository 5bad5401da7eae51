// The demo as trainers and phone users meet it: a calm first view, an example beside its
// council's exemplary plan, the printed handout, one announcement per change, axe on every
// example at two widths, no sideways scrolling at 320 px, and the checklist in reach on a
// narrow screen. Needs dist/cinplan (scripts/build-pkg.sh) and axe-core.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, checklistStatuses, launchBrowser, loadExample, newDemoPage, readExample, readExamples, startServer } from './support.mjs';
import { loadPackage } from '../node/helpers.mjs';

const cinplan = loadPackage();

/** The report the page should show for an example: the package's own, on the example's date. */
function reportFor(file) {
  const ex = readExamples().find((e) => e.file === file);
  return cinplan.check(readExample(file), { authority: ex.authority, today: ex.asOf });
}

let server;
let browser;

before(async () => {
  server = await startServer({ csp: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Runs `fn` with a fresh demo page, closed afterwards. */
async function withDemo(options, fn) {
  const d = await newDemoPage(browser, server, options);
  try {
    await d.open();
    await fn(d);
  } finally {
    await d.context.close();
  }
}

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

async function axeViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** How far the page scrolls sideways, and what sticks out. */
function sideways(page) {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll('body *')]
      .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > w + 1 && !e.closest('.timeline__scroll'))
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
    return { extra: document.documentElement.scrollWidth - w, out: out.slice(0, 5) };
  });
}

describe('a calm first view', () => {
  test('a blank plan shows nothing red and no error summary: the checklist says what is to do', async () => {
    await withDemo({}, async ({ page }) => {
      assert.equal(await page.locator('.cin-error-summary').isVisible(), false);
      assert.equal(await page.locator('.cin-error-message').count(), 0);
      const tags = await page.$$eval('#panel-checklist .cin-tag', (ts) => ts.map((t) => t.textContent));
      assert.ok(tags.every((t) => t === 'To do' || t === 'Met'), tags.join(', '));
      assert.ok(tags.filter((t) => t === 'To do').length >= 5, tags.join(', '));
      const red = await page.evaluate(() => {
        const reds = ['rgb(212, 53, 28)', 'rgb(170, 42, 22)', 'rgb(148, 37, 20)', 'rgb(244, 205, 198)'];
        return [...document.querySelectorAll('#checks *, #plan *')]
          .filter((e) => e.getClientRects().length)
          .filter((e) => {
            const s = getComputedStyle(e);
            return [s.color, s.backgroundColor, s.borderLeftColor].some((c) => reds.includes(c));
          })
          .map((e) => `${e.tagName}.${e.className}`);
      });
      assert.deepEqual(red, []);
      // Leaving the contingency plan empty makes that one item a problem.
      await page.click('#contingency');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.querySelector('[data-cin-item="contingency"] .cin-tag').textContent === 'Not met');
      assert.equal(await page.textContent('[data-cin-item="leadProfessional"] .cin-tag'), 'To do');
    });
  });

  test('a weak example shows its errors under "There is a problem" and its warnings apart, under "Worth checking"', async () => {
    await withDemo({}, async ({ page }) => {
      await loadExample(page, 'reading/vague-outcomes.json');
      const report = reportFor('reading/vague-outcomes.json');
      const count = (sev) => report.findings.filter((f) => f.severity === sev).length;
      assert.equal(await page.locator('.cin-error-summary li').count(), count('error'));
      assert.equal(await page.locator('.cin-warning-summary li').count(), count('warning'));
      if (count('warning')) assert.equal(await page.textContent('.cin-warning-summary__title'), 'Worth checking');
    });
  });
});

describe('for trainers', () => {
  test('a weak example stands beside its council\'s exemplary plan, with the differences marked', async () => {
    await withDemo({}, async ({ page }) => {
      await loadExample(page, 'reading/no-contingency.json');
      assert.ok(await page.isVisible('#side-by-side'));
      const rows = await page.$$eval('#side-by-side-body tr.side-by-side__row--differs', (trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent)),
      );
      assert.ok(rows.some(([name, good, mine]) => /^Contingency plan Missing here$/.test(name) && good.length > 20 && mine === '—'), JSON.stringify(rows));
      assert.ok(rows.some(([name, good, mine]) => /^Contingency plan Different$/.test(name) && good === 'Met' && mine === 'Not met'), JSON.stringify(rows));
      assert.match(await page.textContent('#side-by-side-intro'), /weakness: no contingency plan\) beside Reading's exemplary plan/);
      // Loading the exemplary plan itself: nothing to compare with.
      await loadExample(page, 'reading/exemplary.json');
      assert.equal(await page.isVisible('#side-by-side'), false);
    });
  });

  test('a met item says what meets it', async () => {
    await withDemo({}, async ({ page }) => {
      await loadExample(page, 'reading/exemplary.json');
      assert.equal(
        await page.textContent('[data-cin-item="leadProfessional"] .cin-checklist__reason'),
        'Lead professional: Sam Okafor, Social Worker, with responsibilities.',
      );
      // Every due date has its own label; the three Lewisham escalation reviews are told apart.
      await loadExample(page, 'lewisham/exemplary.json');
      const labels = await page.$$eval('#panel-due .cin-due__kind', (ks) => ks.map((k) => k.textContent));
      assert.equal(new Set(labels).size, labels.length, labels.join(' / '));
      assert.ok(!labels.includes('Escalation review'), labels.join(' / '));
    });
  });

  test('the printed handout holds the plan, the checklist and each finding with the procedure\'s words', async () => {
    await withDemo({}, async ({ page }) => {
      await loadExample(page, 'reading/review-interval.json');
      await page.evaluate(() => {
        window.print = () => {
          window.__printed = document.body.dataset.print;
        };
      });
      await page.click('#print-handout');
      assert.equal(await page.evaluate(() => window.__printed), 'handout');
      await page.emulateMedia({ media: 'print' });
      try {
        assert.ok(await page.isVisible('#print-handout-sheet'));
        assert.equal(await page.isVisible('#print-plan'), false, 'the handout, not the family\'s plan');
        assert.equal(await page.isVisible('#plan'), false);
        const text = await page.textContent('#print-handout-sheet');
        const report = reportFor('reading/review-interval.json');
        assert.match(text, /Training handout: /);
        for (const c of report.checklist) assert.ok(text.includes(c.label) && text.includes(c.reason), c.item);
        for (const f of report.findings) {
          assert.ok(text.includes(f.message), f.rule);
          if (f.quote) assert.ok(text.includes(f.quote), `${f.rule}: the procedure's words`);
          if (f.source) assert.ok(text.includes(f.source), `${f.rule}: its source`);
        }
        assert.ok(report.findings.some((f) => f.quote), 'a weak plan has the procedure to quote');
        assert.match(text, /Child in Need plan for Amira/, 'and the plan itself');
        // Tables with column headings: the checklist, and each outcome's actions.
        const headings = (sel) => page.$$eval(sel, (ths) => ths.map((t) => `${t.textContent}/${t.scope}`));
        assert.deepEqual(await headings('#print-handout-sheet .print-handout__table th'), ['Item/col', 'Status/col', 'Why/col']);
        assert.equal(await page.locator('#print-handout-sheet .print-handout__table tbody tr').count(), report.checklist.length);
        const actions = page.locator('#print-handout-sheet .print-plan__actions').first();
        assert.deepEqual(await headings('#print-handout-sheet .print-plan__actions >> nth=0 >> th'), ['What will happen/col', 'Who/col', 'By when/col']);
        assert.ok((await actions.locator('tbody tr').count()) > 0, 'the first outcome\'s actions, a row each');
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      // After printing, Print plan prints the family's plan again.
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      assert.equal(await page.evaluate(() => document.body.dataset.print), undefined);
    });
  });

  test('loading an example, the checklist\'s live region stays quiet: the page\'s status says what happened, once', async () => {
    await withDemo({}, async ({ page }) => {
      await loadExample(page, 'reading/exemplary.json');
      await page.waitForTimeout(1000);
      assert.equal(await page.textContent('#panel-checklist [role="status"]'), '');
      assert.match(await page.textContent('#status'), /^Loaded the example/);
      // Typing that changes one item: one announcement of that item.
      await page.fill('#contingency', '');
      await page.waitForFunction(() => document.querySelector('#panel-checklist [role="status"]').textContent !== '');
      assert.equal(await page.textContent('#panel-checklist [role="status"]'), 'Contingency plan: now not met.');
    });
  });
});

describe('accessibility and phones', () => {
  test('axe finds no violations with any example loaded, 1280 px wide', async () => {
    await withDemo({ viewport: { width: 1280, height: 900 }, bypassCSP: true }, async ({ page }) => {
      assert.deepEqual(await axeViolations(page), [], 'blank plan');
      for (const ex of readExamples()) {
        await loadExample(page, ex.file);
        assert.deepEqual(await axeViolations(page), [], ex.file);
      }
    });
  });

  test('axe finds no violations and nothing scrolls sideways with any example loaded, 390 px wide', async () => {
    await withDemo({ viewport: { width: 390, height: 844 }, bypassCSP: true }, async ({ page }) => {
      await page.check('#trainer');
      for (const ex of readExamples()) {
        await loadExample(page, ex.file);
        assert.deepEqual(await axeViolations(page), [], ex.file);
        const s = await sideways(page);
        assert.equal(s.extra, 0, `${ex.file}: ${s.out.join(', ')}`);
      }
    });
  });

  test('at 320 px nothing scrolls sideways, with any example', async () => {
    await withDemo({ viewport: { width: 320, height: 640 } }, async ({ page }) => {
      await page.check('#trainer');
      for (const ex of readExamples()) {
        await loadExample(page, ex.file);
        const s = await sideways(page);
        assert.equal(s.extra, 0, `${ex.file}: ${s.out.join(', ')}`);
      }
    });
  });

  test('on a phone a bar with the checklist\'s counts stays in reach and jumps to it', async () => {
    await withDemo({ viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await loadExample(page, 'reading/no-contingency.json');
      const statuses = await checklistStatuses(page);
      const met = Object.values(statuses).filter((s) => s === 'met').length;
      const bar = page.locator('#checkbar');
      assert.ok(await bar.isVisible());
      assert.equal(await bar.textContent(), `Checklist: ${met} of ${Object.keys(statuses).length} items met`);
      const box = await bar.boundingBox();
      assert.ok(box.y + box.height <= 844 && box.y > 700, 'at the foot of the screen');
      // Still there after scrolling to the form's end, and it takes the reader to the checklist.
      await page.locator('#fgc').scrollIntoViewIfNeeded();
      assert.ok(await bar.isVisible());
      await bar.click();
      await page.waitForFunction(() => location.hash === '#checks');
      const top = await page.evaluate(() => document.getElementById('checks').getBoundingClientRect().top);
      assert.ok(Math.abs(top) < 50, `the checklist is on screen (top ${top})`);
    });
    // On a wide screen the checklist is beside the form: no bar.
    await withDemo({ viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      assert.equal(await page.isVisible('#checkbar'), false);
    });
  });
});
