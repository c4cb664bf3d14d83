// Mijn Afspraken (AGENDA-1 to AGENDA-6) as the demo daughter uses it,
// against the real front end, the real Go services and a portal server in
// demo mode: the week and the day, moving through time, the date picker
// by keyboard, and an appointment made, changed and deleted again.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPortal, tabTo } from './lib/area.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

const suite = useBrowser();
const { env } = suite;

/** typeDate types a day into a date field by keyboard, day first. */
async function typeDate(page, label, day) {
  const [y, m, d] = day.split('-');
  const group = page.getByRole('group', { name: label, exact: true });
  await group.getByRole('spinbutton').first().focus();
  await page.keyboard.type(`${d}${m}${y}`);
}

/** choose ticks a checkbox or radio by its visible label, as a user does. */
async function choose(page, role, name) {
  await page.locator('label', { hasText: name }).first().click();
  assert.equal(await page.getByRole(role, { name }).isChecked(), true, `${name} is ticked`);
}

/**
 * goSupportsOccurrences tells whether the running desktop app binds
 * AgendaService.SetOccurrence (a stack started before it lacks it).
 */
async function goSupportsOccurrences(page) {
  return page.evaluate(() => typeof window.go?.app?.AgendaService?.SetOccurrence === 'function');
}

/**
 * changeBehindTheScreen changes the appointment the way another family
 * member would, through the same service, so the screen's copy is stale.
 */
async function changeBehindTheScreen(page, title, newTitle) {
  await page.evaluate(
    async ({ title, newTitle, day, until }) => {
      const agenda = window.go.app.AgendaService;
      const clients = await window.go.app.PortalService.Clients();
      const clientId = clients.find((c) => c.name === 'Maria de Vries').id;
      const week = await agenda.Week({ clientId, date: day });
      const a = week.appointments.find((x) => x.title === title);
      const r = await agenda.Update({ ...a, clientId, title: newTitle, repeat: 'weekly', until });
      if (r.state !== 'sent') {
        throw new Error(`the change behind the screen was ${r.state} ${r.errorCode}`);
      }
    },
    { title, newTitle, day: testDay, until: untilDay },
  );
}

/** periodHeading reads the h2 that names the week or day on show. */
function periodHeading(page) {
  return page.locator('#agenda-period').innerText();
}

// A day far enough ahead that the demo's own appointments stay clear.
const testDay = '2027-02-09';
const untilDay = '2027-03-02';
const title = `Bezoek van de kleinkinderen ${Date.now() % 10000}`;

test('week and day, today, back and forward, date picker by keyboard', async () => {
  const walk = await Walk.open(suite.browser, env);
  try {
    const page = walk.page;
    await openPortal(walk, 'agenda-00-start');
    const heading = await walk.openSection('appointments');
    await walk.screen('agenda-01-week', heading);
    assert.match(await periodHeading(page), /^Week \d+:/);
    await page.locator('.agenda-item').first().waitFor();

    const thisWeek = await periodHeading(page);
    await page.getByRole('button', { name: nl('agenda.nextWeek') }).click();
    await page.waitForFunction((w) => document.querySelector('#agenda-period')?.textContent !== w, thisWeek);
    const nextWeek = await periodHeading(page);
    await page.getByRole('button', { name: nl('agenda.previousWeek') }).click();
    await page.waitForFunction((w) => document.querySelector('#agenda-period')?.textContent === w, thisWeek);
    await page.getByRole('button', { name: nl('agenda.nextWeek') }).click();
    await page.getByRole('button', { name: nl('agenda.today'), exact: true }).click();
    await page.waitForFunction((w) => document.querySelector('#agenda-period')?.textContent === w, thisWeek);
    assert.notEqual(thisWeek, nextWeek);

    await page.getByRole('radio', { name: nl('agenda.day') }).or(
      page.getByRole('button', { name: nl('agenda.day'), exact: true }),
    ).first().click();
    await walk.screen('agenda-02-dag', heading);
    const today = await periodHeading(page);
    assert.match(today, /^vandaag/i);
    await page.getByRole('button', { name: nl('agenda.nextDay') }).click();
    await page.waitForFunction(() => /^morgen/i.test(document.querySelector('#agenda-period')?.textContent ?? ''));
    await page.getByRole('button', { name: nl('agenda.previousDay') }).click();
    await page.waitForFunction(() => /^vandaag/i.test(document.querySelector('#agenda-period')?.textContent ?? ''));
    assert.equal(await walk.atZoom('agenda-02b-dag-200procent'), false,
      'at 200% zoom the day does not scroll sideways');

    // The calendar opens from its button by keyboard; arrows move a day.
    await page.getByRole('button', { name: nl('agenda.openCalendar') }).focus();
    await page.keyboard.press('Enter');
    const grid = page.getByRole('grid');
    await grid.waitFor();
    await walk.screen('agenda-03-kalender', heading);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await grid.waitFor({ state: 'detached' });
    await page.waitForFunction(() => /^morgen/i.test(document.querySelector('#agenda-period')?.textContent ?? ''));

    // Typing a date in the field goes there; week view shows its week.
    await typeDate(page, nl('agenda.pickDate'), testDay);
    await page.waitForFunction(() => /9 februari 2027/.test(document.querySelector('#agenda-period')?.textContent ?? ''));
    await page.getByRole('radio', { name: nl('agenda.week') }).or(
      page.getByRole('button', { name: nl('agenda.week'), exact: true }),
    ).first().click();
    await page.waitForFunction(() => /^Week 6:/.test(document.querySelector('#agenda-period')?.textContent ?? ''));
    assert.equal(await walk.atZoom('agenda-01b-week-200procent'), false,
      'at 200% zoom the week does not scroll sideways');

    // The main actions are reachable with the Tab key.
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, nl('agenda.today'));
    await tabTo(page, nl('agenda.newAppointment'));
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});

