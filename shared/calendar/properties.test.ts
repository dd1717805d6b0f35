import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from './date';
import { createWorkingCalendar } from './index';

const cal = createWorkingCalendar({ localDaysOff: [{ date: '2026-03-10', name: '地方节日' }] });
const first = dayNumber(2003, 6, 1);
const last = dayNumber(2028, 6, 30);
/** Any day from mid-2003 to mid-2028: before, across and beyond the bundled data. */
const anyDate = fc.integer({ min: first, max: last }).map(formatDay);
const count = fc.integer({ min: 0, max: 400 });

describe('calendar properties', () => {
  it('addWorkingDays lands on a working day, n working days later', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const due = cal.addWorkingDays(d, n);
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(due > d).toBe(true);
        expect(cal.workingDaysBetween(d, due)).toBe(n);
      }),
    );
  });

  it('is monotonic in n, strictly from n = 1', () => {
    fc.assert(
      fc.property(anyDate, count, (d, n) => {
        const [a, b] = [cal.addWorkingDays(d, n), cal.addWorkingDays(d, n + 1)];
        // From a day off, n = 0 and n = 1 both give the next working day.
        expect(n === 0 && !cal.isWorkingDay(d) ? a === b : a < b).toBe(true);
      }),
    );
  });

  it('agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 60 }), (d, span) => {
        const from = dayNumber(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8)));
        let slow = 0;
        for (let i = from + 1; i <= from + span; i++) if (cal.isWorkingDay(formatDay(i))) slow++;
        expect(cal.workingDaysBetween(d, formatDay(from + span))).toBe(slow);
      }),
    );
  });

  it('adds up over consecutive ranges', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), count, (d, a, b) => {
        const mid = cal.addWorkingDays(d, a);
        expect(cal.addWorkingDays(mid, b)).toBe(cal.addWorkingDays(d, a + b));
      }),
    );
  });
});
