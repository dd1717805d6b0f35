import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/errors';
import { addMonths, chinaDay, civil, dayNumber, formatDay, tryParseDay, weekdayOf } from './date';

const day = (s: string) => tryParseDay(s)!;

describe('civil dates', () => {
  it('round-trips every day from 1000 to 9999 through its day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1000, 1, 1), max: dayNumber(9999, 12, 31) }), (n) => {
        const { y, m, d } = civil(n);
        expect(dayNumber(y, m, d)).toBe(n);
        expect(tryParseDay(formatDay(n))).toBe(n);
      }),
    );
  });

  it('agrees with Date.UTC on day numbers and weekdays', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const n = day(iso);
        expect(n).toBe(Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 86_400_000));
        expect(weekdayOf(n)).toBe(date.getUTCDay());
      }),
    );
  });
});

describe('chinaDay', () => {
  it('takes the day in UTC+8 of a timestamp', () => {
    expect(formatDay(chinaDay('2026-03-01T15:59:59Z', 'at'))).toBe('2026-03-01');
    expect(formatDay(chinaDay('2026-03-01T16:00:00Z', 'at'))).toBe('2026-03-02');
    expect(formatDay(chinaDay('2026-03-02T00:30:00+08:00', 'at'))).toBe('2026-03-02');
    expect(formatDay(chinaDay('2026-03-02T00:30:00.123-05:00', 'at'))).toBe('2026-03-02');
    expect(formatDay(chinaDay('2026-03-02', 'at'))).toBe('2026-03-02');
  });

  it('rejects a timestamp without an offset or with impossible parts', () => {
    for (const bad of ['2026-03-02T10:00:00', '2026-02-30T10:00:00Z', '2026-03-02T24:00:00Z', 'yesterday', 20260302]) {
      expect(() => chinaDay(bad, 'events.0.at'), String(bad)).toThrow(AppError);
    }
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months', () => {
    expect(formatDay(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(formatDay(addMonths(day('2026-11-30'), 3))).toBe('2027-02-28');
    expect(formatDay(addMonths(day('2027-11-29'), 3))).toBe('2028-02-29');
    expect(formatDay(addMonths(day('2026-03-15'), -3))).toBe('2025-12-15');
  });
});
