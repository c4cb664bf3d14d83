// Calendar arithmetic for the agenda. Days are "YYYY-MM-DD" strings in
// Europe/Amsterdam; sums are done at noon UTC so no clock change moves
// a day.
import { dayKey, timeZone } from '../../format/datetime';

/** todayKey is today in Amsterdam. */
export function todayKey(now: Date = new Date()): string {
  return dayKey(now);
}

function noon(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

/** addDays gives the day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const t = noon(day);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** mondayOf gives the Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = (noon(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** weekDays gives the seven days, Monday to Sunday, of `day`'s week. */
export function weekDays(day: string): string[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** noonOf gives an instant inside the day, for formatting it. */
export function noonOf(day: string): string {
  return noon(day).toISOString();
}

/** timePattern is a 24-hour time, "9:05" or "09:05". */
const timePattern = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** normalTime gives "09:05" for "9:05", or undefined when not a time. */
export function normalTime(text: string): string | undefined {
  const m = timePattern.exec(text.trim().replace('.', ':'));
  if (!m) {
    return undefined;
  }
  return `${m[1]?.padStart(2, '0')}:${m[2]}`;
}

/**
 * wallClockExists tells whether a time exists on a day in Amsterdam: when
 * the clock goes forward, 02:00 to 03:00 is skipped.
 */
export function wallClockExists(day: string, time: string): boolean {
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const guess = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  // Try both offsets Amsterdam uses; one must read back the same time.
  return [1, 2].some((offset) => {
    const instant = new Date(guess - offset * 3600_000);
    return localParts(instant) === `${day}T${time}`;
  });
}

function localParts(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** localDay gives the Amsterdam day of an RFC 3339 instant. */
export function localDay(iso: string): string {
  return dayKey(new Date(iso));
}

/** localTime gives the Amsterdam "HH:MM" of an RFC 3339 instant. */
export function localTime(iso: string): string {
  return localParts(new Date(iso)).slice(11);
}
