/**
 * The working-day calendar: Monday–Friday, minus official holidays, plus adjusted
 * working days (调休上班), minus a profile's local days off. Layers, later ones winning:
 *   1. weekdays; 2. the bundled schedule of a year; 3. an override file for that year (replaces the
 *   bundled year entirely, as a holiday-cn file is a whole year); 4. local days off.
 * A year with neither bundled data nor an override is counted Monday–Friday and is not "covered":
 * the UI then says the calendar for that year is not yet published.
 *
 * Each year is precomputed once (lazily) into a working-day bitmap and a prefix count, so checks are
 * O(1) and counts O(log 366) per year crossed.
 */
import { AppError } from '../ipc/errors';
import { BUNDLED_YEARS } from './bundled';
import type { IsoDate } from './date';
import { MAX_YEAR, civil, dayNumber, daysInYear, formatDay, invalid, parseDay, weekdayOf } from './date';
import type { HolidayYear, LocalDayOff } from './override';
import { parseHolidayYear, parseLocalDaysOff } from './override';

/** Largest count accepted by addWorkingDays: about 400 years, far beyond any legal deadline. */
export const MAX_WORKING_DAYS = 100_000;

export type DayKind = 'workingDay' | 'weekend' | 'holiday' | 'adjustedWorkingDay' | 'localDayOff';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  /** The holiday's or local day's name (Chinese, as published). */
  name?: string;
  /** False when the year's official schedule is unknown and the day was counted Monday–Friday. */
  calendarCovered: boolean;
}

export interface CalendarSources {
  /** Official schedules; default: the bundled chinese-days data. */
  bundled?: readonly HolidayYear[];
  /** Override files (validated here), one per year at most; they replace the bundled year. */
  overrides?: readonly unknown[];
  /** Local days off of the jurisdiction (validated here). */
  localDaysOff?: readonly unknown[];
}

interface YearTable {
  start: number;
  covered: boolean;
  /** 1 = working day, indexed by day of year. */
  working: Uint8Array;
  /** prefix[i] = working days among days 0 … i-1 of the year. */
  prefix: Int32Array;
  names: Map<number, { name: string; kind: DayKind }>;
}

export class WorkingCalendar {
  private readonly official = new Map<number, HolidayYear>();
  private readonly local = new Map<number, LocalDayOff[]>();
  private readonly tables = new Map<number, YearTable>();
  private last: YearTable | undefined;

  constructor(sources: CalendarSources = {}) {
    for (const year of sources.bundled ?? BUNDLED_YEARS) this.official.set(year.year, year);
    const overridden = new Map<number, number>();
    (sources.overrides ?? []).forEach((raw, i) => {
      const file = parseHolidayYear(raw, `overrides.${i}`);
      const first = overridden.get(file.year);
      if (first !== undefined) throw invalid(`overrides.${i}.year`, 'calendar.duplicateYear', { year: file.year, first });
      overridden.set(file.year, i);
      this.official.set(file.year, file);
    });
    for (const day of parseLocalDaysOff(sources.localDaysOff ?? [], 'localDaysOff')) {
      const year = Number(day.date.slice(0, 4));
      this.local.set(year, [...(this.local.get(year) ?? []), day]);
    }
  }

  /** The years whose official schedule is known (bundled or overridden), ascending. */
  get coveredYears(): number[] {
    return [...this.official.keys()].sort((a, b) => a - b);
  }

  isCovered(year: number): boolean {
    return this.official.has(year);
  }

  /** True when every year from `from` to `to` (inclusive) has a known schedule. */
  coversYears(from: number, to: number): boolean {
    for (let y = from; y <= to; y++) if (!this.official.has(y)) return false;
    return true;
  }

