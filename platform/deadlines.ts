import { chinaDay, createWorkingCalendar, formatDay, type WorkingCalendar } from '@shared/calendar/index';

/**
 * Server-side deadlines (DOMAIN §4.1), counted in working days on the official calendar from the
 * day in China on which the platform received the step (the legal clock start).
 *
 * HOOK(profiles/deadlines): the day counts below are the Yichuan profile's; when
 * shared/profiles/deadlines.ts lands, take them from the platform's jurisdiction profile instead.
 */
export const DEADLINE_DAYS = {
  /** The platform reviews a submitted catalogue entry. */
  catalogueReview: 5,
  /** The platform checks an unconditional request. */
  platformCheck: 3,
  /** The provider decides a conditional request. */
  providerDecision: 5,
  /** The provider corrects or answers an objection; extendable once by as much again. */
  objectionAnswer: 10,
} as const;
export type DeadlineStep = keyof typeof DEADLINE_DAYS;

export class Deadlines {
  constructor(private readonly calendar: WorkingCalendar = createWorkingCalendar()) {}

  /** The due date (`YYYY-MM-DD`) of a step that started at `startedAt` (an ISO timestamp). */
  due(step: DeadlineStep, startedAt: string, days: number = DEADLINE_DAYS[step]): string {
    return this.calendar.addWorkingDays(formatDay(chinaDay(startedAt, 'startedAt')), days);
  }

  /** True when `at` falls on a later day in China than `dueDate`: the deadline has passed. */
  isOverdue(dueDate: string | undefined, at: string): boolean {
    return !!dueDate && formatDay(chinaDay(at, 'at')) > dueDate;
  }
}
