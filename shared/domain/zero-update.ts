import { civil, dayNumber, daysInMonth, formatDay, tryParseDay, weekdayOf, type IsoDate } from '../calendar/date';
import type { UpdateCycle } from './enums';

/**
 * 零更新 (松江 第…条: 若无资源更新，也须进行"零更新"操作). An entry's update cycle cuts time into
 * calendar periods — days, weeks (Monday–Sunday), 旬 (1–10, 11–20, 21–month end), months,
 * quarters, half years, years — and every period needs either a data update or a zero-update
 * report. The period holding the last update or report is covered; the next one is due by its last
 * day. Real-time resources have no periods to report (not applicable); irregular and other cycles
 * have no due date at all.
 *
 * Period keys are the ones the platform protocol takes (`zeroUpdate.report` period): a year
 * `2026`, `2026-H2`, `2026-Q3`, a month `2026-11`, or a day — the first day of a week or a 旬,
 * or the day itself.
 */

export const PERIODIC_CYCLES = ['daily', 'weekly', 'tenDays', 'monthly', 'quarterly', 'halfYearly', 'yearly'] as const;
export type PeriodicCycle = (typeof PERIODIC_CYCLES)[number];

export type CycleTracking = 'periodic' | 'notApplicable' | 'none';

export function cycleTracking(cycle: UpdateCycle): CycleTracking {
  if (cycle === 'realtime') return 'notApplicable';
  return (PERIODIC_CYCLES as readonly string[]).includes(cycle) ? 'periodic' : 'none';
}

export function isPeriodic(cycle: UpdateCycle): cycle is PeriodicCycle {
  return cycleTracking(cycle) === 'periodic';
}

export interface Period {
  key: string;
  start: IsoDate;
  end: IsoDate;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function dayOf(date: IsoDate): number {
  const n = tryParseDay(date);
  if (n === undefined) throw new RangeError(`not an ISO date: ${date}`);
  return n;
}

/** The period of `cycle` that holds `date`. */
export function periodOf(cycle: PeriodicCycle, date: IsoDate): Period {
  const n = dayOf(date);
  const { y, m, d } = civil(n);
  const span = (from: number, to: number, key: string): Period => ({ key, start: formatDay(from), end: formatDay(to) });
  const months = (firstMonth: number, count: number, key: string) =>
    span(dayNumber(y, firstMonth, 1), dayNumber(y, firstMonth + count - 1, daysInMonth(y, firstMonth + count - 1)), key);
  switch (cycle) {
    case 'daily':
      return span(n, n, formatDay(n));
    case 'weekly': {
      const monday = n - ((weekdayOf(n) + 6) % 7);
      return span(monday, monday + 6, formatDay(monday));
    }
    case 'tenDays': {
      const first = d <= 10 ? 1 : d <= 20 ? 11 : 21;
      const last = first === 21 ? daysInMonth(y, m) : first + 9;
      return span(dayNumber(y, m, first), dayNumber(y, m, last), formatDay(dayNumber(y, m, first)));
    }
    case 'monthly':
      return months(m, 1, `${y}-${pad(m)}`);
    case 'quarterly': {
      const q = Math.floor((m - 1) / 3);
      return months(q * 3 + 1, 3, `${y}-Q${q + 1}`);
    }
    case 'halfYearly': {
      const h = m <= 6 ? 0 : 1;
      return months(h * 6 + 1, 6, `${y}-H${h + 1}`);
    }
    case 'yearly':
      return months(1, 12, String(y));
  }
}

/** The period right after `period`. */
export function nextPeriod(cycle: PeriodicCycle, period: Period): Period {
  return periodOf(cycle, formatDay(dayOf(period.end) + 1));
}

export type ZeroUpdateState = 'ok' | 'dueToday' | 'overdue' | 'notApplicable' | 'none';

export interface ZeroUpdateStatus {
  tracking: CycleTracking;
  state: ZeroUpdateState;
  /** The period holding the last update or report (periodic cycles only). */
  covered?: Period;
  /** The period that must be covered next, and its last day. */
  due?: Period;
  dueDate?: IsoDate;
  /** Calendar days past the due date (0 unless overdue). */
  daysOverdue: number;
  /** The period holding `today`: the one a "no change" report covers now. */
  current?: Period;
}

/**
 * Where an entry stands on `today`, given the day of its last data update or zero-update report
 * (or, when it has none, the day it was published).
 */
export function zeroUpdateStatus(cycle: UpdateCycle, lastCovered: IsoDate, today: IsoDate): ZeroUpdateStatus {
  const tracking = cycleTracking(cycle);
  if (!isPeriodic(cycle)) return { tracking, state: tracking === 'notApplicable' ? 'notApplicable' : 'none', daysOverdue: 0 };
  const covered = periodOf(cycle, lastCovered);
  const due = nextPeriod(cycle, covered);
  const t = dayOf(today);
  const end = dayOf(due.end);
  const state: ZeroUpdateState = t > end ? 'overdue' : t === end ? 'dueToday' : 'ok';
  return { tracking, state, covered, due, dueDate: due.end, daysOverdue: Math.max(0, t - end), current: periodOf(cycle, today) };
}

/** Is `period` a key the platform accepts (protocol `zeroUpdate.report`)? */
export const PERIOD_KEY = /^\d{4}(-(H[12]|Q[1-4]|\d{2}(-\d{2})?))?$/;
