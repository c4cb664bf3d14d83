import type { TFunction } from 'i18next';

import { errorMessage } from '../../i18n/errors';
import { KringError } from '../../services/errors';

/**
 * agendaError gives the sentence for an error code: the agenda's own
 * sentences first (codes of appointment checks), then the shared ones.
 */
export function agendaError(t: TFunction, err: unknown): string {
  const code = err instanceof KringError ? err.code : '';
  const own = code ? t(`agenda.errors.${code}`, { defaultValue: '' }) : '';
  return own || errorMessage(t, err);
}

/** codeError is agendaError for a code from an outbox result. */
export function codeError(t: TFunction, code: string): string {
  return agendaError(t, new KringError(code || 'unknown'));
}
