/**
 * Civil dates as `YYYY-MM-DD` strings and as day numbers (days since 1970-01-01), with integer
 * arithmetic only: no `Date`, so no time zone can shift a day, and parsing is strict
 * (2026-02-30 is rejected instead of becoming March 2).
 */
import { AppError } from '../ipc/errors';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** A timestamp with an explicit offset; a local time without one would be ambiguous. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
/** China Standard Time, UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MINUTES = 8 * 60;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
export function civil(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function formatDay(n: number): IsoDate {
  const { y, m, d } = civil(n);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The number written by `len` ASCII digits at `at`, or -1 if any is not a digit. */
function digits(text: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** The day number of a strict `YYYY-MM-DD`, or undefined when the text is not a real date. */
export function tryParseDay(text: unknown): number | undefined {
  // Hand-parsed rather than by regular expression: deadlines parse every event date on every recomputation.
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  return validDate(y, m, d) ? dayNumber(y, m, d) : undefined;
}

export function isIsoDate(text: unknown): text is IsoDate {
  return tryParseDay(text) !== undefined;
}

/** A validation error for one argument, in the shape the IPC layer and the CLI report. */
export function invalid(path: string, code: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION', {}, [{ path, code, params }]);
}

/** Parses a strict ISO date or throws a VALIDATION error naming `path`. */
export function parseDay(text: unknown, path: string): number {
  const n = tryParseDay(text);
  if (n === undefined) throw invalid(path, 'calendar.invalidDate', { value: String(text) });
  return n;
}

/**
 * The day in China (UTC+8) of a date or a timestamp: `2026-03-02` is that day; a timestamp needs
 * its offset (`…Z` or `…+08:00`), since the start of a deadline the platform sets is an instant.
 */
export function chinaDay(text: unknown, path: string): number {
  const plain = tryParseDay(text);
  if (plain !== undefined) return plain;
  const match = typeof text === 'string' ? ISO_TIMESTAMP.exec(text) : null;
  if (!match) throw invalid(path, 'calendar.invalidDate', { value: String(text) });
  const date = tryParseDay((text as string).slice(0, 10));
  const h = Number(match[1]);
  const mi = Number(match[2]);
  const s = Number(match[3] ?? 0);
  const zone = match[4]!;
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  if (date === undefined || h > 23 || mi > 59 || s > 59 || Math.abs(offset) > 14 * 60) {
    throw invalid(path, 'calendar.invalidDate', { value: String(text) });
  }
  return Math.floor((date * 1440 + h * 60 + mi - offset + CHINA_OFFSET_MINUTES) / 1440);
}

/** Calendar months later, clamped to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(n: number, months: number): number {
  const { y, m, d } = civil(n);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}
