import { OpRejection } from '../errors';
import { getEntry } from './catalogue';
import { accepted, conflict, type OpHandler } from './types';

/** 零更新: nothing changed in this cycle of one of my published entries. */
export const reportZeroUpdate: OpHandler<'zeroUpdate.report'> = async (ctx, op) => {
  const { tx, department, now } = ctx;
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
  if (!entry.published_at) throw new OpRejection('STATE_FORBIDS', { state: entry.state });
  await tx.run('INSERT INTO zero_updates (id, department_code, entry_id, period, note, reported_at) VALUES (?, ?, ?, ?, ?, ?)', [
    op.entityId,
    department.code,
    entry.id,
    op.payload.period,
    op.payload.note ?? null,
    now,
  ]);
  return accepted(1);
};
