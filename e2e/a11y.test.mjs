// Every screen reachable from Start, for every area: axe (WCAG 2.0/2.1 A
// and AA) with zero violations, a visible focus ring after Tab, nothing
// scrolling sideways at 200% zoom, and a screenshot of each. The screens
// are found by walking the tiles of Start and the tabs of each screen, so
// new screens are checked as they arrive.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { axeViolations, describeViolations } from './lib/axe.mjs';
import { overflowsSideways, screenshot } from './lib/browser.mjs';
import { demo } from './lib/env.mjs';
import { openPortal } from './lib/portal.mjs';
import { useBrowser } from './lib/suite.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

const suite = useBrowser();
const { env } = suite;

/** slug makes a file name part from a heading. */
function slug(text) {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

/**
 * checkScreen runs every check on the screen as it is now and returns the
 * problems found, so one walk reports all screens at once.
 */
async function checkScreen(walk, name) {
  const p = walk.page;
  const problems = [];
  await walk.settled();
  await screenshot(p, env.screenshots, name);

  const violations = await axeViolations(p);
  if (violations.length > 0) problems.push(describeViolations(name, violations));

  // Tab from the heading: the focused element shows a ring.
  await p.locator('h1').first().focus();
  await p.keyboard.press('Tab');
  const ring = await p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { ok: false, what: 'nothing focused' };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow && s.boxShadow !== 'none';
    return { ok: outline || shadow, what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}` };
  });
  if (!ring.ok) problems.push(`${name}: no visible focus ring on ${ring.what}`);

  // 200% zoom: half the CSS width at twice the pixels.
  const size = p.viewportSize();
  await p.setViewportSize({ width: Math.round(size.width / 2), height: Math.round(size.height / 2) });
  if (await overflowsSideways(p)) problems.push(`${name}: scrolls sideways at 200% zoom`);
  await screenshot(p, env.screenshots, `${name}-200`);
  await p.setViewportSize(size);
  return problems;
}

/** heading gives the text of the screen's h1. */
async function heading(page) {
  return (await page.locator('h1').first().innerText()).trim();
}

/** visitTabs checks each tab of the screen in turn. */
async function visitTabs(walk, prefix, problems) {
  const p = walk.page;
  const tabs = p.getByRole('tab');
  const count = await tabs.count();
  for (let i = 1; i < count; i++) {
    const tab = tabs.nth(i);
    const label = (await tab.innerText()).trim();
    await tab.click();
    await walk.settled();
    problems.push(...(await checkScreen(walk, `${prefix}-tab${i}-${slug(label)}`)));
  }
}

test('every screen reachable from Start passes the accessibility checks', async () => {
  const walk = await Walk.open(suite.browser, env, { check: false });
  const p = walk.page;
  const problems = [];
  let n = 1;
  const next = () => `a11y-${String(n++).padStart(2, '0')}`;
  try {
    await p.locator("h1").first().waitFor();
    problems.push(...(await checkScreen(walk, `${next()}-${slug(await heading(p))}`)));
    await openPortal(walk, demo.clients[0]);
    const startHeading = nl('start.heading', { name: demo.clients[0] });
    await p.locator('.appointments > li').first().waitFor({ timeout: 60_000 });
    problems.push(...(await checkScreen(walk, `${next()}-start`)));

    const tiles = p.getByRole('navigation', { name: nl('start.sections') }).locator('.tile');
    const count = await tiles.count();
    assert.ok(count >= 1, 'Start shows at least one tile');
    for (let i = 0; i < count; i++) {
      await tiles.nth(i).click();
      await p.waitForFunction(
        (h) => document.querySelector('h1')?.textContent?.trim() !== h,
        startHeading,
      );
      const name = `${next()}-${slug(await heading(p))}`;
      problems.push(...(await checkScreen(walk, name)));
      await visitTabs(walk, name, problems);
      await p.getByRole('button', { name: nl('topBar.start'), exact: true }).click();
      await p.getByRole('heading', { level: 1, name: startHeading, exact: true }).waitFor();
      await walk.settled();
    }

    // Gebruikersbeheer, for the administrator of this portal.
    const users = p.getByRole('button', { name: nl('users.open'), exact: true });
    if (await users.count()) {
      await users.click();
      await p.getByRole('heading', { level: 1, name: nl('users.title') }).waitFor();
      await p.locator('[data-testid="users-row"]').first().waitFor();
      problems.push(...(await checkScreen(walk, `${next()}-gebruikersbeheer`)));
    }

    // The profile, from the user's name in the top bar.
    const me = p.getByRole('banner').getByRole('button').filter({ hasText: 'Anna' });
    await me.first().click();
    await p.waitForFunction((h) => document.querySelector('h1')?.textContent?.trim() !== h, nl('users.title'));
    const profileName = `${next()}-${slug(await heading(p))}`;
    problems.push(...(await checkScreen(walk, profileName)));
    await visitTabs(walk, profileName, problems);

    assert.deepEqual(problems, [], problems.join('\n'));
    assert.deepEqual(walk.problems, []);
  } finally {
    await walk.close();
  }
});
