import { sharedEntrySchema, type SharedEntry } from '@shared/domain/shared-entry';
import { valuesPlaceholders, type SqlValue } from '../db/connection';
import { insertJsonRows, pipeline, rowsJson, valuesJson } from '../db/bulk';
import type { Reader, Tx } from '../db/database';
import { sliceTurn } from '../db/slices';
import { classificationText, ID_CHUNK, unindexDocs, unindexScope } from '../search/public';

/**
 * The local cache of the platform's shared catalogue. Sync's pull calls these inside its own
 * transaction (the page and the new cursor commit together). Search documents are not built
 * there: segmentation, pinyin and two FTS indexes cost three times the rows themselves, so a page
 * only lists its entries in `search_rebuild`, in the same transaction (a crash loses no entry to
 * index), and search indexes them afterwards (electron/core/search/shared-index.ts).
 */

const ENTRY_COLUMNS = [
  'id',
  'revision',
  'code',
  'name',
  'provider',
  'provider_code',
  'department_code',
  'summary',
  'format_class',
  'format_type',
  'share_type',
  'open_type',
  'update_cycle',
  'classification',
  'published_at',
  'body',
  'kind',
];
const ITEM_COLUMNS = ['entry_id', 'position', 'name', 'name_en', 'type', 'length'];
/**
 * Entries a batch writes: a pull page's worth (the protocol's largest page), in two statements,
 * its entries and its items. One statement per row was several times slower than batches of 500;
 * with the rows built ahead (`prepareSharedEntries`), batches of a page leave SQLite fewer waits
 * for the main thread between statements (each statement is two round trips through it).
 */
const ENTRY_BATCH = 5000;
/** Entries bound column by column (17 values each) in one statement, within SQLite's 32,766 variables. */
const COLUMN_BATCH = 500;

export interface ApplyResult {
  /** Entries new to the cache. */
  inserted: number;
  /** Entries replaced by a higher revision. */
  updated: number;
  /** Entries already cached at this revision or a newer one (replayed or reordered pages). */
  skipped: number;
}

const placeholders = (n: number) => new Array(n).fill('?').join(',');

function entryRow(e: SharedEntry, body: string): SqlValue[] {
  return [
    e.id,
    e.revision,
    e.code,
    e.name,
    e.provider,
    e.providerCode ?? null,
    e.departmentCode,
    e.summary,
    e.formatClass,
    e.formatType,
    e.shareType,
    e.openType,
    e.updateCycle,
    classificationText(e) ?? null,
    e.publishedAt,
    body,
    e.kind,
  ];
}

/** How SQLite reads each entry column from the bound body (`b`) and classification (`c`). */
const ENTRY_FROM_BODY: Record<string, string> = {
  id: "b->>'id'",
  revision: "b->>'revision'",
  code: "b->>'code'",
  name: "b->>'name'",
  provider: "b->>'provider'",
  provider_code: "b->>'providerCode'",
  department_code: "b->>'departmentCode'",
  summary: "b->>'summary'",
  format_class: "b->>'formatClass'",
  format_type: "b->>'formatType'",
  share_type: "b->>'shareType'",
  open_type: "b->>'openType'",
  update_cycle: "b->>'updateCycle'",
  classification: 'c',
  published_at: "b->>'publishedAt'",
  body: 'b',
  kind: "b->>'kind'",
};
const ENTRY_SELECT = ENTRY_COLUMNS.map((c) => ENTRY_FROM_BODY[c]).join(',');
/**
 * A replaced entry is updated where it is (its rowid, its place in every index) rather than
 * deleted and inserted again: on a cache of a province's size each moved row dirtied pages all
 * over the table and its indexes, which the commit then wrote.
 */
const ENTRY_UPSERT = `ON CONFLICT (id) DO UPDATE SET ${ENTRY_COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`;

/** Lone UTF-16 surrogates, written by JSON.stringify as escapes: a bound string and SQLite's JSON decode them differently. */
const LONE_SURROGATE_ESCAPE = /\\ud[89a-f]/i;

/**
 * What an entry's rows need that depends on the entry alone: its body (the entry's JSON) and
 * classification, or all its columns when its texts hold a lone surrogate, and its data items'
 * rows as JSON array elements ('' when it has none).
 */
interface EntryWrite {
  pair?: [string | null, string];
  columns?: SqlValue[];
  items: string;
}

function entryWrite(e: SharedEntry): EntryWrite {
  const body = JSON.stringify(e);
  const items = e.items.length ? rowsJson(e.items.map((i, n) => [e.id, n + 1, i.name, i.nameEn ?? null, i.type, i.length ?? null])).slice(1, -1) : '';
  return LONE_SURROGATE_ESCAPE.test(body) ? { columns: entryRow(e, body), items } : { pair: [classificationText(e) ?? null, body], items };
}

