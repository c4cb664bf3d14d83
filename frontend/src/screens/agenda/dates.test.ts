import { describe, expect, it } from 'vitest';

import { isoWeek } from './AgendaWeek';
import { addDays, mondayOf, normalTime, wallClockExists, weekDays } from './dates';
import { checkForm, emptyForm, toInput } from './form';

describe('agenda dates', () => {
  it('steps days across months and clock changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-28', -1)).toBe('2027-03-27');
    expect(addDays('2027-03-27', 7)).toBe('2027-04-03');
  });

  it('starts weeks on Monday', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(weekDays('2026-12-03')).toHaveLength(7);
    expect(weekDays('2026-12-03')[6]).toBe('2026-12-06');
  });

  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeek('2026-12-03')).toBe(49);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
  });

  it('knows the hour that does not exist when the clock goes forward', () => {
    expect(wallClockExists('2027-03-28', '02:30')).toBe(false);
    expect(wallClockExists('2027-03-28', '03:00')).toBe(true);
    expect(wallClockExists('2027-03-28', '01:59')).toBe(true);
    expect(wallClockExists('2026-10-25', '02:30')).toBe(true);
    expect(wallClockExists('2026-12-03', '10:30')).toBe(true);
  });

  it('reads 24-hour times', () => {
    expect(normalTime('9:05')).toBe('09:05');
    expect(normalTime('14.30')).toBe('14:30');
    expect(normalTime('24:00')).toBeUndefined();
    expect(normalTime('2 uur')).toBeUndefined();
  });
});

describe('appointment form', () => {
  const good = { ...emptyForm('2026-12-03'), title: 'Bezoek' };

  it('accepts a filled-in form and sends wall-clock times', () => {
    expect(checkForm(good)).toEqual({});
    const input = toInput({ ...good, start: '9:30', repeat: 'weekly', until: '2027-01-31' }, 'c1');
    expect(input).toMatchObject({
      clientId: 'c1',
      title: 'Bezoek',
      start: '2026-12-03T09:30',
      end: '2026-12-03T11:00',
      repeat: 'weekly',
      until: '2027-01-31',
    });
  });

  it('names each wrong field with its sentence', () => {
    const errors = checkForm({ ...good, title: ' ', end: '09:00', repeat: 'daily' });
    expect(errors).toEqual({
      title: 'errors.title_required',
      end: 'errors.end_not_after_start',
      until: 'agenda.form.untilRequired',
    });
  });

  it('refuses 02:30 on the last Sunday of March', () => {
    const errors = checkForm({ ...good, date: '2027-03-28', start: '02:30', end: '04:00' });
    expect(errors.start).toBe('errors.time_does_not_exist');
  });
});
