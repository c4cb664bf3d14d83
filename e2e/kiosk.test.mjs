// Kiosk mode (DESKTOP-6). The shared stack's desktop app does not run with
// --kiosk, so this walk switches kiosk mode on in the UI with ?kiosk=1,
// which only development builds honour, and shortens the idle time with
// ?kioskIdle and ?kioskWarn. The Go side's wipe on sign-out is tested in Go.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { expectAccessible } from './lib/axe.mjs';
import { openApp, screenshot } from './lib/browser.mjs';
import { openPortal } from './lib/portal.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

const suite = useBrowser();
const { env } = suite;

/** kioskUrl opens the app in kiosk mode with a short idle time. */
function kioskUrl(extra = '') {
  const url = new URL(env.appUrl);
  url.search = `?kiosk=1&kioskIdle=6&kioskWarn=5${extra}`;
  return url.toString();
}

test('a kiosk first asks for the organisation’s enrolment code', async () => {
  const url = new URL(env.appUrl);
  url.search = '?kiosk=enrol';
  const { page, context } = await openApp(suite.browser, url.toString());
  try {
    await page.getByRole('heading', { level: 1, name: nl('kiosk.enrolTitle') }).waitFor();
    await page.getByLabel(nl('kiosk.enrolCode')).fill('GEEN-CODE');
    await page.getByRole('button', { name: nl('kiosk.enrolSubmit'), exact: true }).click();
    await page.getByRole('alert').filter({ hasText: nl('errors.enrolment_code_invalid') }).waitFor();
    await screenshot(page, env.screenshots, 'kiosk-01-aanmelden');
    await expectAccessible(page, 'kiosk-01-aanmelden');
  } finally {
    await context.close();
  }
});

test('a kiosk has large targets, stays put, and signs out after a while', async () => {
  const walk = await Walk.open(suite.browser, { ...env, appUrl: kioskUrl() });
  const p = walk.page;
  try {
    // Opened without kiosk first by Walk.open; go to the kiosk URL.
    await p.goto(kioskUrl(), { waitUntil: 'domcontentloaded' });
    assert.equal(await p.evaluate(() => document.documentElement.classList.contains('kiosk')), true);
    await openPortal(walk, 'Maria de Vries');
    await p.mouse.move(1, 1);
    await walk.screen('kiosk-02-start', nl('start.heading', { name: 'Maria de Vries' }));

    // Every button is at least 56 px high and wide.
    const small = await p.evaluate(() =>
      [...document.querySelectorAll('button, [role="button"], a[href]')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ t: el.textContent?.trim(), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 55.5 || r.width < 55.5)
        .map(({ t, r }) => `${t} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    assert.deepEqual(small, [], 'touch targets of at least 56 px');

    // No pinch zoom, no dropped files, no middle-click.
    const touch = await p.evaluate(() => getComputedStyle(document.body).touchAction);
    assert.equal(touch, 'pan-x pan-y');
    const blocked = await p.evaluate(() => {
      const drop = new Event('drop', { cancelable: true, bubbles: true });
      document.body.dispatchEvent(drop);
      const aux = new MouseEvent('auxclick', { button: 1, cancelable: true, bubbles: true });
      document.body.dispatchEvent(aux);
      return { drop: drop.defaultPrevented, aux: aux.defaultPrevented };
    });
    assert.deepEqual(blocked, { drop: true, aux: true });

    // After the idle time a countdown shows; Ik ben er nog keeps the user in.
    const warning = p.getByRole('alertdialog');
    await warning.waitFor({ timeout: 15_000 });
    assert.match(await warning.innerText(), /U wordt over \d+ seconden? uitgelogd/);
    await screenshot(p, env.screenshots, 'kiosk-03-bent-u-er-nog');
    await expectAccessible(p, 'kiosk-03-bent-u-er-nog');
    const stay = warning.getByRole('button', { name: nl('kiosk.stay'), exact: true });
    assert.equal(await p.evaluate(() => document.activeElement?.textContent), nl('kiosk.stay'));
    await stay.click();
    await warning.waitFor({ state: 'detached' });

    // Nobody answers the next time: back to the sign-in screen.
    await warning.waitFor({ timeout: 15_000 });
    await p.getByRole('heading', { level: 1, name: nl('signIn.title') }).waitFor({ timeout: 15_000 });
    await p.getByText(nl('kiosk.signedOut')).waitFor();
    await screenshot(p, env.screenshots, 'kiosk-04-uitgelogd');
    await expectAccessible(p, 'kiosk-04-uitgelogd');
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});
