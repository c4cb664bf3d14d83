// The profile (PROFILE-1, PROFILE-2, AUTH-8) as the demo daughter walks
// it: a new photo with Foto kiezen then Opslaan, the password form's own
// checks, and the language. The shared demo account keeps its password
// and mobile number: those changes are covered by the unit tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { makePng } from './lib/png.mjs';
import { openPortal, reachByTab } from './lib/portal.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

const suite = useBrowser('profile');
const { env, shot } = suite;

test('choose a photo and save it; the password form checks itself; switch language', async () => {
  const walk = await Walk.open(suite.browser, env, { check: false });
  const p = walk.page;
  const main = p.getByRole('main');
  try {
    await openPortal(walk);
    await p.getByRole('button', { name: /^Uw profiel/ }).click();
    await p.getByRole('heading', { level: 1, name: nl('profile.title'), exact: true }).waitFor();
    await shot(walk, '01-profiel');
    assert.equal(await walk.atZoom('profile-01b-profiel-200procent'), false,
      'at 200% zoom the profile does not scroll sideways');

    // PROFILE-1: Opslaan waits for a photo.
    const photo = main.getByRole('region', { name: nl('profile.photoTitle') });
    const save = photo.getByRole('button', { name: nl('profile.photoSave'), exact: true });
    assert.equal(await save.isDisabled(), true, 'Opslaan is off until a photo is chosen');
    const choose = photo.getByRole('button', { name: nl('profile.choosePhoto'), exact: true });
    assert.ok((await reachByTab(p, choose)).reached, 'Foto kiezen is reachable by Tab');
    await photo.locator('input[type=file]').setInputFiles({
      name: 'anna.png',
      mimeType: 'image/png',
      buffer: makePng(96, 96),
    });
    await photo.getByRole('img', { name: nl('profile.preview') }).waitFor();
    assert.equal(await save.isDisabled(), false);
    await shot(walk, '02-foto-gekozen');
    await save.click();
    await photo.getByRole('status').filter({ hasText: nl('profile.photoSaved') }).waitFor();
    await shot(walk, '03-foto-opgeslagen');

    // PROFILE-2: the form names what is missing before asking the server.
    const password = main.getByRole('region', { name: nl('profile.passwordTitle') });
    await password.getByLabel(nl('profile.newPassword'), { exact: true }).fill('kort');
    await password.getByRole('button', { name: nl('profile.passwordSave') }).click();
    await password.getByText(nl('profile.missingOld')).waitFor();
    await password.getByText(nl('newPassword.tooShort')).waitFor();
    await shot(walk, '04-wachtwoord-fouten');

    // The language: English and back.
    await main.getByText('English', { exact: true }).click();
    await p.getByRole('heading', { level: 1, name: 'Your profile', exact: true }).waitFor();
    await shot(walk, '05-english');
    await main.getByText('Nederlands', { exact: true }).click();
    await p.getByRole('heading', { level: 1, name: nl('profile.title'), exact: true }).waitFor();
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});