  /** Whether officers work on `date` (strict ISO date; throws VALIDATION otherwise). */
  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(parseDay(date, 'date'));
  }

  isWorkingDayNumber(n: number): boolean {
    const t = this.tableOf(n);
    return t.working[n - t.start] === 1;
  }

  describeDay(date: IsoDate): DayInfo {
    const n = parseDay(date, 'date');
    const t = this.tableOf(n);
    const named = t.names.get(n - t.start);
    const working = t.working[n - t.start] === 1;
    const kind: DayKind = named?.kind ?? (working ? 'workingDay' : 'weekend');
    return { date, working, kind, ...(named ? { name: named.name } : {}), calendarCovered: t.covered };
  }

  /**
   * The due date of "within n working days" counted from `start` (the day of receipt): counting
   * begins the day after, day n is included, and the result is always a working day.
   * n = 0 gives the first working day on or after `start`.
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    return formatDay(this.addWorkingDaysNumber(parseDay(start, 'start'), checkCount(n)));
  }

  /** addWorkingDays with whether every year it spans has a published schedule. */
  deadline(start: IsoDate, n: number): { due: IsoDate; calendarCovered: boolean } {
    const s = parseDay(start, 'start');
    const due = this.addWorkingDaysNumber(s, checkCount(n));
    return { due: formatDay(due), calendarCovered: this.coversYears(civil(s).y, civil(due).y) };
  }

  addWorkingDaysNumber(start: number, n: number): number {
    let t = this.tableOf(start);
    const idx = start - t.start;
    // The target is the c-th working day of the year, counting from day 0.
    let c = n === 0 ? t.prefix[idx]! + 1 : t.prefix[idx + 1]! + n;
    let year = civil(t.start).y;
    for (;;) {
      const total = t.prefix[t.working.length]!;
      if (c <= total) return t.start + lowerBound(t.prefix, c) - 1;
      c -= total;
      if (++year > MAX_YEAR) throw invalid('n', 'calendar.outOfRange', { max: MAX_YEAR });
      t = this.table(year);
    }
  }

  /**
   * Working days after `from` up to and including `to`: the half-open range (from, to], the
   * same convention as addWorkingDays, so workingDaysBetween(d, addWorkingDays(d, n)) = n for n ≥ 1.
   * A reversed range is an error; from = to gives 0.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const a = parseDay(from, 'from');
    const b = parseDay(to, 'to');
    if (b < a) throw new AppError('VALIDATION', {}, [{ path: 'to', code: 'calendar.reversedRange', params: { from, to } }]);
    return this.workingDaysBetweenNumbers(a, b);
  }

  workingDaysBetweenNumbers(a: number, b: number): number {
    const ta = this.tableOf(a);
    const tb = this.tableOf(b);
    let count = tb.prefix[b - tb.start + 1]! - ta.prefix[a - ta.start + 1]!;
    for (let y = civil(ta.start).y; y < civil(tb.start).y; y++) {
      const t = this.table(y);
      count += t.prefix[t.working.length]!;
    }
    return count;
  }

  /** The first working day strictly after `n`. */
  nextWorkingDayNumber(n: number): number {
    return this.addWorkingDaysNumber(n, 1);
  }

  /** The last working day strictly before `n`. */
  previousWorkingDayNumber(n: number): number {
    let d = n - 1;
    while (!this.isWorkingDayNumber(d)) d--;
    return d;
  }

  private tableOf(n: number): YearTable {
    // Most lookups hit the same year as the previous one.
    const last = this.last;
    if (last && n >= last.start && n < last.start + last.working.length) return last;
    return (this.last = this.table(civil(n).y));
  }

  private table(year: number): YearTable {
    let t = this.tables.get(year);
    if (!t) {
      t = this.build(year);
      this.tables.set(year, t);
    }
    return t;
  }

  private build(year: number): YearTable {
    const start = dayNumber(year, 1, 1);
    const len = daysInYear(year);
    const working = new Uint8Array(len);
    const firstWeekday = weekdayOf(start);
    for (let i = 0; i < len; i++) {
      const wd = (firstWeekday + i) % 7;
      working[i] = wd === 0 || wd === 6 ? 0 : 1;
    }
    const names = new Map<number, { name: string; kind: DayKind }>();
    const official = this.official.get(year);
    for (const day of official?.days ?? []) {
      const i = parseDay(day.date, 'date') - start;
      working[i] = day.isOffDay ? 0 : 1;
      names.set(i, { name: day.name, kind: day.isOffDay ? 'holiday' : 'adjustedWorkingDay' });
    }
    for (const day of this.local.get(year) ?? []) {
      const i = parseDay(day.date, 'date') - start;
      working[i] = 0;
      names.set(i, { name: day.name, kind: 'localDayOff' });
    }
    const prefix = new Int32Array(len + 1);
    for (let i = 0; i < len; i++) prefix[i + 1] = prefix[i]! + working[i]!;
    return { start, covered: official !== undefined, working, prefix, names };
  }
}

function checkCount(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw invalid('n', 'calendar.invalidCount', { value: String(n), max: MAX_WORKING_DAYS });
  return n;
}

/** Smallest k with prefix[k] ≥ c (prefix is non-decreasing and prefix[last] ≥ c). */
function lowerBound(prefix: Int32Array, c: number): number {
  let lo = 1;
  let hi = prefix.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prefix[mid]! >= c) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The calendar of the bundled schedules with optional overrides and local days off. */
export function createWorkingCalendar(sources: CalendarSources = {}): WorkingCalendar {
  return new WorkingCalendar(sources);
}

/** A calendar that knows no holidays at all: Monday–Friday everywhere (the benchmark's bare baseline). */
export function weekdayCalendar(): WorkingCalendar {
  return new WorkingCalendar({ bundled: [] });
}
