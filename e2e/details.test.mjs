// Mijn Gegevens (DETAILS-1..5) as the demo daughter walks it: the contact
// details, the care team, and the Prikbord with a photo post, a reply and
// deleting her own post; a file dropped beside the drop zone must not
// take the window away from the app.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { makePng } from './lib/png.mjs';
import { openPortal, reachByTab } from './lib/portal.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

const suite = useBrowser('details');
const { env, shot } = suite;

// dropFile fires the drag events of a file dropped on the element and
// tells whether the page kept the browser from opening the file.
function dropFile(page, selector) {
  const png = makePng().toString('base64');
  return page.evaluate(([sel, b64]) => {
    const target = document.querySelector(sel);
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'gesleept.png', { type: 'image/png' }));
    dt.effectAllowed = 'all';
    const fire = (type) => {
      const e = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    fire('dragenter');
    const over = fire('dragover');
    const drop = fire('drop');
    return { over, drop };
  }, [selector, png]);
}

test('details, care team, and the Prikbord with a photo post', async () => {
  const walk = await Walk.open(suite.browser, env, { check: false });
  const p = walk.page;
  const main = p.getByRole('main');
  try {
    await openPortal(walk);
    await walk.openSection('details');
    await p.getByRole('heading', { level: 1, name: nl('section.details'), exact: true }).waitFor();

    // DETAILS-1: the contact details as a list.
    await main.locator('dl.contact').waitFor();
    await main.getByText(nl('details.birthDate'), { exact: true }).waitFor();
    const born = await main.locator('dl.contact dd').nth(1).innerText();
    assert.match(born, /^\d{1,2} [a-z]+ \d{4}$/, `date of birth reads as "12 april 1938": ${born}`);
    await shot(walk, '01-gegevens');
    assert.equal(await walk.atZoom('details-01b-gegevens-200procent'), false,
      'at 200% zoom the details do not scroll sideways');

    // DETAILS-2: the care team with names and roles.
    await main.getByRole('tab', { name: nl('details.tabTeam') }).click();
    await main.locator('.team__member').first().waitFor();
    assert.match(await main.locator('.team__role').first().innerText(), /\S/);
    await shot(walk, '02-zorgteam');

    // DETAILS-3: the board, keyboard first.
    const boardTab = main.getByRole('tab', { name: nl('details.tabBoard') });
    await boardTab.click();
    await main.locator('.post').first().waitFor();
    await shot(walk, '03-prikbord');
    assert.equal(await walk.atZoom('details-03b-prikbord-200procent'), false,
      'at 200% zoom the board does not scroll sideways');
    const choose = main.getByRole('button', { name: nl('details.choosePhoto'), exact: true });
    assert.ok((await reachByTab(p, choose)).reached, 'Foto kiezen is reachable by Tab');

    // DETAILS-5: the administrator may remove others' posts, so says so.
    assert.ok((await main.getByRole('button', { name: nl('details.deleteAsAdmin') }).count()) > 0,
      'others’ posts offer Verwijderen als beheerder');

    // A file dropped beside the drop zone does nothing; on it, it is the photo.
    const url = p.url();
    const beside = await dropFile(p, 'h1');
    assert.deepEqual(beside, { over: true, drop: true }, 'a stray drop is stopped');
    assert.equal(p.url(), url, 'the window stays on the app');
    await dropFile(p, '.photo-picker__zone');
    await main.getByRole('img', { name: nl('details.preview') }).waitFor();
    assert.equal(p.url(), url);
    await main.getByRole('button', { name: nl('details.removePhoto') }).click();

    // DETAILS-4: a photo needs text; the button waits and says why.
    await main.locator('.photo-picker input[type=file]').setInputFiles({
      name: 'tuin.png',
      mimeType: 'image/png',
      buffer: makePng(),
    });
    await main.getByRole('img', { name: nl('details.preview') }).waitFor();
    const place = main.getByRole('button', { name: nl('details.postSubmit'), exact: true });
    assert.equal(await place.isDisabled(), true, 'Plaats bericht waits for text');
    await main.getByText(nl('details.photoNeedsText')).waitFor();
    await shot(walk, '04-foto-zonder-tekst');

    const text = `Mama in de tuin, ${Date.now() % 100000}`;
    await main.getByLabel(nl('details.postText'), { exact: true }).fill(text);
    await place.click();
    await p.getByRole('status').filter({ hasText: nl('details.posted') }).waitFor();
    const card = main.locator('article.post').filter({ hasText: text });
    await card.waitFor();
    await card.getByRole('img', { name: /Foto bij het bericht/ }).waitFor({ timeout: 45_000 });
    await shot(walk, '05-geplaatst');

    // A reply, indented under the post.
    await card.getByRole('button', { name: nl('details.reply'), exact: true }).click();
    const reply = 'Wat een mooie foto!';
    await card.getByLabel(nl('details.replyText'), { exact: true }).fill(reply);
    await card.getByRole('button', { name: nl('details.replySubmit'), exact: true }).click();
    await card.locator('.post__replies').getByText(reply).waitFor();
    await shot(walk, '06-reactie');

    // Deleting one's own post asks first.
    await card.locator('.post__body').first()
      .getByRole('button', { name: nl('details.delete'), exact: true }).click();
    const dialog = p.getByRole('alertdialog');
    await dialog.getByRole('heading', { name: nl('details.deletePostTitle') }).waitFor();
    await shot(walk, '07-verwijderen');
    await dialog.getByRole('button', { name: nl('details.deleteYes') }).click();
    await card.waitFor({ state: 'detached' });
    await p.getByRole('status').filter({ hasText: nl('details.deleted') }).waitFor();
    await shot(walk, '08-verwijderd');
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});

test('on a portal where she is not the administrator, only her own posts can go', async () => {
  const walk = await Walk.open(suite.browser, env, { check: false });
  const p = walk.page;
  const main = p.getByRole('main');
  try {
    await openPortal(walk, 'Johanna van Putten-van der Giessen');
    await walk.openSection('details');
    await p.getByRole('heading', { level: 1, name: nl('section.details'), exact: true }).waitFor();
    await main.getByRole('tab', { name: nl('details.tabBoard') }).click();
    await main.locator('.post').first().waitFor();
    assert.equal(await main.getByRole('button', { name: nl('details.deleteAsAdmin') }).count(), 0,
      'no Verwijderen als beheerder without being the administrator');
    await shot(walk, '09-prikbord-johanna');
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});
