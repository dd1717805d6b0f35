/**
 * Times as the officer reads them. Every time is stored as an instant (ISO 8601 in UTC) and shown
 * in the workstation's time zone, one format per kind whatever the language: a date `2026-03-10`,
 * a date and time `2026-03-10 10:00`. A calendar day stored as `YYYY-MM-DD` (a deadline, a period
 * of use) is already a day in the officer's calendar and is shown as it is. A value that is not a
 * time is shown as it came rather than hidden.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// 'sv-SE' writes ISO-like dates (YYYY-MM-DD HH:mm) in every language.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'date' | 'dateTime', timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}:${timeZone ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', {
      ...(timeZone ? { timeZone } : {}),
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(kind === 'dateTime' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

function instant(value: string): Date | undefined {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The day of an instant in the workstation's zone (`timeZone` only for tests); a calendar day as it is. */
export function formatDate(value: string, timeZone?: string): string {
  if (DAY.test(value)) return value;
  const d = instant(value);
  return d ? formatter('date', timeZone).format(d) : value;
}

/** The day and time, to the minute, of an instant in the workstation's zone (`timeZone` only for tests). */
export function formatDateTime(value: string, timeZone?: string): string {
  if (DAY.test(value)) return value;
  const d = instant(value);
  return d ? formatter('dateTime', timeZone).format(d) : value;
}
