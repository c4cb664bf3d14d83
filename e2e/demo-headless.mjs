// The demo walk without a person: signs in as the demo daughter, reads the
// SMS code from the server's dev outbox, opens Maria's portal and signs
// out, saving a screenshot of every screen to KRING_SCREENSHOTS.
// `make demo-headless` runs it against a fresh stack; any step that does
// not show what it should ends the script with an error.
import { launchBrowser } from './lib/browser.mjs';
import { demo, stackEnv } from './lib/env.mjs';
import { nl } from './lib/texts.mjs';
import { Walk } from './lib/walk.mjs';

async function main() {
  const env = stackEnv();
  const browser = await launchBrowser();
  const walk = await Walk.open(browser, env, {
    check: false,
    log: (msg) => console.log(`demo: ${msg}`),
  });

  try {
    await walk.screen('01-inloggen', nl('signIn.title'));
    await walk.signInTrusted(demo.userName, demo.password);
    await walk.screen('03-kies-client', nl('chooser.title'));
    await walk.chooseClient('Maria de Vries');
    await walk.startScreen('Maria de Vries');
    await walk.atZoom('04b-start-200procent');
    const section = await walk.openSection('appointments');
    await walk.screen('05-mijn-afspraken', section);
    await walk.signOut();
    console.log(`demo: ${walk.shots.length} screenshots in ${env.screenshots}`);
  } finally {
    await walk.close();
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`demo failed: ${err.stack ?? err}`);
  process.exit(1);
});
