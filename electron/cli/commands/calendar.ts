import { readFileSync } from 'node:fs';
import { MAX_WORKING_DAYS, checkProfile, createWorkingCalendar, profileCalendar } from '@shared/calendar/index';
import type { WorkingCalendar } from '@shared/calendar/index';
import { translate } from '@shared/i18n/messages';
import { AppError } from '@shared/ipc/errors';
import type { Command, CommandContext } from '../framework';
import { EXIT, UsageError, reportError } from '../framework';

/** Runs a calendar computation; bad dates, counts, ranges or profiles exit 2 with their issues. */
function guarded(ctx: CommandContext, body: () => void): number {
  try {
    body();
    return EXIT.ok;
  } catch (err) {
    if (err instanceof AppError) return reportError(ctx, err.toData(ctx.locale));
    throw err;
  }
}

/** Reads `--holidays FILE`: one override year file, or an array of them. */
function overridesOf(ctx: CommandContext): unknown[] {
  const file = ctx.flags.holidays;
  if (file === undefined) return [];
  if (typeof file !== 'string') throw new UsageError('--holidays needs a file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AppError('VALIDATION', {}, [{ path: 'holidays', code: 'calendar.unreadableFile', params: { reason: (err as Error).message } }]);
  }
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** The official calendar, with the profile's local days off and any override files given. */
function calendarOf(ctx: CommandContext): WorkingCalendar {
  const profile = ctx.flags.profile;
  if (profile !== undefined && typeof profile !== 'string') throw new UsageError('--profile needs a value');
  const overrides = overridesOf(ctx);
  return profile === undefined ? createWorkingCalendar({ overrides }) : profileCalendar(checkProfile(profile), { overrides });
}

function args(ctx: CommandContext, names: string[]): string[] {
  if (ctx.args.length !== names.length) throw new UsageError(`expected ${names.join(' ')}`);
  return ctx.args;
}

/** The first year in [from, to] without a published schedule, for the warning. */
function firstUncovered(cal: WorkingCalendar, from: string, to: string): number | undefined {
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!cal.isCovered(y)) return y;
  return undefined;
}

export const calendarAddWorkingDays: Command = {
  name: 'calendar add-working-days',
  summary: 'Due date of "within N working days" from DATE (counting starts the day after)',
  usage: 'calendar add-working-days DATE N [--profile P] [--holidays FILE]',
  valueFlags: ['profile', 'holidays'],
  needsWorkspace: false,
  async run(ctx) {
    const [date, count] = args(ctx, ['DATE', 'N']) as [string, string];
    return guarded(ctx, () => {
      if (!/^\d+$/.test(count)) throw new AppError('VALIDATION', {}, [{ path: 'n', code: 'calendar.invalidCount', params: { value: count, max: MAX_WORKING_DAYS } }]);
      const cal = calendarOf(ctx);
      const { due, calendarCovered } = cal.deadline(date, Number(count));
      if (ctx.json) ctx.io.out(JSON.stringify({ due, calendarCovered }));
      else {
        ctx.io.out(due);
        const year = firstUncovered(cal, date, due);
        if (year !== undefined) ctx.io.err(translate('calendar.notPublished', ctx.locale, { year }));
      }
    });
  },
};

export const calendarBetween: Command = {
  name: 'calendar between',
  summary: 'Working days after FROM up to and including TO',
  usage: 'calendar between FROM TO [--profile P] [--holidays FILE]',
  valueFlags: ['profile', 'holidays'],
  needsWorkspace: false,
  async run(ctx) {
    const [from, to] = args(ctx, ['FROM', 'TO']) as [string, string];
    return guarded(ctx, () => {
      const cal = calendarOf(ctx);
      const workingDays = cal.workingDaysBetween(from, to);
      if (ctx.json) ctx.io.out(JSON.stringify({ workingDays }));
      else {
        ctx.io.out(String(workingDays));
        const year = firstUncovered(cal, from, to);
        if (year !== undefined) ctx.io.err(translate('calendar.notPublished', ctx.locale, { year }));
      }
    });
  },
};
