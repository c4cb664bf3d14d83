import type { TFunction } from 'i18next';

import { formatDate, formatTime, relativeDay } from '../../format/datetime';

/**
 * when says "vandaag, 10:30" for yesterday, today and tomorrow, and
 * "dinsdag 3 december 2026, 10:30" for any other day.
 */
export function when(t: TFunction, iso: string, lang: string, now = new Date()): string {
  if (!iso) {
    return '';
  }

  const rel = relativeDay(iso, now);
  const day = rel ? t(`time.${rel}`) : formatDate(iso, lang);
  return `${day}, ${formatTime(iso, lang)}`;
}
