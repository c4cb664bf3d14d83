// Signing in as the demo daughter, against the real front end, the real Go
// services (wails dev) and a real portal server in demo mode. The file's
// name sorts first, so it meets the app signed out and the device not yet
// trusted: the other files sign in without an SMS code once it has passed.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { demo } from './lib/env.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk, wrongCode } from './lib/walk.mjs';

const suite = useBrowser();
const { env } = suite;

// This test must come first: once the walk below has passed an SMS code,
// the device is trusted and the server asks for no code again.
test('a wrong password gets the Dutch sentence for invalid_credentials', async () => {
  const walk = await Walk.open(suite.browser, env);
  try {
    await walk.screen('01-inloggen', nl('signIn.title'));
    await walk.signIn(demo.userName, 'niet-het-wachtwoord');
    await walk.alert(nl('errors.invalid_credentials'));
    await walk.screen('01b-inloggen-fout', nl('signIn.title'));
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});

test('sign in with an SMS code, choose Maria, see her start screen', async () => {
  const walk = await Walk.open(suite.browser, env);
  try {
    await walk.screen('01-inloggen', nl('signIn.title'));
    const code = await walk.signInForCode(demo.userName, demo.password);
    assert.match(code, /^\d{6}$/);

    await walk.enterCode(wrongCode(code));
    await walk.alert(nl('errors.code_invalid'));
    await walk.screen('02b-code-fout', nl('smsCode.title'));

    await walk.enterCode(code);
    await walk.screen('03-kies-client', nl('chooser.title'));
    for (const name of demo.clients) {
      await walk.page.getByRole('button', { name, exact: true }).waitFor();
    }

    await walk.chooseClient('Maria de Vries');
    await walk.startScreen('Maria de Vries');
    const main = walk.page.getByRole('main');
    await main.getByText('Maria de Vries', { exact: true }).first().waitFor();
    const appointments = main.locator('.appointments > li');
    assert.ok((await appointments.count()) >= 1, 'the start screen lists an appointment');

    assert.equal(await walk.atZoom('04b-start-200procent'), false,
      'at 200% zoom the start screen does not scroll sideways');

    const section = await walk.openSection('appointments');
    await walk.screen('05-mijn-afspraken', section);

    await walk.signOut();
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});
