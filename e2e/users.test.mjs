// Gebruikersbeheer as Maria's portal administrator (USERS-*): the rights
// table with its notes and marks, Ja/Nee, Gegevens versturen, adding via
// "Bedoelt u" and as a new user, removing, and the ECD lock. Every screen
// is checked with axe and at 200% zoom, and saved as a screenshot.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPortal, reachByTab } from './lib/portal.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

const suite = useBrowser();
const { env } = suite;
const client = 'Maria de Vries';

/** dialogShot saves a screenshot with an open dialog and runs axe. */
async function dialogShot(walk, name) {
  await walk.settled();
  await walk.screen(name, nl('users.title'));
}

/** noSideways checks a screen at 200% zoom. */
async function noSideways(walk, name) {
  const overflow = await walk.atZoom(name);
  assert.equal(overflow, false, `${name}: the page scrolls sideways at 200%`);
}

test('an administrator manages the users of Maria’s portal', async () => {
  const walk = await Walk.open(suite.browser, env);
  const p = walk.page;
  const stamp = String(Date.now()).slice(-6);
  const first = 'Testa';
  const last = `Gebruiker${stamp}`;
  const added = `${first} ${last}`;
  try {
    await openPortal(walk, client);

    // Start shows the way in for an administrator, reachable by keyboard.
    const open = p.getByRole('button', { name: nl('users.open'), exact: true });
    const byTab = await reachByTab(p, open);
    assert.ok(byTab.reached, 'Gebruikersbeheer is reachable by Tab from Start');
    await p.keyboard.press('Enter');
    await walk.screen('users-01-overzicht', nl('users.title'));
    await p.locator('[data-testid="users-row"]').first().waitFor();
    await noSideways(walk, 'users-01b-overzicht-200');

    // The notes of the sections stand under their column headings.
    for (const s of ['appointments', 'dossier', 'messages', 'details', 'settings']) {
      const head = p.getByRole('columnheader', { name: new RegExp(nl(`users.sections.${s}`)) });
      assert.match(await head.innerText(), new RegExp(nl(`users.notes.${s}`).slice(0, 20)));
    }

    // Kees comes from the ECD: a lock with its label, and no Verwijderen.
    const kees = p.locator('[data-testid="users-row"]', { hasText: 'Kees de Vries' });
    await kees.getByText(nl('users.marks.locked')).waitFor();
    await p.getByRole('button', { name: nl('users.manage', { name: 'Kees de Vries' }) }).click();
    const keesDialog = p.getByRole('dialog');
    await keesDialog.getByTestId('lock-explain').waitFor();
    assert.equal(await keesDialog.getByRole('button', { name: nl('users.remove'), exact: true }).count(), 0);
    await dialogShot(walk, 'users-02-slot-ecd');
    await p.keyboard.press('Escape');
    await keesDialog.waitFor({ state: 'detached' });

    // The first cell can be reached and toggled by keyboard alone.
    const firstCell = p.locator('.right-toggle').first();
    assert.ok((await reachByTab(p, firstCell, 80)).reached, 'a Ja/Nee cell is reachable by Tab');

    // Gebruiker toevoegen: an unknown person becomes a Nieuwe gebruiker.
    await p.getByRole('button', { name: nl('users.add.open'), exact: true }).click();
    await p.getByLabel(nl('users.add.firstName'), { exact: true }).fill(first);
    await p.getByLabel(nl('users.add.lastName'), { exact: true }).fill(last);
    await p.getByLabel(nl('users.add.email'), { exact: true }).fill(`testa.${stamp}@example.nl`);
    await walk.screen('users-03-toevoegen', nl('users.title'));
    await p.getByRole('button', { name: nl('users.add.next'), exact: true }).click();
    await p.getByRole('heading', { level: 2, name: nl('users.add.newTitle') }).waitFor();
    await p.getByText(nl('users.add.portalContact'), { exact: true }).waitFor();
    await p.locator('.users-radio', { hasText: nl('users.add.genders.female') }).click();
    assert.equal(await p.getByRole('radio', { name: nl('users.add.genders.female') }).isChecked(), true);
    await p.getByLabel(nl('users.add.phone')).fill('0612345670');
    await walk.screen('users-04-nieuwe-gebruiker', nl('users.title'));
    await p.getByRole('button', { name: nl('users.add.submit'), exact: true }).click();
    await p.getByRole('status').filter({ hasText: nl('users.add.added', { name: added }) }).waitFor();
    const row = p.locator('[data-testid="users-row"]', { hasText: added });
    await row.waitFor();

    // Ja for Mijn Berichten: the first Ja offers Gegevens versturen.
    const label = nl('users.cellLabel', { section: nl('users.sections.messages'), name: added });
    const cell = p.locator('.right-toggle').and(p.getByRole('button', { name: new RegExp(`${label}$`) }));
    assert.equal(await cell.getAttribute('aria-pressed'), 'false');
    await cell.click();
    const offer = p.getByRole('dialog');
    await offer.getByRole('heading', { name: nl('users.credentialsTitle', { name: added }) }).waitFor();
    await offer.getByText(nl('users.credentialsAccount', { name: added }).slice(0, 30)).waitFor();
    assert.equal(await cell.getAttribute('aria-pressed'), 'true');
    await dialogShot(walk, 'users-05-gegevens-versturen');
    await offer.getByRole('button', { name: nl('users.credentialsLater'), exact: true }).click();
    await offer.waitFor({ state: 'detached' });

    // Remove the new user again: the red Verwijderen, then confirm.
    await p.getByRole('button', { name: nl('users.manage', { name: added }) }).click();
    const manage = p.getByRole('dialog');
    await manage.getByRole('button', { name: nl('users.remove'), exact: true }).click();
    await manage.getByText(nl('users.removeConfirm', { name: added })).waitFor();
    await dialogShot(walk, 'users-06-verwijderen');
    await manage.getByRole('button', { name: nl('users.removeYes'), exact: true }).click();
    await p.getByRole('status').filter({ hasText: nl('users.removed', { name: added }) }).waitFor();
    await row.waitFor({ state: 'detached' });

    // Bedoelt u: the organisation already knows Kees de Vries.
    await p.getByRole('button', { name: nl('users.add.open'), exact: true }).click();
    await p.getByLabel(nl('users.add.firstName'), { exact: true }).fill('Kees');
    await p.getByLabel(nl('users.add.lastName'), { exact: true }).fill('de Vries');
    await p.getByLabel(nl('users.add.email'), { exact: true }).fill('kees.devries@example.nl');
    await p.getByRole('button', { name: nl('users.add.next'), exact: true }).click();
    await p.getByRole('heading', { level: 2, name: nl('users.add.didYouMean', { name: 'Kees de Vries' }) }).waitFor();
    await walk.screen('users-07-bedoelt-u', nl('users.title'));
    await p.getByRole('button', { name: nl('users.add.choose', { name: 'Kees de Vries' }), exact: true }).click();
    await p.getByRole('heading', { level: 2, name: nl('users.add.knownTitle', { name: 'Kees de Vries' }) }).waitFor();
    await p.getByText(nl('users.add.roleFixed')).waitFor();
    await p.getByLabel(nl('users.add.phone')).fill('0612345679');
    await walk.screen('users-08-bekende-gebruiker', nl('users.title'));
    await noSideways(walk, 'users-08b-bekende-gebruiker-200');
    await p.getByRole('button', { name: nl('users.add.submit'), exact: true }).click();
    await p.getByRole('status').filter({ hasText: nl('users.add.added', { name: 'Kees de Vries' }) }).waitFor();
    await walk.screen('users-09-toegevoegd', nl('users.title'));

    // Stepping down is refused while Anna is the only administrator.
    const admins = await p.locator('[data-testid="mark-admin"]').count();
    if (admins === 1) {
      await p.getByRole('button', { name: nl('users.stepDown'), exact: true }).click();
      await p.getByRole('button', { name: nl('users.stepDownYes'), exact: true }).click();
      await walk.alert(nl('errors.last_administrator'));
      await walk.screen('users-10-laatste-beheerder', nl('users.title'));
    }

    assert.deepEqual(walk.problems, []);
  } catch (err) {
    await p.screenshot({ path: `${env.screenshots}/users-failed.png`, fullPage: true }).catch(() => {});
    throw err;
  } finally {
    await walk.close();
  }
});
