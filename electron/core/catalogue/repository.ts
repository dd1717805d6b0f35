import { randomUUID } from 'node:crypto';
import type { Entry, EntryValues } from '@shared/domain/entry';
import { AppError } from '@shared/ipc/errors';
import { valuesPlaceholders } from '../db/connection';
import type { Database, Tx } from '../db/database';
import {
  ENTRY_VALUE_COLUMNS,
  ITEM_COLUMNS,
  entryFromRow,
  entryValues,
  itemValues,
  summaryFromRow,
  type EntryRow,
  type ItemRow,
  type SummaryRow,
} from './rows';

/** Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters for 10 columns. */
const ITEM_BATCH = 500;

/** States in which an entry is still only local and may be deleted rather than retired. */
export const DELETABLE_STATES: readonly Entry['state'][] = ['draft', 'ready', 'returned'];

export async function insertItems(tx: Tx, entryId: string, items: EntryValues['items']): Promise<void> {
  for (let start = 0; start < items.length; start += ITEM_BATCH) {
    const batch = items.slice(start, start + ITEM_BATCH);
    const params = batch.flatMap((item, i) => itemValues(entryId, start + i + 1, item));
    await tx.run(
      `INSERT INTO data_items (${ITEM_COLUMNS.join(',')}) VALUES ${valuesPlaceholders(batch.length, ITEM_COLUMNS.length)}`,
      params,
    );
  }
}

/** 信息资源代码 for now: provider code + 6-digit 顺序码 (the classification prefix comes with the full model). */
export function renderCode(departmentCode: string, sequence: number): string {
  return `${departmentCode}/${String(sequence).padStart(6, '0')}`;
}

export async function createEntry(tx: Tx, values: EntryValues, departmentCode: string, now: string): Promise<string> {
  const id = randomUUID();
  const next = await tx.get<{ seq: number }>('SELECT coalesce(max(sequence), 0) + 1 AS seq FROM catalogue_entries');
  const sequence = next?.seq ?? 1;
  const cols = ['id', 'sequence', 'code', ...ENTRY_VALUE_COLUMNS, 'state', 'revision', 'created_at', 'updated_at'];
  await tx.run(`INSERT INTO catalogue_entries (${cols.join(',')}) VALUES ${valuesPlaceholders(1, cols.length)}`, [
    id,
    sequence,
    renderCode(departmentCode, sequence),
    ...entryValues(values),
    'draft',
    1,
    now,
    now,
  ]);
  await insertItems(tx, id, values.items);
  return id;
}

/** Replaces the entry's values if `revision` is still current; a stale revision is a conflict. */
export async function updateEntry(tx: Tx, id: string, revision: number, values: EntryValues, now: string): Promise<void> {
  const current = await tx.get<{ revision: number }>('SELECT revision FROM catalogue_entries WHERE id = ?', [id]);
  if (!current) throw new AppError('NOT_FOUND');
  if (current.revision !== revision) throw new AppError('CONFLICT', { current: current.revision, yours: revision });
  const sets = ENTRY_VALUE_COLUMNS.map((c) => `${c} = ?`).join(', ');
  await tx.run(`UPDATE catalogue_entries SET ${sets}, revision = revision + 1, updated_at = ? WHERE id = ?`, [
    ...entryValues(values),
    now,
    id,
  ]);
  await tx.run('DELETE FROM data_items WHERE entry_id = ?', [id]);
  await insertItems(tx, id, values.items);
}

export async function deleteEntry(tx: Tx, id: string, revision: number | undefined): Promise<string> {
  const current = await tx.get<{ revision: number; state: Entry['state']; name: string }>(
    'SELECT revision, state, name FROM catalogue_entries WHERE id = ?',
    [id],
  );
  if (!current) throw new AppError('NOT_FOUND');
  if (revision !== undefined && current.revision !== revision) throw new AppError('CONFLICT', { current: current.revision });
  if (!DELETABLE_STATES.includes(current.state)) throw new AppError('STATE_FORBIDS', { state: current.state });
  await tx.run('DELETE FROM catalogue_entries WHERE id = ?', [id]);
  return current.name;
}

type Reader = Pick<Database, 'get' | 'all'> | Tx;

export async function getEntry(db: Reader, id: string): Promise<Entry> {
  const row = await db.get<EntryRow>('SELECT * FROM catalogue_entries WHERE id = ?', [id]);
  if (!row) throw new AppError('NOT_FOUND');
  const items = await db.all<ItemRow>('SELECT * FROM data_items WHERE entry_id = ? ORDER BY position', [id]);
  return entryFromRow(row, items);
}

const SORT_COLUMNS = { updatedAt: 'updated_at', name: 'name', code: 'code', state: 'state' } as const;

export async function listEntries(
  db: Reader,
  q: { offset: number; limit: number; sort: keyof typeof SORT_COLUMNS; order: 'asc' | 'desc' },
) {
  const column = SORT_COLUMNS[q.sort];
  const dir = q.order === 'asc' ? 'ASC' : 'DESC';
  const [count, rows] = await Promise.all([
    db.get<{ n: number }>('SELECT count(*) AS n FROM catalogue_entries'),
    db.all<SummaryRow>(
      `SELECT id, name, code, format_class, format_type, share_type, update_cycle, state, revision, updated_at,
              (SELECT count(*) FROM data_items d WHERE d.entry_id = e.id) AS item_count
         FROM catalogue_entries e ORDER BY ${column} ${dir}, id ${dir} LIMIT ? OFFSET ?`,
      [q.limit, q.offset],
    ),
  ]);
  return { total: count?.n ?? 0, rows: rows.map(summaryFromRow) };
}
