// Mijn Berichten (MESSAGES-1..4) as the demo daughter walks it: the list,
// a new conversation to her brother, a reply, and a conversation as a
// chat with her own texts on the right and his on the left.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPortal, reachByTab } from './lib/portal.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

const suite = useBrowser('messages');
const { env, shot } = suite;

test('start a conversation, reply, and read it as a chat', async () => {
  const walk = await Walk.open(suite.browser, env, { check: false });
  const p = walk.page;
  const main = p.getByRole('main');
  try {
    await openPortal(walk);
    await walk.openSection('messages');
    await p.getByRole('heading', { level: 1, name: nl('section.messages'), exact: true }).waitFor();
    await main.locator('.conversation').first().waitFor();
    await shot(walk, '01-lijst');
    assert.equal(await walk.atZoom('messages-01b-lijst-200procent'), false,
      'at 200% zoom the list does not scroll sideways');

    const newButton = main.getByRole('button', { name: nl('messages.newMessage'), exact: true });
    const kb = await reachByTab(p, newButton);
    assert.ok(kb.reached, 'Nieuw bericht is reachable by Tab');
    assert.notEqual(kb.ring, 'none', 'Nieuw bericht shows a focus ring');

    // Nieuw bericht: nothing filled in names each missing field.
    await newButton.click();
    await main.getByRole('heading', { level: 2, name: nl('messages.newMessage') }).waitFor();
    await main.getByRole('checkbox').first().waitFor();
    await main.getByRole('button', { name: nl('messages.post'), exact: true }).click();
    await main.getByText(nl('messages.missingTo')).waitFor();
    await main.getByText(nl('messages.missingTitle')).waitFor();
    await shot(walk, '02-nieuw-bericht-fouten');

    const title = `Bezoek zaterdag ${Date.now() % 100000}`;
    const first = 'Zal ik zaterdag om twee uur bij mama langsgaan?';
    // The label is what a user clicks; the box itself is drawn over the input.
    await main.locator('.recipient').first().click();
    assert.ok(await main.getByRole('checkbox').first().isChecked(), 'the recipient is chosen');
    await main.getByLabel(nl('messages.title'), { exact: true }).fill(title);
    await main.getByLabel(nl('messages.text'), { exact: true }).fill(first);
    await shot(walk, '03-nieuw-bericht');
    await main.getByRole('button', { name: nl('messages.post'), exact: true }).click();

    // Back in the list, the new conversation is on top.
    await p.getByRole('status').filter({ hasText: nl('messages.sent') }).waitFor();
    const entry = main.getByRole('button', { name: new RegExp(title) });
    await entry.waitFor();
    await entry.click();

    // The conversation as a chat; a reply goes below.
    await main.getByRole('heading', { level: 2, name: title }).waitFor();
    const reply = 'En dan neem ik de foto’s van vroeger mee.';
    await main.getByLabel(nl('messages.reply'), { exact: true }).fill(reply);
    await main.getByRole('button', { name: nl('messages.post'), exact: true }).click();
    const mine = main.locator('.chat__line--mine');
    await mine.filter({ hasText: reply }).waitFor();
    assert.ok((await mine.filter({ hasText: first }).count()) === 1, 'the first text is mine');
    await shot(walk, '04-eigen-gesprek');

    // A conversation with the brother's texts: his on the left, hers right.
    await main.getByRole('button', { name: nl('messages.backToList') }).click();
    await main.getByRole('button', { name: /Verjaardag mama/ }).click();
    await main.getByRole('heading', { level: 2, name: 'Verjaardag mama' }).waitFor();
    const theirs = main.locator('.chat__line--theirs .chat__bubble').first();
    const ours = main.locator('.chat__line--mine .chat__bubble').first();
    await theirs.waitFor();
    const left = await theirs.boundingBox();
    const right = await ours.boundingBox();
    assert.ok(left.x < right.x, 'others’ texts stand left of one’s own');
    assert.match(await theirs.locator('.chat__author').innerText(), /\S/, 'others’ texts carry a name');
    assert.match(await theirs.locator('.chat__time').innerText(), /\d\d:\d\d/, 'and a time');
    await shot(walk, '05-gesprek');
    assert.equal(await walk.atZoom('messages-05b-gesprek-200procent'), false,
      'at 200% zoom the chat does not scroll sideways');

    const post = main.getByRole('button', { name: nl('messages.post'), exact: true });
    assert.ok((await reachByTab(p, post)).reached, 'Plaatsen is reachable by Tab');
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});

test('a portal without conversations explains how to start one', async () => {
  const walk = await Walk.open(suite.browser, env, { check: false });
  const p = walk.page;
  const main = p.getByRole('main');
  try {
    await openPortal(walk, 'Johanna van Putten-van der Giessen');
    await walk.openSection('messages');
    await p.getByRole('heading', { level: 1, name: nl('section.messages'), exact: true }).waitFor();
    const empty = main.getByText(nl('messages.empty'));
    const entries = main.locator('.conversation');
    await empty.or(entries.first()).waitFor();
    // Someone may have started a conversation here since the demo began.
    if (await empty.isVisible()) {
      await shot(walk, '06-leeg');
    }

    // Nobody else in this portal may receive messages: the form says so.
    await main.getByRole('button', { name: nl('messages.newMessage'), exact: true }).click();
    await main.getByText(nl('messages.noRecipients')).waitFor();
    await shot(walk, '07-geen-ontvangers');
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});
