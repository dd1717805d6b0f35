import type { ResourceKind } from '@shared/domain/enums';
import type { SharedRow } from '@shared/ipc/channels/search';
import type { Database } from '../db/database';

interface Row {
  id: string;
  code: string;
  name: string;
  provider: string;
  share_type: SharedRow['shareType'];
  format_class: SharedRow['formatClass'];
  format_type: string;
  update_cycle: SharedRow['updateCycle'];
  published_at: string;
  item_count: number;
  kind: ResourceKind;
}

/**
 * A page of the cached shared catalogue, newest publications first, with each entry's item count;
 * `kinds` keeps only entries of those resource kinds (data, applications, cloud…).
 */
export async function listSharedEntries(
  db: Pick<Database, 'get' | 'all'>,
  offset: number,
  limit: number,
  kinds?: readonly ResourceKind[],
): Promise<{ total: number; rows: SharedRow[] }> {
  const where = kinds?.length ? `WHERE e.kind IN (${kinds.map(() => '?').join(',')})` : '';
  const params = kinds?.length ? [...kinds] : [];
  const total = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM shared_catalogue_entries e ${where}`, params))?.n ?? 0;
  const rows = await db.all<Row>(
    `SELECT e.id, e.code, e.name, e.provider, e.share_type, e.format_class, e.format_type, e.update_cycle, e.published_at, e.kind,
            (SELECT count(*) FROM shared_catalogue_items i WHERE i.entry_id = e.id) AS item_count
       FROM shared_catalogue_entries e
      ${where}
      ORDER BY e.published_at DESC, e.id
      LIMIT ? OFFSET ?`,
    [...params, limit, offset],
  );
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      provider: r.provider,
      shareType: r.share_type,
      formatClass: r.format_class,
      formatType: r.format_type,
      updateCycle: r.update_cycle,
      publishedAt: r.published_at,
      itemCount: r.item_count,
      kind: r.kind,
    })),
  };
}
