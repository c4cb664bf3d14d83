import type { TFunction } from 'i18next';

import { KringError, unknownCode } from '../services/errors';

/**
 * errorMessage turns a failure into the sentence for its code: what
 * happened and what to do. A code without a sentence gets the general one.
 */
export function errorMessage(t: TFunction, err: unknown): string {
  const e = err instanceof KringError ? err : new KringError(unknownCode);
  const opts = { defaultValue: '' };

  if (e.retryAfter > 0) {
    const wait = waitText(t, e.retryAfter);
    const withWait = t(`errorsWait.${e.code}`, { ...opts, wait });
    if (withWait) {
      return withWait;
    }
  }

  return t(`errors.${e.code}`, opts) || t(`errors.${unknownCode}`);
}

/** waitText says a number of seconds as words: "30 seconden", "2 minuten". */
export function waitText(t: TFunction, seconds: number): string {
  if (seconds < 90) {
    return t('time.seconds', { count: Math.max(1, Math.round(seconds)) });
  }

  return t('time.minutes', { count: Math.ceil(seconds / 60) });
}
