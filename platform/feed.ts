import type { Change } from '@shared/protocol/index';
import type { Db, Tx } from './db/sqlite';

/** Everyone's audience: the shared catalogue, calendar and profile changes. */
export const ALL = '*';

/**
 * Appends a change for `audience` (a department code or ALL). A change of the same `key` replaces
 * the older one (log compaction): each change carries the whole current state of its thing.
 */
export async function appendChange(tx: Tx, audience: string, key: string, change: Change, now: string): Promise<void> {
  await tx.run('INSERT OR REPLACE INTO feed (audience, key, kind, body, created_at) VALUES (?, ?, ?, ?, ?)', [
    audience,
    key,
    change.kind,
    JSON.stringify(change),
    now,
  ]);
}

export interface FeedPage {
  /** The changes as stored UTF-8 JSON, in seq order: joined as bytes, never decoded or re-encoded. */
  bodies: Buffer[];
  nextCursor: string;
  hasMore: boolean;
  resyncRequired: boolean;
}

const TOP = "(SELECT seq FROM sqlite_sequence WHERE name = 'feed')";

/** One page of the feed after `cursor` for a department: its own changes and everyone's. */
export async function readPage(db: Db, department: string, cursor: number, limit: number): Promise<FeedPage> {
  // Every seq up to `issued` was committed (or rolled back) before the page is read: the writer is
  // serial and sqlite_sequence moves in the same transaction as the row.
  const issued = (await db.get<{ top: number | null }>(`SELECT ${TOP} AS top`))?.top ?? 0;
  // One statement, so one snapshot: two reads could miss a row committed between them. The unary
  // `+` keeps SQLite on the rowid (seq) range, so rows come in seq order without a sort.
  const rows = await db.all<{ seq: number; body: Buffer }>(
    'SELECT seq, CAST(body AS BLOB) AS body FROM feed WHERE seq > ? AND +audience IN (?, ?) ORDER BY seq LIMIT ?',
    [cursor, ALL, department, limit + 1],
  );
  const bounds = await db.get<{ floor: string | null; top: number | null }>(
    `SELECT (SELECT value FROM meta WHERE key = 'feed_floor') AS floor, ${TOP} AS top`,
  );
  const floor = Number(bounds?.floor ?? 0);
  const top = bounds?.top ?? 0;
  // Read after the page, so a compaction that committed before the page was read is seen here.
  // A cursor below the retained feed missed compacted removals; one above the top comes from
  // another (reset) platform database. Either way the client's cache cannot be trusted.
  if (cursor > 0 && (cursor < floor || cursor > top)) return { bodies: [], nextCursor: '0', hasMore: false, resyncRequired: true };
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1]?.seq ?? cursor;
  // At the end of the feed the cursor moves up to everything issued, past other departments' rows
  // and dropped removal markers: a full pull must not end below the retention floor.
  const next = hasMore ? last : Math.max(last, issued, cursor);
  return { bodies: page.map((r) => r.body), nextCursor: String(next), hasMore, resyncRequired: false };
}

/**
 * Drops removal markers (tombstones) older than the retention: every other row is the current
 * state of its thing and stays. Clients whose cursor is older than a dropped marker must resync.
 */
export async function compactFeed(db: Db, olderThan: string): Promise<number> {
  return db.transaction(async (tx) => {
    const dropped = await tx.get<{ top: number | null; n: number }>(
      "SELECT max(seq) AS top, count(*) AS n FROM feed WHERE kind = 'sharedEntry.remove' AND created_at < ?",
      [olderThan],
    );
    if (!dropped?.n) return 0;
    await tx.run("DELETE FROM feed WHERE kind = 'sharedEntry.remove' AND created_at < ?", [olderThan]);
    await tx.run(
      "INSERT INTO meta (key, value) VALUES ('feed_floor', ?) ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
      [String(dropped.top)],
    );
    return dropped.n;
  });
}
