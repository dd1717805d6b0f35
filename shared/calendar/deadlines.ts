/**
 * Deadlines of a matter (share request, objection, catalogue update) from its event dates:
 * each timed step of the profile starts on its start event (so the provider's deadline starts when
 * the platform check ends), counts working days from the day after the start day (day N inclusive), pauses while a request is returned
 * for more information (when the profile says so), and ends on its end event.
 *
 * Pausing: the day of the return and the days until resubmission are not charged; counting resumes
 * the day after resubmission with the working days that were left. A step already past its
 * deadline when it is returned stays overdue.
 */
import type { DeadlineEventType, WorkingDaysRule, DeadlineSubject, DeadlineRule, DeadlineStep, ExtensionRule, RequestShareType } from '../profiles/deadlines';
import { DEADLINE_EVENTS, DEADLINES, workingDaysRules, timedSteps } from '../profiles/deadlines';
import type { ProfileId } from '../profiles/types';
import { PROFILE_IDS } from '../profiles/types';
import type { IsoDate } from './date';
import { MAX_YEAR, MIN_YEAR, addMonths, chinaDay, civil, dayNumber, formatDay, invalid, parseDay } from './date';
import type { CalendarSources, WorkingCalendar } from './working-calendar';
import { createWorkingCalendar } from './working-calendar';

export type DeadlineStatus = 'running' | 'dueSoon' | 'overdue' | 'paused' | 'done';

/** One event of a matter: its type and when it happened (a date, or a timestamp with offset). */
export interface DeadlineEvent {
  type: string;
  at: string;
}

export type DeadlineMatter =
  | { subject: 'request'; shareType: RequestShareType; events: readonly DeadlineEvent[] }
  | { subject: 'objection'; events: readonly DeadlineEvent[] }
  | { subject: 'catalogueUpdate'; events: readonly DeadlineEvent[] };

export interface Deadline {
  step: DeadlineStep;
  rule: WorkingDaysRule;
  /** The day the deadline started (the receiving day; counting begins the day after). */
  start: IsoDate;
  /** The last day to act; null while paused with time left. */
  due: IsoDate | null;
  /** The day the step ended, once it has. */
  end?: IsoDate;
  /** True when the step ended after its due day. */
  late?: boolean;
  /** Working days left when the deadline was paused. */
  remainingWorkingDays?: number;
  /** The extension applied to this deadline, if one was granted. */
  extension?: ExtensionRule;
  /** False when a year the deadline spans has no published schedule (counted Monday–Friday). */
  calendarCovered: boolean;
  status: DeadlineStatus;
}

export interface DeadlineOptions {
  /** Overrides the profile's setting for requests returned for more information. */
  pauseWhenReturned?: boolean;
}

export function checkProfile(value: unknown, path = 'profile'): ProfileId {
  if (typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value)) return value as ProfileId;
  throw invalid(path, 'calendar.unknownProfile', { value: String(value), allowed: PROFILE_IDS.join(', ') });
}

/** The official calendar with a profile's local days off (and any overrides or extra days given). */
export function profileCalendar(profile: ProfileId, sources: CalendarSources = {}): WorkingCalendar {
  const id = checkProfile(profile);
  return createWorkingCalendar({ ...sources, localDaysOff: [...DEADLINES[id].localDaysOff, ...(sources.localDaysOff ?? [])] });
}

/** A profile's rule for a step; an error naming the timed steps when the profile sets no limit for it. */
export function deadlineRule(profile: ProfileId, step: string): DeadlineRule {
  const id = checkProfile(profile);
  const rule = DEADLINES[id].rules.find((r) => r.step === step);
  if (!rule) throw invalid('step', 'calendar.unknownStep', { value: step, allowed: timedSteps(id).join(', ') });
  return rule;
}

interface Parsed {
  type: DeadlineEventType;
  day: number;
}

function parseEvents(matter: DeadlineMatter, extension: ExtensionRule | undefined): Parsed[] {
  const allowed: readonly string[] = DEADLINE_EVENTS[matter.subject];
  if (!Array.isArray(matter.events)) throw invalid('events', 'validation.invalid');
  let previous: number | undefined;
  let returned = false;
  let extensions = 0;
  return matter.events.map((e: DeadlineEvent, i) => {
    if (typeof e !== 'object' || e === null || !allowed.includes(e.type)) throw invalid(`events.${i}.type`, 'calendar.unknownEvent', { value: String(e?.type), allowed: allowed.join(', ') });
    const day = chinaDay(e.at, `events.${i}.at`);
    if (previous !== undefined && day < previous) throw invalid(`events.${i}.at`, 'calendar.eventsOutOfOrder', { previous: formatDay(previous) });
    previous = day;
    if (e.type === 'returned') {
      if (returned) throw invalid(`events.${i}.type`, 'calendar.alreadyReturned');
      returned = true;
    } else if (e.type === 'resubmitted') {
      if (!returned) throw invalid(`events.${i}.type`, 'calendar.notReturned');
      returned = false;
    } else if (e.type === 'extended' && ++extensions > (extension?.times ?? 0)) {
      throw invalid(`events.${i}.type`, 'calendar.extensionNotAllowed', { times: extension?.times ?? 0 });
    }
    return { type: e.type as DeadlineEventType, day };
  });
}

