import { describe, expect, it } from 'vitest';
import { PERIOD_KEY, PERIODIC_CYCLES, cycleTracking, nextPeriod, periodOf, zeroUpdateStatus } from './zero-update';

describe('zero-update periods', () => {
  it('cuts weeks Monday to Sunday and 旬 at the 10th, 20th and month end', () => {
    // 2026-03-04 is a Wednesday.
    expect(periodOf('weekly', '2026-03-04')).toEqual({ key: '2026-03-02', start: '2026-03-02', end: '2026-03-08' });
    expect(periodOf('weekly', '2026-03-08')).toEqual({ key: '2026-03-02', start: '2026-03-02', end: '2026-03-08' });
    expect(periodOf('weekly', '2026-03-09').start).toBe('2026-03-09');
    expect(periodOf('tenDays', '2026-01-10')).toEqual({ key: '2026-01-01', start: '2026-01-01', end: '2026-01-10' });
    expect(periodOf('tenDays', '2026-01-11').end).toBe('2026-01-20');
    expect(periodOf('tenDays', '2026-01-31')).toEqual({ key: '2026-01-21', start: '2026-01-21', end: '2026-01-31' });
    expect(periodOf('tenDays', '2026-04-25').end).toBe('2026-04-30');
  });

  it('ends February on the 28th, or the 29th in leap years (2024, 2000; not 1900 or 2100)', () => {
    expect(periodOf('monthly', '2026-02-10').end).toBe('2026-02-28');
    expect(periodOf('monthly', '2024-02-10').end).toBe('2024-02-29');
    expect(periodOf('monthly', '2000-02-01').end).toBe('2000-02-29');
    expect(periodOf('monthly', '2100-02-01').end).toBe('2100-02-28');
    expect(periodOf('tenDays', '2024-02-21').end).toBe('2024-02-29');
    expect(periodOf('tenDays', '2023-02-21').end).toBe('2023-02-28');
  });

  it('keys quarters, halves and years as the protocol does', () => {
    expect(periodOf('quarterly', '2026-08-15')).toEqual({ key: '2026-Q3', start: '2026-07-01', end: '2026-09-30' });
    expect(periodOf('halfYearly', '2026-06-30')).toEqual({ key: '2026-H1', start: '2026-01-01', end: '2026-06-30' });
    expect(periodOf('halfYearly', '2026-07-01').key).toBe('2026-H2');
    expect(periodOf('yearly', '2026-12-31')).toEqual({ key: '2026', start: '2026-01-01', end: '2026-12-31' });
    expect(periodOf('monthly', '2026-11-22').key).toBe('2026-11');
    for (const c of PERIODIC_CYCLES) expect(periodOf(c, '2026-11-22').key).toMatch(PERIOD_KEY);
  });

  it('crosses month and year ends to the next period', () => {
    expect(nextPeriod('monthly', periodOf('monthly', '2026-01-31'))).toEqual({ key: '2026-02', start: '2026-02-01', end: '2026-02-28' });
    expect(nextPeriod('tenDays', periodOf('tenDays', '2024-02-15')).end).toBe('2024-02-29');
    expect(nextPeriod('quarterly', periodOf('quarterly', '2026-11-01')).key).toBe('2027-Q1');
    expect(nextPeriod('weekly', periodOf('weekly', '2026-12-30'))).toEqual({ key: '2027-01-04', start: '2027-01-04', end: '2027-01-10' });
    expect(nextPeriod('daily', periodOf('daily', '2024-02-28')).key).toBe('2024-02-29');
    expect(nextPeriod('daily', periodOf('daily', '2023-02-28')).key).toBe('2023-03-01');
  });

  it('contains the day it was built from, and the next period starts the day after', () => {
    for (const c of PERIODIC_CYCLES) {
      for (const day of ['2024-02-29', '2025-12-31', '2026-01-01', '2026-06-15', '2026-09-30']) {
        const p = periodOf(c, day);
        expect(p.start <= day && day <= p.end, `${c} ${day}`).toBe(true);
        const n = nextPeriod(c, p);
        expect(new Date(`${n.start}T00:00:00Z`).getTime() - new Date(`${p.end}T00:00:00Z`).getTime()).toBe(86_400_000);
      }
    }
  });
});

describe('zeroUpdateStatus', () => {
  it('is due at the end of the period after the last update', () => {
    const s = zeroUpdateStatus('monthly', '2026-01-15', '2026-02-10');
    expect(s).toMatchObject({ tracking: 'periodic', state: 'ok', dueDate: '2026-02-28', daysOverdue: 0 });
    expect(s.covered?.key).toBe('2026-01');
    expect(s.current?.key).toBe('2026-02');
    expect(zeroUpdateStatus('monthly', '2024-01-31', '2024-02-29')).toMatchObject({ state: 'dueToday', dueDate: '2024-02-29' });
  });

  it('counts the days overdue', () => {
    expect(zeroUpdateStatus('monthly', '2026-01-15', '2026-03-02')).toMatchObject({ state: 'overdue', dueDate: '2026-02-28', daysOverdue: 2 });
    expect(zeroUpdateStatus('daily', '2026-03-02', '2026-03-05')).toMatchObject({ state: 'overdue', dueDate: '2026-03-03', daysOverdue: 2 });
    expect(zeroUpdateStatus('yearly', '2025-06-01', '2026-12-31')).toMatchObject({ state: 'dueToday', dueDate: '2026-12-31' });
  });

  it('has no due date for real-time, irregular and other cycles', () => {
    expect(cycleTracking('realtime')).toBe('notApplicable');
    expect(zeroUpdateStatus('realtime', '2020-01-01', '2026-01-01')).toEqual({ tracking: 'notApplicable', state: 'notApplicable', daysOverdue: 0 });
    expect(zeroUpdateStatus('irregular', '2020-01-01', '2026-01-01').state).toBe('none');
    expect(zeroUpdateStatus('other', '2020-01-01', '2026-01-01').dueDate).toBeUndefined();
  });
});
