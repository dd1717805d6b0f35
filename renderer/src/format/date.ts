/**
 * Dates and moments as every screen shows them, in both languages: a day as `2026-12-06`, a moment
 * as `2026-12-06 14:05` in the workstation's time zone. A calendar day (`YYYY-MM-DD`, e.g. a
 * deadline's due day) is shown as it is: it names a day, not an instant, and has no zone.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// 'sv-SE' writes ISO-like `YYYY-MM-DD HH:mm`; only the digits are used, never its words.
function parts(timeZone: string | undefined, time: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string | undefined, time: boolean): Intl.DateTimeFormat {
  const key = `${timeZone ?? ''}|${time}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = parts(timeZone, time)));
  return f;
}

function instant(value: string | Date): Date | undefined {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** A day: `2026-12-06`. An instant is shown as its day in the given (default: the workstation's) zone. */
export function formatDate(value: string | Date, timeZone?: string): string {
  if (typeof value === 'string' && DAY.test(value)) return value;
  const d = instant(value);
  return d ? formatter(timeZone, false).format(d) : String(value);
}

/** A moment to the minute: `2026-12-06 14:05`. A bare day is shown as the day. */
export function formatDateTime(value: string | Date, timeZone?: string): string {
  if (typeof value === 'string' && DAY.test(value)) return value;
  const d = instant(value);
  return d ? formatter(timeZone, true).format(d).replace(',', '') : String(value);
}

/** The only shapes a date may take on screen: what the source scan and the e2e check look for. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
