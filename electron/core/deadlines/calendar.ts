import { chinaDay, formatDay, profileCalendar, type HolidayYear, type WorkingCalendar } from '@shared/calendar/index';
import type { ProfileId } from '@shared/profiles/types';
import type { Reader } from '../db/database';

const cache = new Map<string, WorkingCalendar>();

export async function workspaceCalendar(db: Reader, profile: ProfileId, admin: readonly HolidayYear[] = []): Promise<WorkingCalendar> {
  return (await keyedWorkspaceCalendar(db, profile, admin)).calendar;
}

/**
 * The profile's working calendar with the schedules the platform sent (`calendar.override` in the
 * sync inbox, the latest per year) and the administrator's (policy `calendarOverrides`, which win
 * for their years: the machine's policy overrides, as everywhere else), and a key that changes whenever another override arrives (the
 * stored deadlines say which calendar they were computed with). Rebuilt only when the key changes.
 */
export async function keyedWorkspaceCalendar(db: Reader, profile: ProfileId, admin: readonly HolidayYear[] = []): Promise<{ calendar: WorkingCalendar; key: string }> {
  const seqs = await db.all<{ seq: number }>("SELECT seq FROM sync_inbox WHERE kind = 'calendar.override' ORDER BY seq");
  const key = `${profile}:${seqs.map((r) => r.seq).join(',')}${admin.length ? `:admin ${JSON.stringify(admin)}` : ''}`;
  const hit = cache.get(key);
  if (hit) return { calendar: hit, key };
  const rows = await db.all<{ seq: number; body: string }>("SELECT seq, body FROM sync_inbox WHERE kind = 'calendar.override' ORDER BY seq");
  const byYear = new Map<number, unknown>();
  for (const r of rows) {
    const cal = (JSON.parse(r.body) as { calendar?: { year?: number } }).calendar;
    if (cal && typeof cal.year === 'number') byYear.set(cal.year, cal);
  }
  for (const year of admin) byYear.set(year.year, year);
  let calendar: WorkingCalendar;
  try {
    calendar = profileCalendar(profile, { overrides: [...byYear.values()] });
  } catch {
    // A bad override must not stop every deadline: the bundled schedule still counts.
    calendar = profileCalendar(profile);
  }
  if (cache.size > 16) cache.clear();
  cache.set(key, calendar);
  return { calendar, key };
}

/** The China day of an instant: deadlines count days as they are in China (UTC+8). */
export function todayOf(instant: string): string {
  return formatDay(chinaDay(instant, 'now'));
}
