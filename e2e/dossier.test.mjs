// Mijn Dossier (DOSSIER-1 to DOSSIER-4) as the demo daughter reads it,
// against the real front end, the real Go services and a portal server in
// demo mode: reports stepped through with Vorige and Volgende, a search
// that ignores accents, a goal of the care plan, a document.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPortal, tabTo } from './lib/area.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

const suite = useBrowser();
const { env } = suite;

/** readerHeading reads the h2 of the report on show: its day and time. */
function readerHeading(page) {
  return page.locator('.report-reader__block').innerText();
}

test('reports, search, care plan and documents', async () => {
  const walk = await Walk.open(suite.browser, env);
  try {
    const page = walk.page;
    await openPortal(walk, 'dossier-00-start');
    const heading = await walk.openSection('dossier');
    await page.locator('.report-block').first().waitFor();
    await walk.screen('dossier-01-rapportages', heading);
    assert.equal(await page.getByRole('tab', { name: nl('dossier.reports') }).getAttribute('aria-selected'), 'true');
    assert.equal(await walk.atZoom('dossier-01b-rapportages-200procent'), false,
      'at 200% zoom the reports do not scroll sideways');

    // The yellow block keeps its text readable: contrast at least 4.5:1.
    const ratio = await page.locator('.report-block').first().evaluate((el) => {
      const rgb = (c) => c.match(/\d+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const s = getComputedStyle(el);
      const [a, b] = [lum(rgb(s.color)), lum(rgb(s.backgroundColor))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    assert.ok(ratio >= 4.5, `report text contrast ${ratio.toFixed(2)} is at least 4.5`);

    // Open the newest report, step to an older one and back.
    await page.locator('.report-block').first().click();
    await page.locator('#report-reader-title').waitFor();
    const newest = await readerHeading(page);
    await walk.screen('dossier-02-rapportage', heading);
    assert.equal(await walk.atZoom('dossier-02b-rapportage-200procent'), false,
      'at 200% zoom a report does not scroll sideways');
    await page.getByRole('button', { name: new RegExp(`^${nl('dossier.previous')}`) }).click();
    await page.waitForFunction((h) => {
      const el = document.querySelector('.report-reader__block');
      return el && el.innerText !== h;
    }, newest);
    await page.getByRole('button', { name: new RegExp(`^${nl('dossier.next')}`) }).click();
    await page.waitForFunction((h) => document.querySelector('.report-reader__block')?.innerText === h, newest);
    await page.getByText(nl('dossier.lastReport')).waitFor();
    await page.getByRole('button', { name: nl('dossier.backToReports') }).click();

    // Search ignores case (and accents, which Maria's reports lack):
    // "nachtrust" finds the reports titled "Nachtrust".
    const word = 'nachtrust';
    await page.getByLabel(nl('dossier.search'), { exact: true }).fill(word);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: word }).waitFor();
    const hits = page.locator('.report-block');
    await hits.first().waitFor();
    for (const text of await hits.allInnerTexts()) {
      assert.match(text, /nachtrust/i, `every hit for ${word} holds it`);
    }
    await walk.screen('dossier-03-zoeken', heading);
    await page.getByRole('button', { name: nl('dossier.searchClear') }).click();

    // Plannen: goals as cards with actions; a goal opens to its care question.
    await page.getByRole('tab', { name: nl('dossier.plans') }).click();
    const goal = page.locator('.goal-card').first();
    await goal.waitFor();
    await walk.screen('dossier-04-plannen', heading);
    assert.equal(await walk.atZoom('dossier-04b-plannen-200procent'), false,
      'at 200% zoom the plan does not scroll sideways');
    const goalTitle = await goal.locator('h2').innerText();
    await goal.getByRole('button').click();
    await page.getByRole('heading', { level: 2, name: goalTitle }).waitFor();
    await page.getByRole('heading', { level: 3, name: nl('dossier.careQuestion') }).waitFor();
    await page.getByRole('heading', { level: 3, name: nl('dossier.evaluations') }).waitFor();
    await walk.screen('dossier-05-doel', heading);
    assert.equal(await walk.atZoom('dossier-05b-doel-200procent'), false,
      'at 200% zoom a goal does not scroll sideways');
    await page.getByRole('button', { name: nl('dossier.backToPlan') }).click();

    // Lezen: documents on the left, the chosen one on the right.
    await page.getByRole('tab', { name: nl('dossier.read') }).click();
    const doc = page.locator('.document-link').first();
    await doc.waitFor();
    await page.getByText(nl('dossier.chooseDocument')).waitFor();
    await walk.screen('dossier-06-lezen', heading);
    const docTitle = await doc.locator('.document-link__title').innerText();
    await doc.click();
    await page.getByRole('heading', { level: 2, name: docTitle }).waitFor();
    await page.locator('.document__text').waitFor();
    assert.ok((await page.locator('.document__text').innerText()).length > 20, 'the document has text');
    await walk.screen('dossier-07-document', heading);
    assert.equal(await walk.atZoom('dossier-07b-document-200procent'), false,
      'at 200% zoom the document does not scroll sideways');

    // The tabs and the search field are reachable with the Tab key, and
    // the arrow keys move between tabs.
    await page.getByRole('tab', { name: nl('dossier.read') }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.locator('.report-block').first().waitFor();
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, nl('dossier.reports'));
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});
