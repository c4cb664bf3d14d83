// The stack under test, as build/scripts/with-stack.sh describes it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** repoRoot is the checkout these tests live in. */
export const repoRoot = path.resolve(here, '..', '..');

/** stackEnv reads the addresses of the running stack from the environment. */
export function stackEnv() {
  const appUrl = process.env.KRING_APP_URL;
  const serverUrl = process.env.KRING_SERVER_URL;
  if (!appUrl || !serverUrl) {
    throw new Error(
      'KRING_APP_URL and KRING_SERVER_URL must be set; ' +
        'run through build/scripts/with-stack.sh --wails-dev (make test-e2e)',
    );
  }

  const shots = process.env.KRING_SCREENSHOTS || path.join(repoRoot, 'build', 'screenshots');
  return { appUrl, serverUrl, screenshots: path.resolve(repoRoot, shots) };
}

/** demo is the account the server's demo mode creates. */
export const demo = {
  userName: 'anna.devries',
  password: 'Kring-demo-2026',
  clients: ['Maria de Vries', 'Johanna van Putten-van der Giessen'],
};
