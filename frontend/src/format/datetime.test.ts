import { describe, expect, it } from 'vitest';

import { formatDate, formatTime, relativeDay } from './datetime';

describe('formatDate and formatTime', () => {
  it('show an instant in Amsterdam, 24-hour clock', () => {
    const iso = '2026-12-03T09:30:00Z'; // winter: UTC+1
    expect(formatDate(iso)).toBe('donderdag 3 december 2026');
    expect(formatTime(iso)).toBe('10:30');
  });

  it('follow summer time', () => {
    const iso = '2026-07-14T12:05:00Z'; // summer: UTC+2
    expect(formatTime(iso)).toBe('14:05');
  });

  it('read offsets other than UTC', () => {
    expect(formatTime('2026-12-03T10:30:00+01:00')).toBe('10:30');
    expect(formatTime('2026-12-03T23:30:00-05:00')).toBe('05:30');
    expect(formatDate('2026-12-03T23:30:00-05:00')).toBe('vrijdag 4 december 2026');
  });

  it('use the day of Amsterdam near midnight', () => {
    expect(formatDate('2026-12-01T23:30:00Z')).toBe('woensdag 2 december 2026');
    expect(formatTime('2026-12-01T23:30:00Z')).toBe('00:30');
  });

  it('speak English when asked', () => {
    expect(formatDate('2026-12-03T09:30:00Z', 'en')).toMatch(/^Thursday,? 3 December 2026$/);
    expect(formatTime('2026-12-03T20:30:00Z', 'en')).toBe('21:30');
  });
});

describe('relativeDay', () => {
  const now = new Date('2026-12-03T22:30:00Z'); // 23:30 in Amsterdam

  it('knows yesterday, today and tomorrow in Amsterdam', () => {
    expect(relativeDay('2026-12-03T08:00:00Z', now)).toBe('today');
    expect(relativeDay('2026-12-03T23:30:00Z', now)).toBe('tomorrow');
    expect(relativeDay('2026-12-05T08:00:00Z', now)).toBeUndefined();
    expect(relativeDay('2026-12-02T08:00:00Z', now)).toBe('yesterday');
    expect(relativeDay('2026-12-01T08:00:00Z', now)).toBeUndefined();
  });

  it('crosses the night the clocks go back', () => {
    const saturday = new Date('2026-10-24T12:00:00Z');
    // 23:30 UTC on Sunday is 00:30 on Monday once the clocks went back.
    expect(relativeDay('2026-10-25T23:30:00Z', saturday)).toBeUndefined();
    expect(relativeDay('2026-10-25T22:30:00Z', saturday)).toBe('tomorrow');
    expect(relativeDay('2026-10-25T10:00:00Z', saturday)).toBe('tomorrow');
  });
});
