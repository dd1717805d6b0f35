import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/errors';
import { parseHolidayYear } from './override';

function issuesOf(input: unknown) {
  try {
    parseHolidayYear(input);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).issues;
  }
  throw new Error('expected a VALIDATION error');
}

const good = {
  year: 2027,
  papers: ['https://www.gov.cn/…'],
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-06', isOffDay: false },
  ],
};

describe('override files', () => {
  it('accepts a holiday-cn year file', () => {
    expect(parseHolidayYear(good)).toEqual(good);
    expect(parseHolidayYear({ year: 2027, days: [] })).toEqual({ year: 2027, days: [] });
  });

  it('names an impossible date by its path', () => {
    const bad = { ...good, days: [...good.days, { name: '清明', date: '2027-02-30', isOffDay: true }] };
    expect(issuesOf(bad)).toEqual([{ path: 'days.2.date', code: 'calendar.invalidDate', params: { value: '2027-02-30' } }]);
  });

  it('rejects a day of another year', () => {
    const bad = { ...good, days: [{ name: '元旦', date: '2026-12-31', isOffDay: true }] };
    expect(issuesOf(bad)).toEqual([{ path: 'days.0.date', code: 'calendar.dayOutsideYear', params: { year: 2027, date: '2026-12-31' } }]);
  });

  it('rejects a day given twice', () => {
    const bad = { ...good, days: [...good.days, { name: '元旦', date: '2027-01-01', isOffDay: false }] };
    expect(issuesOf(bad)).toEqual([{ path: 'days.2.date', code: 'calendar.duplicateDay', params: { date: '2027-01-01', first: 0 } }]);
  });

  it('reports missing and mistyped fields', () => {
    expect(issuesOf({ days: [{ name: '', date: '2027-01-01', isOffDay: 'yes', extra: 1 }] }).map((i) => `${i.path} ${i.code}`).sort()).toEqual([
      'days.0.extra validation.unknownField',
      'days.0.isOffDay validation.invalid',
      'days.0.name validation.invalid',
      'year validation.required',
    ]);
    expect(issuesOf('not an object')[0]).toMatchObject({ path: '', code: 'validation.invalid' });
  });
});
