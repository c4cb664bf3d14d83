// The walk through the app that both the tests and the headless demo take.
// Every step waits for what a user would see and throws when it does not
// appear, so a broken step fails loudly in either.
import { expectAccessible } from './axe.mjs';
import { openApp, overflowsSideways, screenshot } from './browser.mjs';
import { outboxIds, waitForSmsCode } from './outbox.mjs';
import { nl } from './texts.mjs';

/** Walk drives one app window and records each screen it reaches. */
export class Walk {
  /**
   * @param {import('playwright-core').Page} page
   * @param {{appUrl: string, serverUrl: string, screenshots: string}} env
   * @param {{check?: boolean, log?: (msg: string) => void}} options
   */
  constructor(page, env, { check = true, log = () => {} } = {}) {
    this.page = page;
    this.env = env;
    this.check = check;
    this.log = log;
    this.shots = [];
  }

  /** open starts a walk in a new window of the given browser. */
  static async open(browser, env, options = {}) {
    const { page, context, problems } = await openApp(browser, env.appUrl);
    const walk = new Walk(page, env, options);
    walk.context = context;
    walk.problems = problems;
    return walk;
  }

  /**
   * screen waits for the screen whose h1 is `heading`, lets it settle,
   * saves a screenshot as `name` and, when checking, runs axe on it.
   */
  async screen(name, heading) {
    const h1 = this.page.getByRole('heading', { level: 1, name: heading, exact: true });
    await h1.waitFor({ state: 'attached' });
    await this.settled();
    this.shots.push(await screenshot(this.page, this.env.screenshots, name));
    this.log(`${name}: ${heading}`);
    if (this.check) {
      await expectAccessible(this.page, name);
    }
  }

  /** settled waits until no skeleton or busy button is left on screen. */
  async settled() {
    await this.page.waitForFunction(
      () => !document.querySelector('.skeleton, [data-busy]'),
    );
  }

  /** alert waits for the alert region to say `text`. */
  async alert(text) {
    const region = this.page.getByRole('alert').filter({ hasText: text });
    await region.waitFor();
  }

  /** signIn fills in the sign-in form and sends it. */
  async signIn(userName, password) {
    const p = this.page;
    await p.getByLabel(nl('signIn.userName'), { exact: true }).fill(userName);
    await p.getByLabel(nl('signIn.password'), { exact: true }).fill(password);
    await p.getByRole('button', { name: nl('signIn.submit'), exact: true }).click();
  }

  /**
   * signInForCode signs in and returns the SMS code that the server sent
   * because of it, read from the dev outbox.
   */
  async signInForCode(userName, password) {
    const seen = await outboxIds(this.env.serverUrl);
    await this.signIn(userName, password);
    await this.screen('02-code', nl('smsCode.title'));
    return waitForSmsCode(this.env.serverUrl, seen);
  }

  /**
   * signInTrusted signs in and, when the server asks for one, enters the
   * SMS code from the outbox; a device trusted earlier goes straight on.
   */
  async signInTrusted(userName, password) {
    const seen = await outboxIds(this.env.serverUrl);
    await this.signIn(userName, password);
    const code = this.page.getByRole('heading', { level: 1, name: nl('smsCode.title'), exact: true });
    const chooser = this.page.getByRole('heading', { level: 1, name: nl('chooser.title'), exact: true });
    await code.or(chooser).waitFor();
    if (await code.isVisible()) {
      await this.screen('02-code', nl('smsCode.title'));
      await this.enterCode(await waitForSmsCode(this.env.serverUrl, seen));
    }
  }

  /** enterCode types an SMS code and presses Code controleren. */
  async enterCode(code) {
    const field = this.page.getByLabel(nl('smsCode.code'), { exact: true });
    await field.fill(code);
    await this.page.getByRole('button', { name: nl('smsCode.submit'), exact: true }).click();
  }

  /** chooseClient opens a client's portal from the chooser. */
  async chooseClient(name) {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /**
   * startScreen waits for the start screen of the named client and for
   * its first appointment: right after sign-in the app may still be
   * pulling the portal, and refreshes the screen when that is done.
   */
  async startScreen(name, shot = '04-start') {
    const heading = nl('start.heading', { name });
    await this.page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await this.page.locator('.appointments > li').first().waitFor({ timeout: 60_000 });
    await this.screen(shot, heading);
  }

  /** openSection presses a section's tile on the start screen. */
  async openSection(key) {
    const name = nl(`section.${key}`);
    await this.page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    return name;
  }

  /** signOut presses Uitloggen in the top bar. */
  async signOut() {
    await this.page.getByRole('button', { name: nl('topBar.signOut'), exact: true }).click();
    await this.screen('07-uitgelogd', nl('signIn.title'));
  }

  /**
   * atZoom saves the current screen as at 200% zoom and tells whether the
   * page then scrolls sideways (it must not: WCAG 1.4.10).
   */
  async atZoom(name) {
    const size = this.page.viewportSize();
    await this.page.setViewportSize({
      width: Math.round(size.width / 2),
      height: Math.round(size.height / 2),
    });
    const overflow = await overflowsSideways(this.page);
    this.shots.push(await screenshot(this.page, this.env.screenshots, name));
    await this.page.setViewportSize(size);
    return overflow;
  }

  async close() {
    await this.context?.close();
  }
}

/** wrongCode gives a six-digit code that differs from the real one. */
export function wrongCode(code) {
  return code
    .split('')
    .map((d, i) => (i === code.length - 1 ? String((Number(d) + 1) % 10) : d))
    .join('');
}
