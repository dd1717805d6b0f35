import { chinaDay, formatDay } from '@shared/calendar/index';
import { OpRejection } from '../errors';
import { getEntry } from './catalogue';
import { accepted, conflict, type OpHandler } from './types';

/**
 * 零更新: nothing changed in this cycle of one of my published entries. The common case is one
 * statement — the insert checks the entry's owner and publication itself; only when it writes
 * nothing are the rows read to say why (a report seen before, or an entry that does not qualify).
 */
export const reportZeroUpdate: OpHandler<'zeroUpdate.report'> = async (ctx, op) => {
  const { tx, department, now } = ctx;
  const written = await tx.run(
    `INSERT INTO zero_updates (id, department_code, entry_id, period, note, reported_at, rows, bytes)
     SELECT ?, ?, e.id, ?, ?, ?, ?, ? FROM entries e WHERE e.id = ? AND e.department_code = ? AND e.published_at IS NOT NULL
     ON CONFLICT (id) DO NOTHING`,
    [op.entityId, department.code, op.payload.period, op.payload.note ?? null, now, op.payload.rows ?? null, op.payload.bytes ?? null, op.payload.entryId, department.code],
  );
  if (written.changes === 1) return accepted(1);
  const existing = await tx.get<{ department_code: string; entry_id: string; period: string }>(
    'SELECT department_code, entry_id, period FROM zero_updates WHERE id = ?',
    [op.entityId],
  );
  if (existing) {
    if (existing.department_code !== department.code) throw new OpRejection('FORBIDDEN');
    return conflict(1, 'reported', { entryId: existing.entry_id, period: existing.period });
  }
  const entry = await getEntry(tx, op.payload.entryId);
  if (!entry) throw new OpRejection('NOT_FOUND');
  if (entry.department_code !== department.code) throw new OpRejection('FORBIDDEN');
  throw new OpRejection('STATE_FORBIDS', { state: entry.state });
};

/**
 * A data update of one of my published entries on `day` (not after the platform's today in China),
 * with the volume the provider reports: it covers the entry's update cycle and is its latest volume.
 * A second report of the same day replaces the volume it gives, keeping what it leaves out.
 */
export const reportDataUpdate: OpHandler<'dataUpdate.report'> = async (ctx, op) => {
  const { tx, department, now } = ctx;
  const entry = await getEntry(tx, op.payload.entryId);
  if (!entry) throw new OpRejection('NOT_FOUND');
  if (entry.department_code !== department.code) throw new OpRejection('FORBIDDEN');
  if (!entry.published_at) throw new OpRejection('STATE_FORBIDS', { state: entry.state });
  if (op.payload.day > formatDay(chinaDay(now, 'now'))) throw new OpRejection('VALIDATION', {}, [{ path: 'day', code: 'validation.date' }]);
  await tx.run(
    `INSERT INTO evaluation_volumes (entry_id, day, rows, bytes) VALUES (?, ?, ?, ?)
     ON CONFLICT (entry_id, day) DO UPDATE SET rows = coalesce(excluded.rows, rows), bytes = coalesce(excluded.bytes, bytes)`,
    [entry.id, op.payload.day, op.payload.rows ?? null, op.payload.bytes ?? null],
  );
  return accepted(1);
};
