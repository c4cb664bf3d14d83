// The words on screen come from the front end's own Dutch catalogue, so a
// test finds buttons and sentences exactly as a user reads them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from './env.mjs';

const i18nDir = path.join(repoRoot, 'frontend', 'src', 'i18n');
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

// The base catalogue and each area's own, as the app merges them.
const catalogue = Object.assign(
  read(path.join(i18nDir, 'nl.json')),
  ...readdirSync(path.join(i18nDir, 'areas'))
    .filter((f) => f.endsWith('.nl.json'))
    .map((f) => read(path.join(i18nDir, 'areas', f))),
);

/** nl gives the Dutch text for a key such as "signIn.submit". */
export function nl(key, values = {}) {
  const text = key.split('.').reduce((node, part) => node?.[part], catalogue);
  if (typeof text !== 'string') {
    throw new Error(`no Dutch text for ${key}`);
  }

  return text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(values[name] ?? ''));
}