/** Writes built ahead by `prepareSharedEntries`, each taken once by the write of its entry. */
const prepared = new WeakMap<SharedEntry, EntryWrite>();
/** Entries prepared between two turns of the event loop (about 2 ms of the main thread). */
const PREPARE_SLICE = 250;

function takeWrite(e: SharedEntry): EntryWrite {
  const w = prepared.get(e);
  if (!w) return entryWrite(e);
  prepared.delete(e);
  return w;
}

/**
 * Builds the rows of entries about to be applied (their JSON, their items' JSON) ahead of their
 * transaction: the pull calls it for the next page as soon as that page arrives, so the main
 * thread builds it while SQLite writes the current page, rather than the two taking turns. The
 * event loop turns every few hundred entries, so the statements in flight are answered meanwhile.
 * Needs no database; the entries must not change before they are applied.
 */
export async function prepareSharedEntries(entries: readonly SharedEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i++) {
    const turn = sliceTurn(i, PREPARE_SLICE);
    if (turn) await turn;
    const e = entries[i]!;
    if (!prepared.has(e)) prepared.set(e, entryWrite(e));
  }
}

/**
 * A batch's entry and item rows (built ahead, or here), as two statements to run in turn. Bound
 * column by column, 500 entries were 8,500 values for the main thread to convert; bound as
 * (classification, body), SQLite reads the other columns out of the body on its own thread. An
 * entry whose texts hold a lone surrogate goes column by column, as every column did before.
 * Data items go as one json_each parameter rather than 12,000 bound values.
 */
function batchWrites(tx: Tx, batch: readonly SharedEntry[], sameItems: ReadonlySet<string>): [() => Promise<void>, () => Promise<void>] {
  const pairs: SqlValue[] = [];
  const byColumn: SqlValue[][] = [];
  const items: string[] = [];
  for (const e of batch) {
    const w = takeWrite(e);
    if (w.pair) pairs.push(w.pair[0], w.pair[1]);
    else byColumn.push(w.columns!);
    if (w.items && !sameItems.has(e.id)) items.push(w.items);
  }
  const entries = async () => {
    if (pairs.length) {
      // `WHERE true`: SQLite's grammar needs it between a SELECT and ON CONFLICT.
      await tx.run(`INSERT INTO shared_catalogue_entries (${ENTRY_COLUMNS.join(',')}) SELECT ${ENTRY_SELECT} FROM (SELECT column1 AS c, column2 AS b FROM (VALUES ${valuesPlaceholders(pairs.length / 2, 2)})) WHERE true ${ENTRY_UPSERT}`, pairs);
    }
    for (let start = 0; start < byColumn.length; start += COLUMN_BATCH) {
      const chunk = byColumn.slice(start, start + COLUMN_BATCH);
      await tx.run(`INSERT INTO shared_catalogue_entries (${ENTRY_COLUMNS.join(',')}) VALUES ${valuesPlaceholders(chunk.length, ENTRY_COLUMNS.length)} ${ENTRY_UPSERT}`, chunk.flat());
    }
  };
  const json = items.length ? `[${items.join(',')}]` : '';
  const itemRows = async () => {
    if (json) await insertJsonRows(tx, 'shared_catalogue_items', ITEM_COLUMNS, json);
  };
  return [entries, itemRows];
}

async function deleteEntries(tx: Tx, ids: readonly string[]): Promise<number> {
  let removed = 0;
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    const chunk = ids.slice(start, start + ID_CHUNK);
    await tx.run(`DELETE FROM shared_catalogue_items WHERE entry_id IN (${placeholders(chunk.length)})`, chunk);
    removed += (await tx.run(`DELETE FROM shared_catalogue_entries WHERE id IN (${placeholders(chunk.length)})`, chunk)).changes;
    await tx.run(`DELETE FROM search_rebuild WHERE entity_id IN (${placeholders(chunk.length)})`, chunk);
  }
  await unindexDocs(tx, 'shared', ids);
  return removed;
}

/** The entries among `entries` (all cached) whose cached data items are the ones they carry. */
async function unchangedItems(tx: Tx, entries: readonly SharedEntry[]): Promise<Set<string>> {
  const same = new Set<string>();
  for (let start = 0; start < entries.length; start += ID_CHUNK) {
    const chunk = entries.slice(start, start + ID_CHUNK);
    // The cached body's items as SQLite writes them: a body JSON.stringify wrote comes back in the
    // same text; anything else compares unequal, and the items are written again.
    const rows = await tx.all<{ id: string; items: string | null }>(
      `SELECT id, body->'items' AS items FROM shared_catalogue_entries WHERE id IN (${placeholders(chunk.length)})`,
      chunk.map((e) => e.id),
    );
    const stored = new Map(rows.map((r) => [r.id, r.items]));
    for (const e of chunk) if (stored.get(e.id) === JSON.stringify(e.items)) same.add(e.id);
  }
  return same;
}

