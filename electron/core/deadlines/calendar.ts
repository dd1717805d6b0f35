import { chinaDay, formatDay, profileCalendar, type HolidayYear, type WorkingCalendar } from '@shared/calendar/index';
import type { ProfileId } from '@shared/profiles/types';
import type { Reader } from '../db/database';

const cache = new Map<string, WorkingCalendar>();

export async function workspaceCalendar(db: Reader, profile: ProfileId, admin: readonly HolidayYear[] = []): Promise<WorkingCalendar> {
  return (await keyedWorkspaceCalendar(db, profile, admin)).calendar;
}

/**
 * The profile's working calendar with the schedules the platform sent (`calendar_schedules`, the
 * latest per year), the local days off of a platform profile update for this profile
 * (`profile_updates`), and the administrator's schedules (policy `calendarOverrides`, which win
 * for their years: the machine's policy overrides, as everywhere else), and a key that changes whenever another schedule or update arrives (the
 * stored deadlines say which calendar they were computed with). Rebuilt only when the key changes.
 */
export async function keyedWorkspaceCalendar(db: Reader, profile: ProfileId, admin: readonly HolidayYear[] = []): Promise<{ calendar: WorkingCalendar; key: string }> {
  const seqs = await db.all<{ seq: number }>('SELECT seq FROM calendar_schedules ORDER BY seq');
  const update = await db.get<{ seq: number; settings: string }>('SELECT seq, settings FROM profile_updates WHERE profile_id = ?', [profile]);
  const key = `${profile}:${seqs.map((r) => r.seq).join(',')}${update ? `:profile ${update.seq}` : ''}${admin.length ? `:admin ${JSON.stringify(admin)}` : ''}`;
  const hit = cache.get(key);
  if (hit) return { calendar: hit, key };
  const rows = await db.all<{ body: string }>('SELECT body FROM calendar_schedules ORDER BY year');
  const byYear = new Map<number, unknown>();
  for (const r of rows) {
    const cal = JSON.parse(r.body) as { year?: number };
    if (typeof cal.year === 'number') byYear.set(cal.year, cal);
  }
  for (const year of admin) byYear.set(year.year, year);
  const localDaysOff = (update && (JSON.parse(update.settings) as { localDaysOff?: unknown }).localDaysOff) || undefined;
  const attempt = (sources: Parameters<typeof profileCalendar>[1]): WorkingCalendar | undefined => {
    try {
      return profileCalendar(profile, sources);
    } catch {
      return undefined;
    }
  };
  // A bad schedule or setting must not stop every deadline: without it, the rest (at least the bundled schedule) still counts.
  const calendar =
    (Array.isArray(localDaysOff) ? attempt({ overrides: [...byYear.values()], localDaysOff }) : undefined) ?? attempt({ overrides: [...byYear.values()] }) ?? profileCalendar(profile);
  if (cache.size > 16) cache.clear();
  cache.set(key, calendar);
  return { calendar, key };
}

/** The China day of an instant: deadlines count days as they are in China (UTC+8). */
export function todayOf(instant: string): string {
  return formatDay(chinaDay(instant, 'now'));
}
