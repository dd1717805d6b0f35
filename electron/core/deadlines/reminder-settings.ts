import { chinaDay, formatDay, parseDay, type WorkingCalendar } from '@shared/calendar/index';
import { REMINDER_KINDS, type ReminderKind, type ReminderSettings } from '@shared/ipc/channels/reminders';
import type { Reader, Tx } from '../db/database';

/**
 * The defaults reproduce what reminders always did: every kind on, one working day ahead, except
 * an authorisation's expiry, announced five working days ahead so the using department can apply
 * again in time. Quiet outside 08:30–18:00 and on days off: an officer is not paged at night.
 */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  kinds: Object.fromEntries(REMINDER_KINDS.map((k) => [k, { enabled: true, leadDays: k === 'authorisation' ? 5 : 1 }])) as ReminderSettings['kinds'],
  quietHours: { enabled: true, start: '08:30', end: '18:00' },
};

export async function loadReminderSettings(db: Pick<Reader, 'all' | 'get'>): Promise<ReminderSettings> {
  const kinds = { ...DEFAULT_REMINDER_SETTINGS.kinds };
  for (const r of await db.all<{ subject: string; enabled: number; lead_days: number }>('SELECT subject, enabled, lead_days FROM reminder_kinds')) {
    if ((REMINDER_KINDS as readonly string[]).includes(r.subject)) kinds[r.subject as ReminderKind] = { enabled: r.enabled === 1, leadDays: r.lead_days };
  }
  const q = await db.get<{ enabled: number; start: string; end: string }>('SELECT enabled, start, end FROM reminder_quiet_hours WHERE id = 1');
  return { kinds, quietHours: q ? { enabled: q.enabled === 1, start: q.start, end: q.end } : { ...DEFAULT_REMINDER_SETTINGS.quietHours } };
}

export async function saveReminderSettings(tx: Tx, s: ReminderSettings): Promise<void> {
  for (const k of REMINDER_KINDS) {
    const v = s.kinds[k];
    await tx.run('INSERT INTO reminder_kinds (subject, enabled, lead_days) VALUES (?, ?, ?) ON CONFLICT (subject) DO UPDATE SET enabled = excluded.enabled, lead_days = excluded.lead_days', [k, v.enabled ? 1 : 0, v.leadDays]);
  }
  const q = s.quietHours;
  await tx.run('INSERT INTO reminder_quiet_hours (id, enabled, start, end) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET enabled = excluded.enabled, start = excluded.start, end = excluded.end', [q.enabled ? 1 : 0, q.start, q.end]);
}

/** True from `leadDays` working days before `due` on (0: on the due day). */
export function leadReached(calendar: Pick<WorkingCalendar, 'previousWorkingDayNumber'>, today: string, due: string, leadDays: number): boolean {
  let from = parseDay(due, 'due');
  for (let i = 0; i < leadDays; i++) from = calendar.previousWorkingDayNumber(from);
  return parseDay(today, 'today') >= from;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
/** `HH:MM` of an instant in China (UTC+8, no daylight saving). */
const chinaClock = (now: string) => new Date(Date.parse(now) + CHINA_OFFSET_MS).toISOString().slice(11, 16);

/** True when reminders hold: quiet hours on and `now` is before the start, from the end on, or a day off. */
export function isQuiet(calendar: Pick<WorkingCalendar, 'isWorkingDayNumber'>, now: string, quiet: ReminderSettings['quietHours']): boolean {
  if (!quiet.enabled) return false;
  const clock = chinaClock(now);
  return !calendar.isWorkingDayNumber(chinaDay(now, 'now')) || clock < quiet.start || clock >= quiet.end;
}

/** The instant working hours next begin after `now` (the start of today's when it is still ahead). */
export function nextWorkingTime(calendar: Pick<WorkingCalendar, 'isWorkingDayNumber' | 'nextWorkingDayNumber'>, now: string, quiet: ReminderSettings['quietHours']): string {
  const day = chinaDay(now, 'now');
  const next = calendar.isWorkingDayNumber(day) && chinaClock(now) < quiet.start ? day : calendar.nextWorkingDayNumber(day);
  return new Date(Date.parse(`${formatDay(next)}T${quiet.start}:00+08:00`)).toISOString();
}
