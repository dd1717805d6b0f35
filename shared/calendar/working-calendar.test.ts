import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/errors';
import { createWorkingCalendar, weekdayCalendar } from './index';

const cal = createWorkingCalendar();

/** The issues of the VALIDATION error `fn` throws. */
function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('VALIDATION');
    return (err as AppError).issues;
  }
  throw new Error('expected a VALIDATION error');
}

describe('checked vectors of the 2025 and 2026 schedules', () => {
  it.each([
    ['2025-09-30', 3, '2025-10-11'], // lands on the make-up Saturday after National Day
    ['2025-01-24', 5, '2025-02-07'], // across the Spring Festival, Sunday 1/26 counts
    ['2026-02-13', 3, '2026-02-25'], // Saturday 2/14 counts, then nine days off
    ['2026-04-30', 5, '2026-05-11'], // Labour Day, Saturday 5/9 counts
    ['2025-12-31', 10, '2026-01-15'], // across the year, 元旦 1/1–1/3 off, Sunday 1/4 counts
  ])('%s + %i working days = %s', (start, n, due) => {
    expect(cal.addWorkingDays(start, n)).toBe(due);
    expect(cal.workingDaysBetween(start, due)).toBe(n);
  });

  it('counts 248 working days in 2025 and in 2026', () => {
    expect(cal.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('2025 schedule', () => {
  it('keeps the Spring Festival off and works the make-up Sunday and Saturday', () => {
    for (const d of ['2025-01-28', '2025-01-31', '2025-02-03', '2025-02-04']) expect(cal.isWorkingDay(d), d).toBe(false);
    expect(cal.isWorkingDay('2025-01-26')).toBe(true); // Sunday
    expect(cal.isWorkingDay('2025-02-08')).toBe(true); // Saturday
    expect(cal.isWorkingDay('2025-02-05')).toBe(true);
    expect(cal.describeDay('2025-01-29')).toMatchObject({ working: false, kind: 'holiday', name: '春节', calendarCovered: true });
    expect(cal.describeDay('2025-02-08')).toMatchObject({ working: true, kind: 'adjustedWorkingDay', name: '春节' });
  });

  it('keeps the golden week 10/1–10/8 off with make-up days 9/28 and 10/11', () => {
    expect(cal.workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0);
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isWorkingDay('2025-10-12')).toBe(false);
    expect(cal.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(cal.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
  });

  it('has only 1/1 off for 元旦 and works 5/1–5/5 around Labour Day with Sunday 4/27', () => {
    expect(cal.isWorkingDay('2025-01-01')).toBe(false);
    expect(cal.isWorkingDay('2025-01-02')).toBe(true);
    expect(cal.isWorkingDay('2025-04-27')).toBe(true);
    expect(cal.workingDaysBetween('2025-04-30', '2025-05-05')).toBe(0);
  });
});

describe('2026 schedule', () => {
  it('keeps the Spring Festival 2/15–2/23 off with make-up Saturdays 2/14 and 2/28', () => {
    expect(cal.workingDaysBetween('2026-02-14', '2026-02-23')).toBe(0);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.addWorkingDays('2026-02-27', 1)).toBe('2026-02-28');
  });

  it('keeps the golden week 10/1–10/7 off with make-up days 9/20 and 10/10', () => {
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-07')).toBe(0);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('keeps 中秋 9/25 (a Friday) and 元旦 1/1–1/3 off, Sunday 1/4 on', () => {
    expect(cal.isWorkingDay('2026-09-25')).toBe(false);
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    expect(cal.isWorkingDay('2026-01-04')).toBe(true);
  });
});

describe('counting rules', () => {
  it('starts counting the day after receipt and never ends on a day off', () => {
    expect(cal.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday + 1 = Monday
    expect(cal.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // received on a Saturday
    expect(cal.addWorkingDays('2026-03-09', 5)).toBe('2026-03-16');
  });

  it('gives the first working day on or after the start for n = 0', () => {
    expect(cal.addWorkingDays('2026-03-09', 0)).toBe('2026-03-09');
    expect(cal.addWorkingDays('2026-10-01', 0)).toBe('2026-10-08');
  });

  it('counts the half-open range (from, to]', () => {
    expect(cal.workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-09', '2026-03-10')).toBe(1);
    expect(cal.workingDaysBetween('2026-03-06', '2026-03-08')).toBe(0); // the weekend
  });

  it('counts long ranges across many years', () => {
    const due = cal.addWorkingDays('2004-01-01', 5000);
    expect(cal.workingDaysBetween('2004-01-01', due)).toBe(5000);
    expect(cal.addWorkingDays('2024-12-31', 496)).toBe('2026-12-31');
  });
});

describe('years beyond the data', () => {
  it('counts Monday–Friday and says the calendar is not covered', () => {
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2027)).toBe(false);
    expect(cal.describeDay('2027-01-01')).toMatchObject({ working: true, kind: 'workingDay', calendarCovered: false });
    expect(cal.deadline('2026-12-28', 5)).toEqual({ due: '2027-01-04', calendarCovered: false });
    expect(cal.deadline('2026-12-01', 5)).toEqual({ due: '2026-12-08', calendarCovered: true });
    expect(cal.deadline('2003-12-30', 2)).toMatchObject({ calendarCovered: false });
    expect(cal.workingDaysBetween('2026-12-31', '2027-12-31')).toBe(261);
  });
});

describe('overrides and local days off', () => {
  const override2027 = {
    year: 2027,
    papers: ['国务院办公厅关于2027年部分节假日安排的通知'],
    days: [
      { name: '元旦', date: '2027-01-01', isOffDay: true },
      { name: '春节', date: '2027-02-06', isOffDay: false },
    ],
  };

  it('covers a year from its override file', () => {
    const c = createWorkingCalendar({ overrides: [override2027] });
    expect(c.isCovered(2027)).toBe(true);
    expect(c.isWorkingDay('2027-01-01')).toBe(false);
    expect(c.isWorkingDay('2027-02-06')).toBe(true); // a Saturday
    expect(c.deadline('2026-12-31', 1)).toEqual({ due: '2027-01-04', calendarCovered: true });
  });

  it('replaces the bundled year entirely', () => {
    const c = createWorkingCalendar({ overrides: [{ year: 2026, days: [{ name: '测试', date: '2026-03-10', isOffDay: true }] }] });
    expect(c.isWorkingDay('2026-03-10')).toBe(false);
    expect(c.isWorkingDay('2026-10-01')).toBe(true); // no longer a holiday: the override is the whole year
    expect(cal.isWorkingDay('2026-10-01')).toBe(false); // other calendars are untouched
    expect(c.isWorkingDay('2025-10-01')).toBe(false); // other years keep the bundled data
  });

  it('adds local days off on top of everything, even on a make-up working day', () => {
    const c = createWorkingCalendar({ localDaysOff: [{ date: '2026-03-10', name: '地方节日' }, { date: '2026-02-28', name: '地方节日' }] });
    expect(c.isWorkingDay('2026-03-10')).toBe(false);
    expect(c.isWorkingDay('2026-02-28')).toBe(false);
    expect(c.describeDay('2026-03-10')).toMatchObject({ kind: 'localDayOff', name: '地方节日' });
    expect(c.addWorkingDays('2026-03-09', 1)).toBe('2026-03-11');
  });

  it('rejects two overrides for one year', () => {
    expect(issuesOf(() => createWorkingCalendar({ overrides: [override2027, override2027] }))).toEqual([
      { path: 'overrides.1.year', code: 'calendar.duplicateYear', params: { year: 2027, first: 0 } },
    ]);
  });

  it('rejects bad local days with their path', () => {
    expect(issuesOf(() => createWorkingCalendar({ localDaysOff: [{ date: '2026-02-30', name: 'x' }] }))[0]).toMatchObject({
      path: 'localDaysOff.0.date',
      code: 'calendar.invalidDate',
    });
  });
});

describe('bad input', () => {
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-5', '20260105', '', '2026-01-05T00:00:00Z', '0999-12-31'])(
    'rejects the date %j',
    (date) => {
      expect(issuesOf(() => cal.isWorkingDay(date))).toEqual([{ path: 'date', code: 'calendar.invalidDate', params: { value: date } }]);
    },
  );

  it('accepts 29 February in a leap year only', () => {
    expect(cal.isWorkingDay('2024-02-29')).toBe(true);
    expect(issuesOf(() => cal.addWorkingDays('2100-02-29', 1))[0]?.path).toBe('start');
  });

  it('rejects reversed ranges and bad counts', () => {
    expect(issuesOf(() => cal.workingDaysBetween('2026-03-10', '2026-03-09'))).toEqual([
      { path: 'to', code: 'calendar.reversedRange', params: { from: '2026-03-10', to: '2026-03-09' } },
    ]);
    for (const n of [-1, 1.5, Number.NaN, 100_001]) expect(issuesOf(() => cal.addWorkingDays('2026-03-10', n))[0]?.code).toBe('calendar.invalidCount');
  });

  it('refuses to count past year 9999', () => {
    expect(issuesOf(() => cal.addWorkingDays('9999-12-30', 5))[0]?.code).toBe('calendar.outOfRange');
  });
});

describe('speed', () => {
  it('recomputes 10,000 deadlines in a few milliseconds', () => {
    const c = createWorkingCalendar();
    const w = weekdayCalendar();
    const run = () => {
      const t0 = performance.now();
      let last = '';
      for (let i = 0; i < 10_000; i++) last = c.addWorkingDays(i % 2 ? '2025-09-30' : '2026-02-13', 1 + (i % 15));
      return { ms: performance.now() - t0, last };
    };
    run(); // builds the year tables and warms the JIT
    const runs = [run(), run(), run()];
    expect(runs[0]!.last).toBe('2025-10-21'); // i = 9999: 2025-09-30 + 10
    expect(w.addWorkingDays('2025-09-30', 10)).toBe('2025-10-14'); // the weekday-only calendar ignores the golden week
    // A coarse guard against an algorithmic regression (best of three, generous for a loaded shared
    // CPU); alone this takes about 5 ms. The real figure is the benchmark calendar.recomputeDeadlines.
    expect(Math.min(...runs.map((r) => r.ms))).toBeLessThan(200);
  });
});
