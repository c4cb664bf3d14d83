import { describe, expect, it } from 'vitest';

import { KringError } from '../services/errors';
import { setupI18n } from './index';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  const i18n = setupI18n('nl');
  const t = i18n.t.bind(i18n);

  it('gives the sentence of a known code', () => {
    expect(errorMessage(t, new KringError('code_expired'))).toBe(
      'De code is verlopen. Vraag een nieuwe code aan.',
    );
  });

  it('falls back to the general sentence for an unknown code', () => {
    expect(errorMessage(t, new KringError('something_new'))).toBe(
      i18n.t('errors.unknown'),
    );
    expect(errorMessage(t, new Error('boom'))).toBe(i18n.t('errors.unknown'));
  });

  it('says how long to wait when the server says so', () => {
    expect(errorMessage(t, new KringError('resend_throttled', 30))).toBe(
      'U heeft net een nieuwe code gevraagd. U kunt over 30 seconden weer een nieuwe code vragen.',
    );
    expect(errorMessage(t, new KringError('rate_limited', 120))).toMatch(/over 2 minuten/);
    expect(errorMessage(t, new KringError('resend_throttled', 1))).toMatch(/over 1 seconde /);
  });

  it('ignores a wait for codes without a waiting sentence', () => {
    expect(errorMessage(t, new KringError('code_invalid', 30))).toBe(i18n.t('errors.code_invalid'));
  });

  it('speaks English when asked', () => {
    const english = setupI18n('en');
    expect(errorMessage(english.t.bind(english), new KringError('code_expired'))).toBe(
      'The code has expired. Ask for a new code.',
    );
    expect(document.documentElement.lang).toBe('en');
  });
});
