import type { Database, Tx } from '../db/database';
import { ID_CHUNK, makeIndexer, unindexDocs, type SearchSource } from './documents';

/**
 * Brings the search documents of own entries up to date with the entries listed in
 * `search_pending` (filled by triggers in the catalogue's own transactions). Index maintenance is
 * derived data, not a user action: it has no audit record of its own.
 */

interface OwnRow {
  id: string;
  code: string;
  name: string;
  provider: string;
  summary: string;
  share_type: string;
  format_class: string;
  state: string;
  /** Present once the full catalogue model's columns exist. */
  class_category?: string | null;
  class_item?: string | null;
}

const placeholders = (n: number) => new Array(n).fill('?').join(',');

async function reindex(tx: Tx, ids: readonly string[], indexDocs: ReturnType<typeof makeIndexer>): Promise<void> {
  await unindexDocs(tx, 'own', ids);
  const rows = await tx.all<OwnRow>(`SELECT * FROM catalogue_entries WHERE id IN (${placeholders(ids.length)})`, ids);
  if (rows.length === 0) return;
  const items = await tx.all<{ entry_id: string; name: string }>(
    `SELECT entry_id, name FROM data_items WHERE entry_id IN (${placeholders(rows.length)}) ORDER BY entry_id, position`,
    rows.map((r) => r.id),
  );
  const names = new Map<string, string[]>();
  for (const i of items) {
    const list = names.get(i.entry_id);
    if (list) list.push(i.name);
    else names.set(i.entry_id, [i.name]);
  }
  const sources: SearchSource[] = rows.map((r) => ({
    scope: 'own',
    entityId: r.id,
    code: r.code,
    name: r.name,
    provider: r.provider,
    summary: r.summary,
    shareType: r.share_type,
    formatClass: r.format_class,
    classification: r.class_category ? `${r.class_category}${r.class_item ?? ''}` : '',
    state: r.state,
    itemNames: names.get(r.id) ?? [],
  }));
  await indexDocs(tx, sources);
}

/** Returns how many entries were re-indexed (0 when nothing was pending: no write at all). */
export async function refreshOwnIndex(db: Database): Promise<number> {
  const any = await db.get('SELECT 1 AS one FROM search_pending LIMIT 1');
  if (!any) return 0;
  return db.transaction(async (tx) => {
    const pending = (await tx.all<{ entity_id: string }>('SELECT entity_id FROM search_pending')).map((r) => r.entity_id);
    const indexDocs = makeIndexer();
    for (let start = 0; start < pending.length; start += ID_CHUNK) {
      const chunk = pending.slice(start, start + ID_CHUNK);
      await reindex(tx, chunk, indexDocs);
      await tx.run(`DELETE FROM search_pending WHERE entity_id IN (${placeholders(chunk.length)})`, chunk);
    }
    return pending.length;
  });
}