test('a private weekly appointment: add, see, change, refuse 02:30, delete', async () => {
  const walk = await Walk.open(suite.browser, env);
  try {
    const page = walk.page;
    await openPortal(walk, 'agenda-00-start');
    const heading = await walk.openSection('appointments');
    await walk.screen('agenda-01-week', heading);
    await typeDate(page, nl('agenda.pickDate'), testDay);
    await page.waitForFunction(() => /^Week 6:/.test(document.querySelector('#agenda-period')?.textContent ?? ''));

    // Nieuwe afspraak, with the reminder to tell the care staff.
    await page.getByRole('button', { name: nl('agenda.newAppointment') }).click();
    await page.getByRole('heading', { level: 2, name: nl('agenda.form.newTitle') }).waitFor();
    await page.getByText(nl('agenda.form.reminder')).waitFor();
    await page.getByLabel(nl('agenda.form.title'), { exact: true }).fill(title);
    await page.getByLabel(nl('agenda.form.start'), { exact: true }).fill('14:00');
    await page.getByLabel(nl('agenda.form.end'), { exact: true }).fill('15:30');
    await page.getByLabel(nl('agenda.form.description'), { exact: true }).fill('Met taart.');
    await choose(page, 'checkbox', nl('agenda.form.private'));
    await choose(page, 'radio', nl('agenda.form.repeatWeekly'));
    await typeDate(page, nl('agenda.form.until'), untilDay);
    await walk.screen('agenda-04-nieuwe-afspraak', heading);
    assert.equal(await walk.atZoom('agenda-04b-nieuwe-afspraak-200procent'), false,
      'at 200% zoom the form does not scroll sideways');
    await page.getByRole('button', { name: nl('agenda.form.add'), exact: true }).click();

    // Back in the week: the block has its time, a lock and a repeat sign.
    await page.getByRole('status').filter({ hasText: nl('agenda.saved.created') }).waitFor();
    const block = page.locator('.agenda-item', { hasText: title });
    await block.first().waitFor();
    const text = await block.first().innerText();
    assert.match(text, /14:00 tot 15:30/);
    assert.match(text, new RegExp(nl('agenda.private')));
    assert.match(text, new RegExp(nl('agenda.repeating')));
    await walk.screen('agenda-05-toegevoegd', heading);

    // The next week holds the next occurrence.
    await page.getByRole('button', { name: nl('agenda.nextWeek') }).click();
    await page.locator('.agenda-item', { hasText: title }).first().waitFor();
    await page.getByRole('button', { name: nl('agenda.previousWeek') }).click();

    // Change every time of the series: the form keeps the weekly repeat.
    const current = await goSupportsOccurrences(page);
    await page.locator('.agenda-item', { hasText: title }).first().click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await walk.screen('agenda-06-afspraak', heading);
    assert.equal(await walk.atZoom('agenda-06b-afspraak-200procent'), false,
      'at 200% zoom an appointment does not scroll sideways');
    await page.getByRole('button', { name: nl('agenda.detail.editAll'), exact: true }).click();
    await page.getByRole('heading', { level: 2, name: nl('agenda.form.editTitle') }).waitFor();
    const weekly = page.getByRole('radio', { name: nl('agenda.form.repeatWeekly') });
    if (current) {
      assert.equal(await weekly.isChecked(), true, 'the form keeps the weekly repeat');
    } else {
      // An app built before Appointment carried its repeat: choose again.
      await choose(page, 'radio', nl('agenda.form.repeatWeekly'));
      await typeDate(page, nl('agenda.form.until'), untilDay);
    }
    await page.getByLabel(nl('agenda.form.start'), { exact: true }).fill('14:30');
    await walk.screen('agenda-07-wijzigen', heading);
    await page.getByRole('button', { name: nl('agenda.form.save'), exact: true }).click();
    await page.getByRole('status').filter({ hasText: nl('agenda.saved.updated') }).waitFor();
    await page.waitForFunction(
      (t) => [...document.querySelectorAll('.agenda-item')].some(
        (b) => b.textContent.includes(t) && b.textContent.includes('14:30 tot 15:30')),
      title,
    );
    const changed = page.locator('.agenda-item', { hasText: title }).first();
    assert.match(await changed.innerText(), new RegExp(nl('agenda.repeating')));

    // Someone else changes it meanwhile: saving shows both versions side
    // by side, and the user keeps theirs.
    await page.locator('.agenda-item', { hasText: title }).first().click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await changeBehindTheScreen(page, title, `${title} (verzet)`);
    await page.getByRole('button', { name: nl('agenda.detail.editAll'), exact: true }).click();
    await page.getByLabel(nl('agenda.form.description'), { exact: true }).fill('Met taart en koffie.');
    if (!current) {
      await choose(page, 'radio', nl('agenda.form.repeatWeekly'));
      await typeDate(page, nl('agenda.form.until'), untilDay);
    }
    await page.getByRole('button', { name: nl('agenda.form.save'), exact: true }).click();
    await page.getByRole('heading', { level: 2, name: nl('agenda.conflict.title') }).waitFor();
    await page.getByText(`${title} (verzet)`).waitFor();
    await walk.screen('agenda-07c-conflict', heading);
    assert.equal(await walk.atZoom('agenda-07d-conflict-200procent'), false,
      'at 200% zoom both versions fit without scrolling sideways');
    await page.getByRole('button', { name: nl('agenda.conflict.keepMine'), exact: true }).click();
    await page.getByRole('status').filter({ hasText: nl('agenda.saved.updated') }).waitFor();
    await page.waitForFunction(
      (t) => [...document.querySelectorAll('.agenda-item__title')].some((b) => b.textContent === t),
      title,
    );

    // Move only the next week's time; the week after keeps its time.
    if (current) {
      await page.getByRole('button', { name: nl('agenda.nextWeek') }).click();
      await page.locator('.agenda-item', { hasText: title }).first().click();
      await page.getByRole('button', { name: nl('agenda.detail.moveOne'), exact: true }).click();
      await page.getByRole('heading', { level: 2, name: nl('agenda.form.moveTitle') }).waitFor();
      await page.getByLabel(nl('agenda.form.start'), { exact: true }).fill('10:00');
      await page.getByLabel(nl('agenda.form.end'), { exact: true }).fill('11:00');
      await walk.screen('agenda-07b-deze-keer-verplaatsen', heading);
      await page.getByRole('button', { name: nl('agenda.form.save'), exact: true }).click();
      await page.getByRole('status').filter({ hasText: nl('agenda.saved.moved') }).waitFor();
      await page.waitForFunction(
        (t) => [...document.querySelectorAll('.agenda-item')].some(
          (b) => b.textContent.includes(t) && b.textContent.includes('10:00 tot 11:00')),
        title,
      );
      await page.getByRole('button', { name: nl('agenda.nextWeek') }).click();
      await page.waitForFunction(
        (t) => [...document.querySelectorAll('.agenda-item')].some(
          (b) => b.textContent.includes(t) && b.textContent.includes('14:30 tot 15:30')),
        title,
      );
      await page.getByRole('button', { name: nl('agenda.previousWeek') }).click();
      await page.getByRole('button', { name: nl('agenda.previousWeek') }).click();
      await page.waitForFunction(() => /^Week 6:/.test(document.querySelector('#agenda-period')?.textContent ?? ''));
    }

    // 02:30 on the last Sunday of March 2027 does not exist.
    await page.getByRole('button', { name: nl('agenda.newAppointment') }).click();
    await page.getByLabel(nl('agenda.form.title'), { exact: true }).fill('Vroeg op');
    await typeDate(page, nl('agenda.form.date'), '2027-03-28');
    await page.getByLabel(nl('agenda.form.start'), { exact: true }).fill('02:30');
    await page.getByLabel(nl('agenda.form.end'), { exact: true }).fill('03:30');
    await page.getByRole('button', { name: nl('agenda.form.add'), exact: true }).click();
    await page.getByText(nl('errors.time_does_not_exist')).first().waitFor();
    await walk.screen('agenda-08-tijd-bestaat-niet', heading);
    await page.getByRole('button', { name: nl('agenda.form.cancel'), exact: true }).click();

    // Delete it: every time of the series goes.
    await page.locator('.agenda-item', { hasText: title }).first().click();
    await page.getByRole('button', { name: nl('agenda.detail.deleteAll'), exact: true }).click();
    await page.getByText(nl('agenda.detail.deleteSeriesConfirm')).waitFor();
    await walk.screen('agenda-09-verwijderen', heading);
    await page.getByRole('button', { name: nl('agenda.detail.deleteYes'), exact: true }).click();
    await page.getByRole('status').filter({ hasText: nl('agenda.saved.deleted') }).waitFor();
    await page.locator('.agenda-item', { hasText: title }).first().waitFor({ state: 'detached' });
    await walk.screen('agenda-10-verwijderd', heading);
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});
