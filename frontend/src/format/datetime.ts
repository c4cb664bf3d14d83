// Times cross the Wails seam as RFC 3339 strings with an offset. Kring shows
// them as the care home sees them: in Europe/Amsterdam, 24-hour clock.

/** timeZone is where every client of a Dutch care organisation lives. */
export const timeZone = 'Europe/Amsterdam';

const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

function locale(lang: string): string {
  return locales[lang] ?? 'nl-NL';
}

/** formatDate gives "dinsdag 3 december 2026". */
export function formatDate(iso: string, lang = 'nl'): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso));
}

/** formatTime gives "10:30". */
export function formatTime(iso: string, lang = 'nl'): string {
  return new Intl.DateTimeFormat(locale(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}

/** dayKey gives the Amsterdam calendar day of an instant, "2026-12-03". */
export function dayKey(when: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(when);
}

/**
 * relativeDay tells whether an instant falls yesterday, today or tomorrow
 * in Amsterdam, or undefined for any other day.
 */
export function relativeDay(
  iso: string,
  now: Date = new Date(),
): 'yesterday' | 'today' | 'tomorrow' | undefined {
  const day = dayKey(new Date(iso));
  if (day === dayKey(now)) {
    return 'today';
  }
  if (day === dayKey(shiftDays(now, 1))) {
    return 'tomorrow';
  }
  return day === dayKey(shiftDays(now, -1)) ? 'yesterday' : undefined;
}

// shiftDays gives noon UTC of the Amsterdam day `days` from `now`; noon
// avoids the hour that a clock change adds or removes.
function shiftDays(now: Date, days: number): Date {
  const [y, m, d] = dayKey(now).split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days, 12));
}
