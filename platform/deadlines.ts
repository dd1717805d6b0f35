import { chinaDay, createWorkingCalendar, formatDay, type WorkingCalendar } from '@shared/calendar/index';
import { DEADLINES, findDeadlineRule, type DeadlineStep } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/index';

/** The steps whose deadlines the platform keeps, by their rule in shared/profiles/deadlines.ts. */
const STEPS = {
  /** The platform reviews a submitted catalogue entry. */
  catalogueReview: 'catalogueUpdateReview',
  /** The platform checks an unconditional request. */
  platformCheck: 'platformCheck',
  /** The provider decides a conditional request. */
  providerDecision: 'providerDecision',
  /** The provider corrects or answers an objection. */
  objectionAnswer: 'objectionAnswer',
} as const satisfies Record<string, DeadlineStep>;
export type PlatformStep = keyof typeof STEPS;

/**
 * Server-side deadlines (shared/profiles/deadlines.ts) of the platform's jurisdiction profile, counted in working
 * days on the official calendar (with the profile's local days off) from the day in China on which
 * the platform received the step: the legal start of the deadline. A step the profile sets no limit for has
 * no due date.
 */
export class Deadlines {
  private readonly calendar: WorkingCalendar;

  constructor(readonly profile: ProfileId = 'yichuan') {
    this.calendar = createWorkingCalendar({ localDaysOff: DEADLINES[profile].localDaysOff });
  }

  /** The due date (`YYYY-MM-DD`) of a step that started at `startedAt` (an ISO timestamp). */
  due(step: PlatformStep, startedAt: string): string | undefined {
    const rule = findDeadlineRule(this.profile, STEPS[step]);
    if (rule?.kind !== 'workingDays') return undefined;
    return this.calendar.addWorkingDays(formatDay(chinaDay(startedAt, 'startedAt')), rule.workingDays);
  }

  /** The objection deadline after its one extension, or undefined when the profile allows none. */
  extendObjection(dueDate: string): string | undefined {
    const rule = findDeadlineRule(this.profile, 'objectionExtension');
    if (rule?.kind !== 'extension' || rule.times < 1) return undefined;
    return this.calendar.addWorkingDays(dueDate, rule.workingDays);
  }

  /** True when `at` falls on a later day in China than `dueDate`: the deadline has passed. */
  isOverdue(dueDate: string | undefined, at: string): boolean {
    return !!dueDate && formatDay(chinaDay(at, 'at')) > dueDate;
  }
}
