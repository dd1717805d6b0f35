import { createHash } from 'node:crypto';
import type { Change, ChangeOf, ReviewResult, SharedEntry } from '@shared/protocol/index';
import { AppError } from '@shared/ipc/errors';
import type { Tx } from '../db/database';
import { applySharedEntries, countSharedEntries, removeSharedEntries } from '../shared-catalogue/repository';
import { getEntry } from '../catalogue/read';
import { applyReviewResult } from '../catalogue/states';
import { ENTRY } from './kinds/catalogue';
import { hasPendingOp, platformRevision } from './outbox';

/** A removal of more than half of the cache, and at least this many entries, needs the officer's word. */
export const MASS_DELETE_MIN = 10;
const ID_CHUNK = 500;

export interface PageOptions {
  at: string;
  actor: string;
  /** A full resync is running: remember every entry seen, and let a resent lower revision replace a cached one. */
  resync: boolean;
  /** The officer confirmed a mass removal. */
  confirmed: boolean;
}

export interface PageResult {
  applied: number;
  /** Local entries whose state changed (the renderer refetches them). */
  entries: string[];
}

/** Thrown (rolling the page back) when the fail-safe stops a page or a resync's end. */
export class MassDelete extends AppError {
  constructor(readonly removing: number, readonly cached: number) {
    super('SYNC_MASS_DELETE', { removing, cached });
  }
}

export async function checkMassDelete(tx: Tx, removing: number, confirmed: boolean): Promise<void> {
  if (confirmed || removing < MASS_DELETE_MIN) return;
  const { entries: cached } = await countSharedEntries(tx);
  if (removing * 2 > cached) throw new MassDelete(removing, cached);
}

async function cachedRevisions(tx: Tx, table: string, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let s = 0; s < ids.length; s += ID_CHUNK) {
    const chunk = ids.slice(s, s + ID_CHUNK);
    const rows = await tx.all<{ id: string; revision: number }>(`SELECT id, revision FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk);
    for (const r of rows) out.set(r.id, r.revision);
  }
  return out;
}

/**
 * Applies one pulled page inside the caller's transaction (which also stores the new cursor).
 * Every change carries the whole current state of its thing with the platform's revision, so
 * the latest revision per thing wins and a replayed or reordered page changes nothing.
 */
export async function applyPage(tx: Tx, changes: Change[], opts: PageOptions): Promise<PageResult> {
  const latest = new Map<string, ChangeOf<'sharedEntry.upsert'> | ChangeOf<'sharedEntry.remove'>>();
  const revisionOf = (c: ChangeOf<'sharedEntry.upsert'> | ChangeOf<'sharedEntry.remove'>) => (c.kind === 'sharedEntry.upsert' ? c.entry.revision : c.revision);
  const reviews = new Map<string, ReviewResult>();
  const inbox: Change[] = [];
  for (const c of changes) {
    if (c.kind === 'sharedEntry.upsert' || c.kind === 'sharedEntry.remove') {
      const id = c.kind === 'sharedEntry.upsert' ? c.entry.id : c.entryId;
      const seen = latest.get(id);
      if (!seen || revisionOf(seen) < revisionOf(c)) latest.set(id, c);
    } else if (c.kind === 'review.result') {
      const seen = reviews.get(c.review.entryId);
      if (!seen || seen.revision < c.review.revision || (seen.revision === c.review.revision && seen.reviewedAt < c.review.reviewedAt)) reviews.set(c.review.entryId, c.review);
    } else inbox.push(c);
  }
  await applyShared(tx, [...latest.values()], opts);
  const entries: string[] = [];
  for (const review of reviews.values()) if (await applyReview(tx, review, opts)) entries.push(review.entryId);
  for (const c of inbox) {
    const body = JSON.stringify(c);
    const key = `${c.kind}:${createHash('sha256').update(body).digest('hex')}`;
    await tx.run('INSERT OR IGNORE INTO sync_inbox (kind, key, body, received_at) VALUES (?, ?, ?, ?)', [c.kind, key, body, opts.at]);
  }
  return { applied: changes.length, entries };
}

async function applyShared(tx: Tx, changes: (ChangeOf<'sharedEntry.upsert'> | ChangeOf<'sharedEntry.remove'>)[], opts: PageOptions): Promise<void> {
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
    for (let s = 0; s < upserts.length; s += ID_CHUNK) {
      const chunk = upserts.slice(s, s + ID_CHUNK);
      await tx.run(`INSERT OR IGNORE INTO sync_resync_seen (id) VALUES ${chunk.map(() => '(?)').join(',')}`, chunk.map((e) => e.id));
    }
  }
}

async function deleteIds(tx: Tx, table: string, ids: string[]): Promise<void> {
  for (let s = 0; s < ids.length; s += ID_CHUNK) {
    const chunk = ids.slice(s, s + ID_CHUNK);
    await tx.run(`DELETE FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk);
  }
}

/**
 * A review result of one of my entries: kept with its field comments (the latest per entry), and
 * the entry moves to `published` or `returned` when it is still the submission that was reviewed.
 */
async function applyReview(tx: Tx, review: ReviewResult, opts: PageOptions): Promise<boolean> {
  const stored = await tx.get<{ revision: number; body: string }>('SELECT revision, body FROM sync_reviews WHERE entry_id = ?', [review.entryId]);
  if (stored) {
    const prev = JSON.parse(stored.body) as ReviewResult;
    if (prev.revision > review.revision || (prev.revision === review.revision && prev.reviewedAt >= review.reviewedAt)) return false;
  }
  await tx.run(
    'INSERT INTO sync_reviews (entry_id, revision, result, body, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET revision = excluded.revision, result = excluded.result, body = excluded.body, received_at = excluded.received_at',
    [review.entryId, review.revision, review.result, JSON.stringify(review), opts.at],
  );
  const row = await tx.get<{ state: string }>('SELECT state FROM catalogue_entries WHERE id = ?', [review.entryId]);
  if (row?.state !== 'submitted') return false;
  // Only the submission the platform has: a newer one still in the outbox is not what was reviewed.
  if ((await platformRevision(tx, ENTRY, review.entryId)) !== review.revision || (await hasPendingOp(tx, ENTRY, review.entryId))) return false;
  const reason = [review.note, ...review.comments.map((c) => `${c.field}: ${c.comment}`)].filter(Boolean).join('; ');
  await applyReviewResult(
    tx,
    review.entryId,
    review.result === 'approved' ? { outcome: 'published' } : { outcome: 'returned', reason },
    { actor: opts.actor, at: opts.at },
  );
  await getEntry(tx, review.entryId);
  return true;
}

/** The end of a full resync: cached entries the platform no longer has are removed (fail-safe first). */
export async function finishResync(tx: Tx, confirmed: boolean): Promise<number> {
  const gone = await tx.all<{ id: string }>('SELECT id FROM shared_catalogue_entries WHERE id NOT IN (SELECT id FROM sync_resync_seen)');
  await checkMassDelete(tx, gone.length, confirmed);
  if (gone.length) await removeSharedEntries(tx, gone.map((r) => r.id));
  await tx.run('DELETE FROM sync_resync_seen');
  return gone.length;
}
