// Steps the area walks share: into a portal, and keyboard reachability.
import { demo } from './env.mjs';
import { nl } from './texts.mjs';

/**
 * openPortal signs in when the app asks for it (the shared desktop app
 * may still hold a session) and opens Maria's start screen.
 */
export async function openPortal(walk, shot) {
  const page = walk.page;
  const signIn = page.getByRole('heading', { level: 1, name: nl('signIn.title'), exact: true });
  const chooser = page.getByRole('heading', { level: 1, name: nl('chooser.title'), exact: true });
  await signIn.or(chooser).waitFor();
  if (await signIn.isVisible()) {
    await walk.signInTrusted(demo.userName, demo.password);
  }
  await walk.chooseClient('Maria de Vries');
  await walk.startScreen('Maria de Vries', shot);
}

/** tabTo presses Tab until the focus is on the named control. */
export async function tabTo(page, name, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
    });
    if (focused === name) {
      return;
    }
  }
  throw new Error(`${name} cannot be reached with the Tab key`);
}
