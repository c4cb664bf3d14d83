// One place for what every e2e file starts with: the stack's addresses and
// one browser shared by the file's tests, closed when they end.
import { after, before } from 'node:test';

import { expectAccessible } from './axe.mjs';
import { launchBrowser, screenshot } from './browser.mjs';
import { stackEnv } from './env.mjs';

/**
 * useBrowser registers the browser's start and stop with node:test and
 * returns { env, browser } (browser is set once the file's tests start),
 * plus shot(walk, name): settle, save `<prefix>-<name>.png`, check with axe.
 */
export function useBrowser(prefix = '') {
  const suite = {
    env: stackEnv(),
    browser: undefined,
    async shot(walk, name) {
      await walk.settled();
      await screenshot(walk.page, suite.env.screenshots, prefix ? `${prefix}-${name}` : name);
      await expectAccessible(walk.page, name);
    },
  };
  before(async () => {
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
  });
  return suite;
}
