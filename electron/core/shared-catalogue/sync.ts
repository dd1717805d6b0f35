import type { ChangeOf, SharedEntry } from '@shared/protocol/index';
import { valuesJson } from '../db/bulk';
import type { Tx } from '../db/database';
import { MassDelete } from '../sync/public';
import type { ApplyMeta, ChangeRegistration, SyncRegistration } from '../sync/public';
import { applySharedEntries, countSharedEntries, prepareSharedEntries, removeSharedEntries } from './repository';

/** A removal of more than half of the cache, and at least this many entries, needs the officer's word. */
export const MASS_DELETE_MIN = 10;
const ID_CHUNK = 500;

type SharedChange = ChangeOf<'sharedEntry.upsert'> | ChangeOf<'sharedEntry.remove'>;

async function checkMassDelete(tx: Tx, removing: number, confirmed: boolean): Promise<void> {
  if (confirmed || removing < MASS_DELETE_MIN) return;
  const { entries: cached } = await countSharedEntries(tx);
  if (removing * 2 > cached) throw new MassDelete(removing, cached);
}

/** One statement for a page's ids: each statement waits twice for the main thread, which may be building the next page. */
async function cachedRevisions(tx: Tx, table: string, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!ids.length) return out;
  const rows = await tx.all<{ id: string; revision: number }>(`SELECT id, revision FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`, [valuesJson(ids)]);
  for (const r of rows) out.set(r.id, r.revision);
  return out;
}

async function applyShared(tx: Tx, changes: (ChangeOf<'sharedEntry.upsert'> | ChangeOf<'sharedEntry.remove'>)[], opts: Pick<ApplyMeta, 'resync' | 'confirmed'>): Promise<void> {
  if (!changes.length) return;
  const ids = changes.map((c) => (c.kind === 'sharedEntry.upsert' ? c.entry.id : c.entryId));
  const cached = await cachedRevisions(tx, 'shared_catalogue_entries', ids);
  const removed = await cachedRevisions(tx, 'sync_shared_removed', ids);
  const upserts: SharedEntry[] = [];
  const removes: ChangeOf<'sharedEntry.remove'>[] = [];
  const stale: string[] = [];
  for (const c of changes) {
    if (c.kind === 'sharedEntry.upsert') {
      const gone = removed.get(c.entry.id);
      if (gone !== undefined && gone >= c.entry.revision && !opts.resync) continue;
      const have = cached.get(c.entry.id);
      // In a resync the platform's word is the truth, even at a lower revision (a reset platform).
      if (opts.resync && have !== undefined && have > c.entry.revision) stale.push(c.entry.id);
      upserts.push(c.entry);
    } else {
      const have = cached.get(c.entryId);
      if (have === undefined || have < c.revision) removes.push(c);
    }
  }
  const removing = removes.filter((c) => cached.has(c.entryId)).length;
  await checkMassDelete(tx, removing, opts.confirmed);
  if (stale.length) await removeSharedEntries(tx, stale);
  if (upserts.length) {
    // Entries removed by a stale upsert above are no longer cached.
    for (const id of stale) cached.delete(id);
    await applySharedEntries(tx, upserts, cached);
    // Only ids the table holds: a first pull would otherwise run a DELETE per 500 entries for nothing.
    await deleteIds(tx, 'sync_shared_removed', upserts.filter((e) => removed.has(e.id)).map((e) => e.id));
  }
  if (removes.length) {
    await removeSharedEntries(tx, removes.map((c) => c.entryId));
    for (const c of removes) {
      await tx.run('INSERT INTO sync_shared_removed (id, revision) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET revision = max(revision, excluded.revision)', [c.entryId, c.revision]);
    }
  }
  if (opts.resync && upserts.length) {
    await tx.run('INSERT OR IGNORE INTO sync_resync_seen (id) SELECT value FROM json_each(?)', [valuesJson(upserts.map((e) => e.id))]);
  }
}

async function deleteIds(tx: Tx, table: string, ids: string[]): Promise<void> {
  for (let s = 0; s < ids.length; s += ID_CHUNK) {
    const chunk = ids.slice(s, s + ID_CHUNK);
    await tx.run(`DELETE FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk);
  }
}

/** The end of a full resync: cached entries the platform no longer has are removed (fail-safe first). */
async function finishResync(tx: Tx, confirmed: boolean): Promise<number> {
  const gone = await tx.all<{ id: string }>('SELECT id FROM shared_catalogue_entries WHERE id NOT IN (SELECT id FROM sync_resync_seen)');
  await checkMassDelete(tx, gone.length, confirmed);
  if (gone.length) await removeSharedEntries(tx, gone.map((r) => r.id));
  await tx.run('DELETE FROM sync_resync_seen');
  return gone.length;
}

/**
 * The shared catalogue cache: every department receives the entries published into it. A page's
 * changes are applied together, the latest revision per entry winning, so a replayed or reordered
 * page changes nothing; a removal of most of the cache stops the page (`SYNC_MASS_DELETE`).
 */
async function applySharedPage(tx: Tx, changes: readonly SharedChange[], meta: ApplyMeta): Promise<void> {
  const latest = new Map<string, SharedChange>();
  const revisionOf = (c: SharedChange) => (c.kind === 'sharedEntry.upsert' ? c.entry.revision : c.revision);
  for (const c of changes) {
    const id = c.kind === 'sharedEntry.upsert' ? c.entry.id : c.entryId;
    const seen = latest.get(id);
    if (!seen || revisionOf(seen) < revisionOf(c)) latest.set(id, c);
  }
  await applyShared(tx, [...latest.values()], meta);
  meta.changed({ entity: 'sharedCatalogue', action: 'sync' });
}

/**
 * Upserts and removals share one page applier: the latest of either per entry wins. The entries'
 * rows are built as soon as their page arrives (`prepareSharedEntries`).
 */
const sharedPage: ChangeRegistration<'sharedEntry.upsert' | 'sharedEntry.remove'> = {
  applyPage: (tx: Tx, changes: readonly SharedChange[], meta: ApplyMeta) => applySharedPage(tx, changes, meta),
  prepare: (changes: readonly SharedChange[]) => prepareSharedEntries(changes.flatMap((c) => (c.kind === 'sharedEntry.upsert' ? [c.entry] : []))),
};

export const sharedCatalogueSync: SyncRegistration = {
  changes: { 'sharedEntry.upsert': sharedPage, 'sharedEntry.remove': sharedPage },
  resync: {
    async start(tx) {
      await tx.run('DELETE FROM sync_resync_seen');
      await tx.run('DELETE FROM sync_shared_removed');
    },
    finish: (tx, { confirmed }) => finishResync(tx, confirmed),
  },
};
