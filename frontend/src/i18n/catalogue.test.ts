import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import en from './en.json';
import nl from './nl.json';

const repo = path.resolve(__dirname, '..', '..', '..');

function codesIn(file: string, pattern: RegExp): string[] {
  const text = readFileSync(path.join(repo, file), 'utf8');
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

// Every code the server or the app can answer, read from the Go sources
// so a new code without a sentence fails here.
// Every .go file of backend/api counts: codes live in errors.go,
// content_errors.go, sync_errors.go and may appear elsewhere.
const apiFiles = readdirSync(path.join(repo, 'backend', 'api'))
  .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))
  .map((f) => `backend/api/${f}`);
const apiCodes = [
  ...new Set(apiFiles.flatMap((f) => codesIn(f, /\bCode\s*=\s*"([a-z_]+)"/g))),
];
const appCodes = codesIn('app/errors.go', /api\.Code\s*=\s*"([a-z_]+)"/g);
const noticeCodes = codesIn('app/session.go', /Notice\s*=\s*"([a-z_]+)"/g);
const allCodes = [...apiCodes, ...appCodes, ...noticeCodes, 'keyring_unavailable', 'unknown'];

function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node === 'string') {
    return { [prefix]: node };
  }

  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node as object)) {
    Object.assign(out, flatten(value, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

describe('message catalogues', () => {
  it('reads the codes from the Go sources', () => {
    expect(apiCodes).toContain('invalid_credentials');
    expect(apiCodes).toContain('access_withdrawn');
    expect(apiCodes.length).toBeGreaterThan(20);
    // Codes outside errors.go, such as the content and sync codes.
    expect(apiCodes).toEqual(expect.arrayContaining(['title_required', 'idempotency_key_reused']));
    expect(appCodes).toEqual(expect.arrayContaining(['offline', 'no_sign_in_pending', 'not_signed_in']));
  });

  it.each(allCodes)('has a Dutch and an English sentence for %s', (code) => {
    const errorsNl: Record<string, string> = nl.errors;
    const errorsEn: Record<string, string> = en.errors;
    expect(errorsNl[code], `nl.json errors.${code}`).toMatch(/\S.*\.$/);
    expect(errorsEn[code], `en.json errors.${code}`).toMatch(/\S.*\.$/);
  });

  // A sentence says what happened and what to do next: at least two
  // sentences, or one that tells the user what to do.
  const nextStepNl = /\b(probeer|vraag|kies|vul|controleer|kijk|neem|wacht|bel|log|maak|gebruik|vraagt|zet|ga|open|pas|verstuur|u kunt|u hoeft|gooi|bekijk|schrijf|voeg|accepteer)\b/i;
  const nextStepEn = /\b(try|ask|choose|fill|check|look|contact|wait|call|sign|make|use|set|go|open|change|send|you can|you need|please|throw|write|add|enter)\b/i;
  it.each(allCodes)('says what to do next for %s', (code) => {
    const errorsNl: Record<string, string> = nl.errors;
    const errorsEn: Record<string, string> = en.errors;
    expect(errorsNl[code], `nl.json errors.${code}`).toMatch(nextStepNl);
    expect(errorsEn[code], `en.json errors.${code}`).toMatch(nextStepEn);
  });

  it('tells a withdrawn contact to go to the portal administrator (AUTH-6)', () => {
    expect(nl.errors.access_withdrawn).toMatch(/ingetrokken/);
    expect(nl.errors.access_withdrawn).toMatch(/portaalbeheerder/);
    expect(nl.errors.access_withdrawn).not.toMatch(/zorgorganisatie/);
  });

  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(flatten(en)).sort()).toEqual(Object.keys(flatten(nl)).sort());
  });

  it('has no empty texts', () => {
    for (const [key, text] of Object.entries({ ...flatten(nl), ...flatten(en) })) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('speaks to the user formally in Dutch', () => {
    const informal = /\b(je|jij|jouw|jouwe)\b/i;
    for (const [key, text] of Object.entries(flatten(nl))) {
      expect(text, key).not.toMatch(informal);
    }
  });
});
