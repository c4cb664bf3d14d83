// The words on screen come from the front end's own Dutch catalogue, so a
// test finds buttons and sentences exactly as a user reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from './env.mjs';

const catalogue = JSON.parse(
  readFileSync(path.join(repoRoot, 'frontend', 'src', 'i18n', 'nl.json'), 'utf8'),
);

/** nl gives the Dutch text for a key such as "signIn.submit". */
export function nl(key, values = {}) {
  const text = key.split('.').reduce((node, part) => node?.[part], catalogue);
  if (typeof text !== 'string') {
    throw new Error(`no Dutch text for ${key}`);
  }

  return text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(values[name] ?? ''));
}
