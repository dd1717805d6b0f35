/** The working-day calendar: strict ISO dates, official schedules, overrides and local days off. */
export type { IsoDate } from './date';
export { addMonths, chinaDay, formatDay, isIsoDate, parseDay, tryParseDay } from './date';
export type { HolidayDay, HolidayYear, LocalDayOff } from './override';
export { holidayYearSchema, localDayOffSchema, parseHolidayYear, parseLocalDaysOff } from './override';
export { BUNDLED_YEARS } from './bundled';
export type { CalendarSources, DayInfo, DayKind } from './working-calendar';
export { MAX_WORKING_DAYS, WorkingCalendar, createWorkingCalendar, weekdayCalendar } from './working-calendar';
export type { Deadline, DeadlineEvent, DeadlineMatter, DeadlineOptions, DeadlineStatus } from './deadlines';
export { annualReportDue, checkProfile, computeDeadlines, deadlineRule, profileCalendar, unusedRevocationDate } from './deadlines';
