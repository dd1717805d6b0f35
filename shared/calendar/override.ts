/**
 * The override file: one year's official schedule in holiday-cn's format
 * (`{ year, papers?, days: [{ name, date, isOffDay }] }`), supplied by an administrator or pulled
 * from the platform. `isOffDay: true` is a holiday, `false` an adjusted working day (调休上班).
 */
import { z } from 'zod';
import { AppError, issuesFromZod } from '../ipc/errors';
import { MAX_YEAR, MIN_YEAR, tryParseDay } from './date';

const daySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  date: z.string().refine((s) => tryParseDay(s) !== undefined, { message: 'calendar.invalidDate' }),
  isOffDay: z.boolean(),
});

export const holidayYearSchema = z
  .object({
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
    papers: z.array(z.string()).optional(),
    days: z.array(daySchema).max(366),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.days.forEach((day, i) => {
      if (tryParseDay(day.date) === undefined) return; // already reported by the day schema
      if (!day.date.startsWith(`${file.year}-`)) {
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'calendar.dayOutsideYear', params: { year: file.year, date: day.date } });
      }
      const first = seen.get(day.date);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'calendar.duplicateDay', params: { date: day.date, first } });
      } else seen.set(day.date, i);
    });
  });

export type HolidayYear = z.output<typeof holidayYearSchema>;
export type HolidayDay = HolidayYear['days'][number];

/** A day off of one jurisdiction only (a local or ethnic holiday), on top of the official schedule. */
export const localDayOffSchema = z.strictObject({
  date: z.string().refine((s) => tryParseDay(s) !== undefined, { message: 'calendar.invalidDate' }),
  name: z.string().trim().min(1).max(100),
});
export type LocalDayOff = z.output<typeof localDayOffSchema>;

/** The value at a zod issue's path in the input (zod 4 does not report inputs by default). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

/** zod issues as field issues, keeping our `calendar.*` codes and their parameters. */
function toIssues(error: z.ZodError, input: unknown, prefix: string): { path: string; code: string; params?: Record<string, unknown> }[] {
  const generic = issuesFromZod(error);
  return error.issues.map((issue, i) => {
    const join = (path: string) => [prefix, path].filter(Boolean).join('.');
    const value = valueAt(input, issue.path);
    if (issue.message.startsWith('calendar.')) {
      const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
      return { path: join(issue.path.map(String).join('.')), code: issue.message, params: params ?? { value: String(value) } };
    }
    if (issue.code === 'invalid_type') return { path: join(issue.path.map(String).join('.')), code: value === undefined ? 'validation.required' : 'validation.invalid' };
    return { path: join(generic[i]!.path), code: generic[i]!.code };
  });
}

/** Validates an override file (parsed JSON); throws a VALIDATION error whose issues name each bad field. */
export function parseHolidayYear(input: unknown, path = ''): HolidayYear {
  const r = holidayYearSchema.safeParse(input);
  if (!r.success) throw new AppError('VALIDATION', {}, toIssues(r.error, input, path));
  return r.data;
}

export function parseLocalDaysOff(input: unknown, path = ''): LocalDayOff[] {
  const r = z.array(localDayOffSchema).safeParse(input);
  if (!r.success) throw new AppError('VALIDATION', {}, toIssues(r.error, input, path));
  return r.data;
}
