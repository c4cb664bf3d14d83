// Steps that the tests of the portal's areas share: into a portal, and
// reaching a control by keyboard alone.
import { demo } from './env.mjs';
import { nl } from './texts.mjs';

/**
 * openPortal signs the demo user in (with an SMS code when the server
 * asks) and opens the named client's start screen.
 */
export async function openPortal(walk, client = demo.clients[0]) {
  // The stack's desktop app holds one session; when the demo user is
  // still signed in there, the app opens at the chooser.
  const signIn = walk.page.getByRole('heading', { level: 1, name: nl('signIn.title'), exact: true });
  const chooser = walk.page.getByRole('heading', { level: 1, name: nl('chooser.title'), exact: true });
  await signIn.or(chooser).waitFor();
  if (await signIn.isVisible()) {
    await walk.signInTrusted(demo.userName, demo.password);
  }
  await walk.chooseClient(client);
  const heading = nl('start.heading', { name: client });
  await walk.page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  await walk.settled();
}

/**
 * reachByTab presses Tab from the top of the page until the focused
 * element is the one given, and tells whether it got there.
 */
export async function reachByTab(page, locator, maxTabs = 60) {
  await page.locator('h1').first().focus();
  const target = await locator.elementHandle();
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate((el) => document.activeElement === el, target);
    if (there) {
      const ring = await page.evaluate((el) => getComputedStyle(el).outlineStyle, target);
      return { reached: true, tabs: i + 1, ring };
    }
  }
  return { reached: false, tabs: maxTabs, ring: 'none' };
}