/**
 * The deadlines of every timed step of the matter that has started, in chain order, as of `today`.
 * Throws a VALIDATION error for an unknown profile, event or date, events out of order, a
 * resubmission without a return, or an extension the profile does not allow.
 */
export function computeDeadlines(profile: ProfileId, matter: DeadlineMatter, calendar: WorkingCalendar, today: IsoDate, options: DeadlineOptions = {}): Deadline[] {
  const id = checkProfile(profile);
  if (typeof matter !== 'object' || matter === null || !Object.hasOwn(DEADLINE_EVENTS, matter.subject)) throw invalid('subject', 'validation.enum');
  if (matter.subject === 'request' && matter.shareType !== 'unconditional' && matter.shareType !== 'conditional') {
    throw invalid('shareType', 'validation.enum');
  }
  const now = parseDay(today, 'today');
  const pause = options.pauseWhenReturned ?? DEADLINES[id].pauseWhenReturned.value;
  const rules = workingDaysRules(id, matter.subject as DeadlineSubject, matter.subject === 'request' ? matter.shareType : undefined);
  const extensions = DEADLINES[id].rules.filter((r): r is ExtensionRule => r.kind === 'extension');
  const events = parseEvents(matter, extensions.find((x) => rules.some((r) => r.step === x.extends)));

  const deadlines: Deadline[] = [];
  for (const rule of rules) {
    const si = events.findIndex((e) => e.type === rule.startsOn);
    if (si < 0) continue;
    const start = events[si]!.day;
    const ei = events.findIndex((e, i) => i > si && rule.endsOn.includes(e.type));
    const extension = extensions.find((x) => x.extends === rule.step);
    deadlines.push(deadlineOf(rule, extension, events.slice(si + 1, ei < 0 ? undefined : ei), start, ei < 0 ? undefined : events[ei]!.day, calendar, now, pause));
  }
  return deadlines;
}

function deadlineOf(
  rule: WorkingDaysRule,
  extension: ExtensionRule | undefined,
  during: Parsed[],
  start: number,
  end: number | undefined,
  calendar: WorkingCalendar,
  now: number,
  pause: boolean,
): Deadline {
  let segment = start;
  let remaining = rule.workingDays;
  let paused = false;
  let missed: number | undefined;
  let extended = 0;
  for (const e of during) {
    if (e.type === 'extended') extended++;
    if (!pause || missed !== undefined) continue;
    if (e.type === 'returned') {
      // Working days used before the return: those after the segment's start and before the return day.
      const used = e.day <= segment ? 0 : calendar.workingDaysBetweenNumbers(segment, e.day - 1);
      if (used >= remaining) missed = calendar.addWorkingDaysNumber(segment, remaining);
      else {
        remaining -= used;
        paused = true;
      }
    } else if (e.type === 'resubmitted' && paused) {
      segment = e.day;
      paused = false;
    }
  }
  let due: number | undefined = missed ?? (paused ? undefined : calendar.addWorkingDaysNumber(segment, remaining));
  if (due !== undefined && extended > 0 && extension) due = calendar.addWorkingDaysNumber(due, extension.workingDays * extended);

  // Coverage concerns the days counted: up to the due day, or up to today while paused.
  const lastYear = civil(due ?? Math.max(now, start)).y;
  const deadline: Deadline = {
    step: rule.step,
    rule,
    start: formatDay(start),
    due: due === undefined ? null : formatDay(due),
    calendarCovered: calendar.coversYears(civil(start).y, lastYear),
    status: 'running',
  };
  if (extended > 0 && extension) deadline.extension = extension;
  if (end !== undefined) {
    deadline.end = formatDay(end);
    deadline.late = due !== undefined && end > due;
    deadline.status = 'done';
  } else if (due === undefined) {
    deadline.remainingWorkingDays = remaining;
    deadline.status = 'paused';
  } else if (now > due) deadline.status = 'overdue';
  else if (now >= calendar.previousWorkingDayNumber(due)) deadline.status = 'dueSoon';
  return deadline;
}

/**
 * The due day of a profile's annual report for `year` (伊川: by the end of January of the next
 * year), rolled forward to a working day like every deadline; undefined when the profile has none.
 */
export function annualReportDue(profile: ProfileId, year: number, calendar: WorkingCalendar): { due: IsoDate; calendarCovered: boolean } | undefined {
  const rule = DEADLINES[checkProfile(profile)].rules.find((r) => r.kind === 'annual');
  if (!rule) return undefined;
  if (!Number.isInteger(year) || year < MIN_YEAR || year >= MAX_YEAR) throw invalid('year', 'calendar.outOfRange', { max: MAX_YEAR - 1 });
  const lastDay = addMonths(dayNumber(year + 1, rule.month, 1), 1) - 1;
  const due = calendar.addWorkingDaysNumber(lastDay, 0);
  return { due: formatDay(due), calendarCovered: calendar.coversYears(civil(due).y, civil(due).y) };
}

/**
 * The first day an unused authorisation may be revoked (伊川: more than three months after it was
 * granted or last used); undefined when the profile sets no such period.
 */
export function unusedRevocationDate(profile: ProfileId, since: string): IsoDate | undefined {
  const rule = DEADLINES[checkProfile(profile)].rules.find((r) => r.kind === 'months');
  if (!rule) return undefined;
  return formatDay(addMonths(chinaDay(since, 'since'), rule.months) + 1);
}
