import type { HolidayYear } from '@shared/calendar/index';
import type { Tx } from '../db/database';
import { recomputeDeadlines } from '../deadlines/recompute';
import { recomputeCatalogueDeadlines } from '../catalogue/public';
import type { CoreContext } from '../context';
import type { ChangeRegistration, SyncRegistration } from '../sync/public';

/**
 * What the platform announces to every department: official calendar schedules
 * (`calendar.override`) and jurisdiction profile settings (`profile.update`). Each is kept, the
 * latest per year or per profile, in its own table; the working calendar of every deadline reads
 * them (docs/sync.md "Calendar schedules and profile updates").
 */

async function nextSeq(tx: Tx, table: 'calendar_schedules' | 'profile_updates'): Promise<number> {
  return ((await tx.get<{ n: number | null }>(`SELECT max(seq) AS n FROM ${table}`))?.n ?? 0) + 1;
}

/**
 * The latest schedule of its year. Each arrival takes a new `seq`, so the working calendar's key
 * changes and open deadlines are recomputed (a replayed page recomputes, and writes nothing new).
 */
export async function storeCalendarSchedule(tx: Tx, calendar: HolidayYear, at: string): Promise<void> {
  const body = JSON.stringify(calendar);
  await tx.run(
    'INSERT INTO calendar_schedules (year, body, seq, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET body = excluded.body, seq = excluded.seq, received_at = excluded.received_at',
    [calendar.year, body, await nextSeq(tx, 'calendar_schedules'), at],
  );
}

export async function storeProfileUpdate(tx: Tx, profileId: string, settings: Record<string, unknown>, at: string): Promise<void> {
  const body = JSON.stringify(settings);
  await tx.run(
    'INSERT INTO profile_updates (profile_id, settings, seq, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (profile_id) DO UPDATE SET settings = excluded.settings, seq = excluded.seq, received_at = excluded.received_at',
    [profileId, body, await nextSeq(tx, 'profile_updates'), at],
  );
}

/** A new schedule or profile setting moves deadlines: every open deadline is recomputed at once, in one transaction. */
async function recomputeAfter(ctx: CoreContext): Promise<void> {
  try {
    if ((await recomputeDeadlines(ctx)).recomputed) ctx.events.emit('workspace.changed', { entity: 'requests', action: 'sync' });
    if ((await recomputeCatalogueDeadlines(ctx)).recomputed) ctx.events.emit('workspace.changed', { entity: 'catalogue', action: 'sync' });
  } catch (err) {
    // The pull itself succeeded; lists recompute again when they are read.
    ctx.logger.warn('deadline recompute after a calendar update failed', { error: String(err) });
  }
}

const calendarOverride: ChangeRegistration<'calendar.override'> = {
  async apply(tx, { calendar }, meta) {
    await storeCalendarSchedule(tx, calendar, meta.at);
  },
  after: recomputeAfter,
};

const profileUpdate: ChangeRegistration<'profile.update'> = {
  async apply(tx, { profileId, settings }, meta) {
    await storeProfileUpdate(tx, profileId, settings, meta.at);
  },
  after: recomputeAfter,
};

export const announcementSync: SyncRegistration = {
  changes: { 'calendar.override': calendarOverride, 'profile.update': profileUpdate },
};
