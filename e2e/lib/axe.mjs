// axe-core checks each screen against WCAG 2.0 and 2.1, levels A and AA.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axeViolations runs axe on the page as it is now. */
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) {
    await page.addScriptTag({ path: axePath });
  }

  return page.evaluate(
    (values) =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values } })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')),
          })),
        ),
    tags,
  );
}

/** describeViolations makes a readable failure message. */
export function describeViolations(screen, violations) {
  const lines = violations.map(
    (v) => `  ${v.id} (${v.impact}): ${v.help}\n    at ${v.targets.join(', ')}`,
  );
  return `${screen}: ${violations.length} accessibility violation(s)\n${lines.join('\n')}`;
}

/** expectAccessible throws when axe finds any violation. */
export async function expectAccessible(page, screen) {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(describeViolations(screen, violations));
  }
}
