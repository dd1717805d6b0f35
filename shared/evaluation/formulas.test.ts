import { describe, expect, it } from 'vitest';
import { parseDay } from '../calendar/date';
import { availability, coveredCycles, cyclesEnding, metricsOf, quality, rank, score, ZERO_TOTALS, type MetricTotals } from './formulas';

const d = (s: string) => parseDay(s, 'd');
const totals = (t: Partial<MetricTotals>): MetricTotals => ({ ...ZERO_TOTALS, ...t });

describe('evaluation formulas (hand-computed cases of docs/evaluation.md)', () => {
  it('availability is answered checks over checks, unknown without checks', () => {
    expect(availability(totals({ checks: 96, failures: 3 }))).toBeCloseTo(93 / 96, 10);
    expect(availability(totals({ checks: 0 }))).toBeNull();
  });

  it('quality subtracts the penalties from the catalogue score and stays within 0–100', () => {
    // 90 − 10×1 − 5×2 − 10×1 − 5×1 = 55
    expect(quality(90, totals({ upheldObjections: 1, reviewReturns: 2, notices: 1, lateNotices: 1 }))).toBe(55);
    expect(quality(20, totals({ upheldObjections: 5 }))).toBe(0);
    expect(quality(null, totals({}))).toBeNull();
  });

  it('the score is the weighted mean of the known parts only', () => {
    expect(score({ availability: 90, usage: 50, timeliness: 100, quality: 80 })).toBe(80);
    // availability unknown: (50 + 100 + 80) / 3
    expect(score({ availability: null, usage: 50, timeliness: 100, quality: 80 })).toBeCloseTo(230 / 3, 10);
    expect(score({ availability: null, usage: null, timeliness: null, quality: null })).toBeNull();
  });

  it('the worked example: 30 days, 720 checks with 36 failed, 90 calls by 45 department-days, 4 of 5 cycles, score 85', () => {
    const m = metricsOf(totals({ days: 30, checks: 720, failures: 36, calls: 90, departmentDays: 45, dueCycles: 5, onTimeCycles: 4, reviewReturns: 1 }), 100);
    // availability 684/720 = 0.95; departments per day 1.5 → usage 75; timeliness 0.8; quality 100 − 5 = 95
    expect(m).toEqual({ availability: 0.95, callsPerDay: 3, departmentsPerDay: 1.5, timeliness: 0.8, quality: 95, usage: 75, score: 86.3 });
    // (95 + 75 + 80 + 95) / 4 = 86.25 → 86.3
  });

  it('a resource with nothing recorded has every metric unknown, none zero', () => {
    const m = metricsOf(totals({}), null);
    expect(Object.values(m).every((v) => v === null)).toBe(true);
  });

  it('ranks highest first, ties share a rank, unknown scores are unranked', () => {
    const r = rank([
      { id: 'a', score: 70 },
      { id: 'b', score: 90 },
      { id: 'c', score: null },
      { id: 'd', score: 70 },
      { id: 'e', score: 60 },
    ]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['d', 2],
      ['e', 4],
      ['c', null],
    ]);
  });

  it('cycles ending in a period: monthly, quarterly, weekly, tenDays, daily, none for irregular', () => {
    const from = d('2026-01-15');
    const to = d('2026-04-10');
    expect(cyclesEnding('monthly', from, to, 0).map((s) => s.end)).toEqual([d('2026-01-31'), d('2026-02-28'), d('2026-03-31')]);
    expect(cyclesEnding('quarterly', from, to, 0)).toEqual([{ start: d('2026-01-01'), end: d('2026-03-31') }]);
    // 2026-01-15 is a Thursday: Sundays 18, 25 Jan, …, 5 Apr → 12 weeks
    expect(cyclesEnding('weekly', from, to, 0)).toHaveLength(12);
    expect(cyclesEnding('weekly', from, to, 0)[0]).toEqual({ start: d('2026-01-12'), end: d('2026-01-18') });
    // 旬 ending 20 Jan, 31 Jan, 10/20/28 Feb, 10/20/31 Mar, 10 Apr = 9
    expect(cyclesEnding('tenDays', from, to, 0)).toHaveLength(9);
    expect(cyclesEnding('daily', d('2026-03-01'), d('2026-03-10'), d('2026-03-05'))).toHaveLength(6);
    expect(cyclesEnding('irregular', from, to, 0)).toEqual([]);
    // published in February: January's month is not owed, February's is owed from the publication day
    expect(cyclesEnding('monthly', from, to, d('2026-02-10'))[0]).toEqual({ start: d('2026-02-10'), end: d('2026-02-28') });
  });

  it('a cycle is covered when a report falls within it', () => {
    const spans = cyclesEnding('monthly', d('2026-01-01'), d('2026-03-31'), 0);
    expect(coveredCycles(spans, [d('2026-01-03'), d('2026-01-20'), d('2026-03-31')])).toBe(2);
    expect(coveredCycles(spans, [])).toBe(0);
  });
});