/**
 * Upserts a batch of published entries with their items, and lists them for search indexing. An
 * entry replaces the cached one only when its revision is higher, so applying a page twice
 * changes nothing. A replaced entry's old search document goes at once. `known`: the cached
 * revision of each of these entries that is cached, read by the caller in the same transaction.
 */
export async function applySharedEntries(tx: Tx, entries: readonly SharedEntry[], known?: ReadonlyMap<string, number>): Promise<ApplyResult> {
  const latest = new Map<string, SharedEntry>();
  for (const e of entries) {
    const seen = latest.get(e.id);
    if (!seen || seen.revision < e.revision) latest.set(e.id, e);
  }
  const ids = [...latest.keys()];
  const cached = new Map<string, number>(known);
  // The caller may already have read the cached revisions of these entries in this transaction.
  for (let start = 0; !known && start < ids.length; start += ID_CHUNK) {
    const chunk = ids.slice(start, start + ID_CHUNK);
    const rows = await tx.all<{ id: string; revision: number }>(
      `SELECT id, revision FROM shared_catalogue_entries WHERE id IN (${placeholders(chunk.length)})`,
      chunk,
    );
    for (const r of rows) cached.set(r.id, r.revision);
  }
  const fresh: SharedEntry[] = [];
  const replaced: string[] = [];
  for (const e of latest.values()) {
    const revision = cached.get(e.id);
    if (revision === undefined) fresh.push(e);
    else if (revision < e.revision) {
      fresh.push(e);
      replaced.push(e.id);
    }
  }
  // A replaced entry keeps its data items when they are the same (a renamed entry): only changed
  // ones are written again. Its old search document goes at once; the entry is listed again below.
  const sameItems = replaced.length ? await unchangedItems(tx, replaced.map((id) => latest.get(id)!)) : new Set<string>();
  if (replaced.length) {
    const changedItems = replaced.filter((id) => !sameItems.has(id));
    for (let start = 0; start < changedItems.length; start += ID_CHUNK) {
      const chunk = changedItems.slice(start, start + ID_CHUNK);
      await tx.run(`DELETE FROM shared_catalogue_items WHERE entry_id IN (${placeholders(chunk.length)})`, chunk);
    }
    await unindexDocs(tx, 'shared', replaced);
  }
  // The next batch's rows are built (or taken, built ahead) while SQLite inserts the previous one.
  const writes = pipeline();
  try {
    for (let start = 0; start < fresh.length; start += ENTRY_BATCH) {
      const [entryRows, itemRows] = batchWrites(tx, fresh.slice(start, start + ENTRY_BATCH), sameItems);
      await writes.send(entryRows);
      await writes.send(itemRows);
    }
  } finally {
    await writes.settle();
  }
  await writes.drain();
  if (fresh.length) await tx.run('INSERT OR IGNORE INTO search_rebuild (entity_id) SELECT value FROM json_each(?)', [valuesJson(fresh.map((e) => e.id))]);
  return { inserted: fresh.length - replaced.length, updated: replaced.length, skipped: entries.length - fresh.length };
}

/** Removes entries that left the shared catalogue (retired on the platform); returns how many were cached. */
export function removeSharedEntries(tx: Tx, ids: readonly string[]): Promise<number> {
  return deleteEntries(tx, [...new Set(ids)]);
}

/** Empties the cache, before a full resync. */
export async function clearSharedEntries(tx: Tx): Promise<void> {
  await tx.run('DELETE FROM shared_catalogue_items');
  await tx.run('DELETE FROM shared_catalogue_entries');
  await tx.run('DELETE FROM search_rebuild');
  await unindexScope(tx, 'shared');
}


export async function countSharedEntries(db: Reader): Promise<{ entries: number; items: number }> {
  const row = await db.get<{ entries: number; items: number }>(
    'SELECT (SELECT count(*) FROM shared_catalogue_entries) AS entries, (SELECT count(*) FROM shared_catalogue_items) AS items',
  );
  return { entries: row?.entries ?? 0, items: row?.items ?? 0 };
}

/** The cached entry as the platform published it, or undefined. */
export async function getSharedEntry(db: Reader, id: string): Promise<SharedEntry | undefined> {
  const row = await db.get<{ body: string }>('SELECT body FROM shared_catalogue_entries WHERE id = ?', [id]);
  if (!row) return undefined;
  const parsed = sharedEntrySchema.safeParse(JSON.parse(row.body));
  return parsed.success ? parsed.data : undefined;
}
