import { randomUUID } from 'node:crypto';
import type { EntryState, UpdateCycle } from '@shared/domain/enums';
import { isPeriodic, periodOf } from '@shared/domain/zero-update';
import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import type { Tx } from '../db/database';
import { queueDataUpdate, queueZeroUpdate } from './outbox';
import { TRACKED_STATES, dayOfInstant, zeroUpdateRows } from './status';

type ZeroUpdateChannel = 'zeroUpdates.list' | 'zeroUpdates.report' | 'zeroUpdates.recordUpdate' | 'zeroUpdates.history';

interface EntryRow {
  id: string;
  name: string;
  state: EntryState;
  update_cycle: UpdateCycle;
}

async function trackedEntry(tx: Tx, entryId: string): Promise<EntryRow> {
  const entry = await tx.get<EntryRow>('SELECT id, name, state, update_cycle FROM catalogue_entries WHERE id = ?', [entryId]);
  if (!entry) throw new AppError('NOT_FOUND');
  if (!TRACKED_STATES.includes(entry.state)) throw new AppError('ZERO_UPDATE_NOT_PUBLISHED', { state: entry.state });
  return entry;
}

export function zeroUpdateHandlers(ctx: CoreContext): HandlerMap<ZeroUpdateChannel> {
  const today = () => dayOfInstant(ctx.workspace().now());
  const row = async (entryId: string) => {
    const [r] = await zeroUpdateRows(ctx.workspace().db, today(), [entryId]);
    if (!r) throw new AppError('NOT_FOUND');
    return r;
  };
  const changed = (id: string, action: string) => ctx.events.emit('workspace.changed', { entity: 'zeroUpdates', id, action });
  const insertEvent = (
    tx: Tx,
    e: { id: string; entryId: string; kind: 'zeroUpdate' | 'dataUpdate'; period: string | null; day: string; note?: string | undefined; at: string; rows?: number | undefined; bytes?: number | undefined },
  ) =>
    tx.run('INSERT INTO entry_update_events (id, entry_id, kind, period, day, note, actor, at, rows, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      e.id,
      e.entryId,
      e.kind,
      e.period,
      e.day,
      e.note || null,
      ctx.actor,
      e.at,
      e.rows ?? null,
      e.bytes ?? null,
    ]);
  const volumeText = (v: { rows?: number | undefined; bytes?: number | undefined }) =>
    v.rows !== undefined || v.bytes !== undefined ? `; ${v.rows ?? '-'} rows, ${v.bytes ?? '-'} bytes` : '';

  return {
    'zeroUpdates.list': async ({ filter, page, pageSize }) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      const day = today();
      const all = await zeroUpdateRows(ws.db, day);
      const counts = { tracked: 0, overdue: 0, dueToday: 0, ok: 0 };
      for (const r of all) {
        if (r.status === 'overdue' || r.status === 'dueToday' || r.status === 'ok') {
          counts.tracked++;
          counts[r.status]++;
        }
      }
      const keep = (r: (typeof all)[number]) =>
        filter === 'all' || (filter === 'overdue' ? r.status === 'overdue' : r.status === 'overdue' || r.status === 'dueToday' || r.status === 'ok');
      // Most pressing first: the longest overdue, then the nearest due date; untracked entries last.
      const rows = all.filter(keep).sort((a, b) => b.daysOverdue - a.daysOverdue || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.code.localeCompare(b.code));
      return { today: day, rows: page === undefined ? rows : rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, counts };
    },

    'zeroUpdates.report': async ({ entryId, note, rows, bytes }) => {
      const ws = ctx.workspace();
      const at = ws.now();
      const day = dayOfInstant(at);
      await ctx.write(async (tx, audit) => {
        const entry = await trackedEntry(tx, entryId);
        if (!isPeriodic(entry.update_cycle)) throw new AppError('ZERO_UPDATE_NOT_APPLICABLE', { cycle: entry.update_cycle });
        const period = periodOf(entry.update_cycle, day).key;
        const dup = await tx.get('SELECT 1 AS x FROM entry_update_events WHERE entry_id = ? AND kind = ? AND period = ?', [entryId, 'zeroUpdate', period]);
        if (dup) throw new AppError('ZERO_UPDATE_DUPLICATE', { period });
        const id = randomUUID();
        await insertEvent(tx, { id, entryId, kind: 'zeroUpdate', period, day, note, at, rows, bytes });
        await audit('zeroUpdates.report', 'catalogue_entry', entryId, `${entry.name}: ${period}${note ? ` (${note})` : ''}${volumeText({ rows, bytes })}`);
        await queueZeroUpdate(tx, { id, entryId, period, note, rows, bytes }, at);
      });
      changed(entryId, 'report');
      return row(entryId);
    },

    'zeroUpdates.recordUpdate': async ({ entryId, note, rows, bytes }) => {
      const ws = ctx.workspace();
      const at = ws.now();
      const day = dayOfInstant(at);
      await ctx.write(async (tx, audit) => {
        const entry = await trackedEntry(tx, entryId);
        const period = isPeriodic(entry.update_cycle) ? periodOf(entry.update_cycle, day).key : null;
        const id = randomUUID();
        await insertEvent(tx, { id, entryId, kind: 'dataUpdate', period, day, note, at, rows, bytes });
        await audit('zeroUpdates.recordUpdate', 'catalogue_entry', entryId, `${entry.name}: ${day}${note ? ` (${note})` : ''}${volumeText({ rows, bytes })}`);
        await queueDataUpdate(tx, { id, entryId, day, note, rows, bytes }, at);
      });
      changed(entryId, 'update');
      return row(entryId);
    },

    'zeroUpdates.history': async ({ entryId }) => {
      const db = ctx.workspace().db;
      const exists = await db.get('SELECT 1 AS x FROM catalogue_entries WHERE id = ?', [entryId]);
      if (!exists) throw new AppError('NOT_FOUND');
      const events = await db.all<{ id: string; kind: 'zeroUpdate' | 'dataUpdate'; period: string | null; day: string; note: string | null; actor: string; at: string; rows: number | null; bytes: number | null }>(
        'SELECT id, kind, period, day, note, actor, at, rows, bytes FROM entry_update_events WHERE entry_id = ? ORDER BY day DESC, at DESC',
        [entryId],
      );
      return {
        events: events.map((e) => ({
          id: e.id,
          kind: e.kind,
          day: e.day,
          actor: e.actor,
          at: e.at,
          ...(e.period ? { period: e.period } : {}),
          ...(e.note ? { note: e.note } : {}),
          ...(e.rows !== null ? { rows: e.rows } : {}),
          ...(e.bytes !== null ? { bytes: e.bytes } : {}),
        })),
      };
    },
  };
}
