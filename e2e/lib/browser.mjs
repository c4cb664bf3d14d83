// Debian's Chromium, driven by playwright-core. Never a downloaded browser.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { chromium } from 'playwright-core';

const executablePath = process.env.KRING_CHROMIUM || '/usr/bin/chromium';

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** desktop is the window size of the app on a home computer. */
export const desktop = { width: 1200, height: 820 };

/** launchBrowser starts headless Chromium. */
export function launchBrowser() {
  return chromium.launch({ executablePath, args });
}

/**
 * openApp opens the app in a fresh context; zoom 2 renders the page as
 * at 200% browser zoom (half the CSS width, twice the pixels).
 */
export async function openApp(browser, url, { zoom = 1, size = desktop } = {}) {
  const context = await browser.newContext({
    viewport: { width: Math.round(size.width / zoom), height: Math.round(size.height / zoom) },
    deviceScaleFactor: zoom,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems = [];
  page.on('pageerror', (err) => problems.push(String(err)));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { context, page, problems };
}

/** screenshot saves the page as DIR/NAME.png and returns the path. */
export async function screenshot(page, dir, name) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** overflowsSideways tells whether the page scrolls horizontally. */
export function overflowsSideways(page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}
