import { chinaDay, createWorkingCalendar, formatDay, type WorkingCalendar } from '@shared/calendar/index';
import { DEADLINES, findDeadlineRule, workingDaysRules, type DeadlineEventType, type DeadlineStep, type RequestShareType } from '@shared/profiles/deadlines';
import { PROFILE_IDS, type ProfileId } from '@shared/profiles/index';
import type { Tx } from './db/sqlite';

/** The steps outside share requests whose deadlines the platform keeps, by their rule in shared/profiles/deadlines.ts. */
const STEPS = {
  /** The platform reviews a submitted catalogue entry. */
  catalogueReview: 'catalogueUpdateReview',
  /** The provider corrects or answers an objection. */
  objectionAnswer: 'objectionAnswer',
} as const satisfies Record<string, DeadlineStep>;
export type PlatformStep = keyof typeof STEPS;

/** The deadline a share request is running against: its step and the step's last day. */
export interface RequestDue {
  dueStep?: DeadlineStep;
  dueDate?: string;
}

export const isProfileId = (value: unknown): value is ProfileId => typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value);

/**
 * Server-side deadlines (shared/profiles/deadlines.ts), counted in working days on the official
 * calendar (with the profile's local days off) from the day in China on which the platform received
 * the step: the legal start of the deadline. Each department may follow its own jurisdiction
 * profile (`departments.profile`); one without follows the platform's default (`--profile`). A
 * step the profile sets no limit for has no due date.
 */
export class Deadlines {
  private readonly calendars = new Map<ProfileId, WorkingCalendar>();

  constructor(readonly profile: ProfileId = 'yichuan') {}

  private calendar(profile: ProfileId): WorkingCalendar {
    let c = this.calendars.get(profile);
    if (!c) this.calendars.set(profile, (c = createWorkingCalendar({ localDaysOff: DEADLINES[profile].localDaysOff })));
    return c;
  }

  /** The profile a department follows: its own, else the platform's default. */
  async profileOf(tx: Pick<Tx, 'get'>, departmentCode: string): Promise<ProfileId> {
    const row = await tx.get<{ profile: string | null }>('SELECT profile FROM departments WHERE code = ?', [departmentCode]);
    return isProfileId(row?.profile) ? row.profile : this.profile;
  }

  /** The due date (`YYYY-MM-DD`) of a step that started at `startedAt` (an ISO timestamp). */
  due(step: PlatformStep, startedAt: string, profile: ProfileId = this.profile): string | undefined {
    const rule = findDeadlineRule(profile, STEPS[step]);
    if (rule?.kind !== 'workingDays') return undefined;
    return this.addWorkingDays(profile, startedAt, rule.workingDays);
  }

  /**
   * The deadline a request runs against after `events` happened at `at` (in this order), from the one
   * it ran against before: an event that ends the running step ends its deadline, one that starts a
   * step of the profile (for the request's share type) starts that step's. A running step an event
   * does not end goes on (伊川: the platform's 3 working days for an unconditional request run until
   * it delivers, approval or not).
   */
  nextRequestDue(profile: ProfileId, shareType: RequestShareType, before: RequestDue, events: readonly DeadlineEventType[], at: string): RequestDue {
    const rules = workingDaysRules(profile, 'request', shareType);
    let due: RequestDue = before.dueStep && before.dueDate ? { dueStep: before.dueStep, dueDate: before.dueDate } : {};
    for (const event of events) {
      const running = rules.find((r) => r.step === due.dueStep);
      if (running?.endsOn.includes(event) || !running) due = {};
      const started = rules.find((r) => r.startsOn === event);
      if (started && !due.dueStep) due = { dueStep: started.step, dueDate: this.addWorkingDays(profile, at, started.workingDays) };
    }
    return due;
  }

  /** The objection deadline after its one extension, or undefined when the profile allows none. */
  extendObjection(dueDate: string, profile: ProfileId = this.profile): string | undefined {
    const rule = findDeadlineRule(profile, 'objectionExtension');
    if (rule?.kind !== 'extension' || rule.times < 1) return undefined;
    return this.calendar(profile).addWorkingDays(dueDate, rule.workingDays);
  }

  /** True when `at` falls on a later day in China than `dueDate`: the deadline has passed. */
  isOverdue(dueDate: string | undefined, at: string): boolean {
    return !!dueDate && formatDay(chinaDay(at, 'at')) > dueDate;
  }

  private addWorkingDays(profile: ProfileId, startedAt: string, days: number): string {
    return this.calendar(profile).addWorkingDays(formatDay(chinaDay(startedAt, 'startedAt')), days);
  }
}
