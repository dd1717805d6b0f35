import type { Database } from '../db/database';
import { classificationFacet } from './classification';
import { makeIndexer, unindexDocs, type SearchSource } from './documents';

/**
 * Search documents of cached shared-catalogue entries. Sync's pull only lists the entries it wrote
 * in `search_rebuild` (as does a change of the index layout); they are indexed here, in
 * transactions of CHUNK entries so that pulls and the officer's own writes get the writer between
 * them. Derived data: no audit record.
 */

/** Entries per transaction: about a quarter of a second of work on the bench machine. */
export const CHUNK = 2_000;

const placeholders = (n: number) => new Array(n).fill('?').join(',');

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The search source of a stored body. The body was checked by the protocol's schema when it was
 * pulled; here only the fields search reads are taken, each checked for its type, so one damaged
 * row is indexed by what it still has (or not at all) instead of failing the chunk.
 */
function sourceOf(id: string, body: string): SearchSource | undefined {
  let e: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(body);
    if (!parsed || typeof parsed !== 'object') return undefined;
    e = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const c = e.classification as Record<string, unknown> | undefined;
  const classification = c && typeof c === 'object' && typeof c.category === 'string' ? classificationFacet({ classification: { category: c.category, item: typeof c.item === 'string' ? c.item : undefined } }) : undefined;
  const items = Array.isArray(e.items) ? (e.items as unknown[]) : [];
  return {
    scope: 'shared',
    entityId: id,
    code: text(e.code),
    name: text(e.name),
    provider: text(e.provider),
    summary: text(e.summary),
    shareType: text(e.shareType),
    formatClass: text(e.formatClass),
    classification: classification ?? '',
    state: 'published',
    itemNames: items.map((i) => text((i as Record<string, unknown> | null)?.name)).filter(Boolean),
  };
}

/** How many shared entries wait for their search documents, counted up to `cap`. */
export async function pendingShared(db: Pick<Database, 'get'>, cap: number): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM search_rebuild LIMIT ?)', [cap]);
  return row?.n ?? 0;
}

/**
 * Indexes up to `max` listed entries (all by default), CHUNK per transaction; returns how many
 * were taken off the list. An entry removed meanwhile is only unlisted.
 */
export async function indexPendingShared(db: Database, max = Number.POSITIVE_INFINITY): Promise<number> {
  // Checked on the reader first: a write transaction with nothing to do would still count as a
  // write (and make the next close back up the workspace).
  if (!(await pendingShared(db, 1))) return 0;
  let done = 0;
  const indexDocs = makeIndexer();
  while (done < max) {
    const want = Math.min(CHUNK, max - done);
    const n = await db.transaction(async (tx) => {
      const ids = (await tx.all<{ entity_id: string }>('SELECT entity_id FROM search_rebuild LIMIT ?', [want])).map((r) => r.entity_id);
      if (ids.length === 0) return 0;
      await unindexDocs(tx, 'shared', ids);
      const list = placeholders(ids.length);
      const rows = await tx.all<{ id: string; body: string }>(`SELECT id, body FROM shared_catalogue_entries WHERE id IN (${list})`, ids);
      await indexDocs(tx, rows.flatMap((r) => sourceOf(r.id, r.body) ?? []));
      await tx.run(`DELETE FROM search_rebuild WHERE entity_id IN (${list})`, ids);
      return ids.length;
    });
    done += n;
    if (n < want) break;
  }
  return done;
}

/**
 * Shared entries a reader indexes itself before answering (about a second of work). Past that —
 * right after a large first pull — it answers from the index as it is and the background indexer
 * catches up.
 */
export const FLUSH_MAX = 5_000;

/** Indexes the pending entries if they are few; returns how many still wait (0: the index is whole). */
export async function catchUpShared(db: Database): Promise<number> {
  const pending = await pendingShared(db, FLUSH_MAX + 1);
  if (pending > FLUSH_MAX) return pendingShared(db, Number.MAX_SAFE_INTEGER);
  if (pending) await indexPendingShared(db);
  return 0;
}
