import type { Entry } from '@shared/domain/entry';
import { AppError } from '@shared/ipc/errors';
import type { Reader } from '../db/database';
import { entryFromRow, summaryFromRow, type EntryRow, type ItemRow, type SummaryRow } from './rows';


export async function getEntry(db: Reader, id: string): Promise<Entry> {
  const row = await db.get<EntryRow>('SELECT * FROM catalogue_entries WHERE id = ?', [id]);
  if (!row) throw new AppError('NOT_FOUND');
  const items = await db.all<ItemRow>('SELECT * FROM data_items WHERE entry_id = ? ORDER BY position', [id]);
  return entryFromRow(row, items);
}

/** Every entry with its items, in code order: for catalogue-wide checks. */
export async function allEntries(db: Reader): Promise<Entry[]> {
  const rows = await db.all<EntryRow>('SELECT * FROM catalogue_entries ORDER BY code');
  const items = await db.all<ItemRow & { entry_id: string }>('SELECT * FROM data_items ORDER BY entry_id, position');
  const byEntry = new Map<string, ItemRow[]>();
  for (const i of items) {
    const list = byEntry.get(i.entry_id) ?? [];
    list.push(i);
    byEntry.set(i.entry_id, list);
  }
  return rows.map((r) => entryFromRow(r, byEntry.get(r.id) ?? []));
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
