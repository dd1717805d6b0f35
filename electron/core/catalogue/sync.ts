import type { Entry } from '@shared/domain/entry';
import { entryInputSchema } from '@shared/domain/entry';
import { AppError, issuesFromZod } from '@shared/ipc/errors';
import { OPERATIONS, type OperationPayloadInput, type ReviewResult } from '@shared/protocol/index';
import type { Tx } from '../db/database';
import { hasPendingOp, platformRevision, setPlatformRevision } from '../sync/public';
import { differingFields, type ApplyMeta, type EffectMeta, type OperationRegistration, type StoredConflict, type SyncRegistration } from '../sync/public';
import { applyOwnEntries } from './own';
import { getEntry } from './read';
import { updateEntry } from './repository';
import { applyReviewResult, transition } from './states';

export const ENTRY = 'catalogue_entry';

/** Bookkeeping of a local entry that is not part of what the platform reviews. */
const BOOKKEEPING = new Set(['id', 'code', 'state', 'revision', 'createdAt', 'updatedAt']);

/**
 * The `catalogue.submit` payload of a local entry: its code and its content. Typed as the
 * protocol's input; `enqueue` checks it against the kind's schema before anything is queued.
 */
export function submitPayload(entry: Entry): OperationPayloadInput<'catalogue.submit'> {
  return { code: entry.code, entry: Object.fromEntries(Object.entries(entry).filter(([k]) => !BOOKKEEPING.has(k))) } as unknown as OperationPayloadInput<'catalogue.submit'>;
}

async function localEntry(tx: Tx, id: string): Promise<Entry | undefined> {
  try {
    return await getEntry(tx, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  }
}

/** Replaces a submitted entry's content (submitted → returned → draft by the sync and edit rules). */
async function replaceSubmitted(tx: Tx, id: string, content: unknown, meta: EffectMeta, action: string): Promise<Entry | undefined> {
  const parsed = entryInputSchema.safeParse(content);
  if (!parsed.success) throw new AppError('VALIDATION', {}, issuesFromZod(parsed.error).map((i) => ({ ...i, path: `entry.${i.path}` })));
  let entry = await localEntry(tx, id);
  if (!entry) return undefined;
  if (entry.state === 'submitted') {
    await transition(tx, id, 'returned', 'sync', { ...meta, action });
    entry = await getEntry(tx, id);
  }
  await updateEntry(tx, id, entry.revision, parsed.data, meta.at, { actor: meta.actor, action });
  return getEntry(tx, id);
}

const theirsOf = (c: StoredConflict) => c.theirs.value as { code?: string; entry?: Record<string, unknown> };

/**
 * `catalogue.submit`: the entry is already `submitted` locally (moved when it was queued).
 * Accepted: the platform's revision is remembered as the base of the next submission. Rejected:
 * the entry comes back `returned` with the platform's reason, so the officer can fix it.
 */
const catalogueSubmit: OperationRegistration<'catalogue.submit'> = {
  payload: submitPayload,

  async accepted(tx, op, answer) {
    await setPlatformRevision(tx, ENTRY, op.entityId, answer.revision);
  },

  async rejected(tx, op, answer, meta) {
    const entry = await localEntry(tx, op.entityId);
    if (entry?.state !== 'submitted') return;
    const issues = (answer.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ');
    await applyReviewResult(tx, op.entityId, { outcome: 'returned', reason: `${answer.code} ${answer.reason}${issues ? ` (${issues})` : ''}` }, meta);
  },

  fields(mine, theirs) {
    const m = mine as { code?: string; entry?: Record<string, unknown> };
    const t = theirs as { code?: string; entry?: Record<string, unknown> };
    return [...(m.code !== t.code ? ['code'] : []), ...differingFields(m.entry ?? {}, t.entry ?? {})];
  },

  async takeTheirs(tx, c, meta) {
    const theirs = theirsOf(c);
    if (theirs.entry) await replaceSubmitted(tx, c.entityId, theirs.entry, meta, 'sync.conflict:theirs');
    await setPlatformRevision(tx, ENTRY, c.entityId, c.theirs.revision);
  },

  async merge(tx, c, choice, meta) {
    const mine = c.payload as { code: string; entry: Record<string, unknown> };
    const theirs = theirsOf(c);
    if (!theirs.entry) throw new AppError('SYNC_MERGE_UNSUPPORTED');
    const entry: Record<string, unknown> = { ...mine.entry };
    for (const [field, side] of Object.entries(choice)) {
      if (field === 'code' || side !== 'theirs') continue;
      if (theirs.entry[field] === undefined) delete entry[field];
      else entry[field] = theirs.entry[field];
    }
    const code = choice.code === 'theirs' && theirs.code ? theirs.code : mine.code;
    const payload = OPERATIONS['catalogue.submit'].safeParse({ code, entry });
    if (!payload.success) throw new AppError('VALIDATION', {}, issuesFromZod(payload.error));
    // The local entry takes the merged content and goes back to submitted with it.
    const merged = await replaceSubmitted(tx, c.entityId, payload.data.entry, meta, 'sync.conflict:merge');
    if (merged) {
      await transition(tx, c.entityId, 'ready', 'officer', { ...meta, action: 'sync.conflict:merge' });
      await transition(tx, c.entityId, 'submitted', 'sync', { ...meta, action: 'sync.submitted' });
    }
    await setPlatformRevision(tx, ENTRY, c.entityId, c.theirs.revision);
    return payload.data as unknown as Record<string, unknown>;
  },

  async keepMine(tx, c) {
    await setPlatformRevision(tx, ENTRY, c.entityId, c.theirs.revision);
  },
};

/**
 * A review result of one of my entries: kept with its field comments (the latest per entry), and
 * the entry moves to `published` or `returned` when it is still the submission that was reviewed.
 */
async function applyReview(tx: Tx, review: ReviewResult, meta: ApplyMeta): Promise<void> {
  const stored = await tx.get<{ revision: number; body: string }>('SELECT revision, body FROM sync_reviews WHERE entry_id = ?', [review.entryId]);
  if (stored) {
    const prev = JSON.parse(stored.body) as ReviewResult;
    if (prev.revision > review.revision || (prev.revision === review.revision && prev.reviewedAt >= review.reviewedAt)) return;
  }
  await tx.run(
    'INSERT INTO sync_reviews (entry_id, revision, result, body, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET revision = excluded.revision, result = excluded.result, body = excluded.body, received_at = excluded.received_at',
    [review.entryId, review.revision, review.result, JSON.stringify(review), meta.at],
  );
  const row = await tx.get<{ state: string }>('SELECT state FROM catalogue_entries WHERE id = ?', [review.entryId]);
  if (row?.state !== 'submitted') return;
  // Only the submission the platform has: a newer one still in the outbox is not what was reviewed.
  if ((await platformRevision(tx, ENTRY, review.entryId)) !== review.revision || (await hasPendingOp(tx, ENTRY, review.entryId))) return;
  const reason = [review.note, ...review.comments.map((c) => `${c.field}: ${c.comment}`)].filter(Boolean).join('; ');
  await applyReviewResult(
    tx,
    review.entryId,
    review.result === 'approved' ? { outcome: 'published' } : { outcome: 'returned', reason },
    { actor: meta.actor, at: meta.at },
  );
  await getEntry(tx, review.entryId);
  meta.changed({ entity: 'catalogue', id: review.entryId, action: 'state' });
}

/**
 * What the catalogue sends (`catalogue.submit`) and receives: the department's own published
 * entries (`ownEntry.upsert`) and review results (`review.result`, the latest per entry in a page).
 */
export const catalogueSync: SyncRegistration = {
  operations: { 'catalogue.submit': catalogueSubmit },
  changes: {
    'ownEntry.upsert': { applyPage: async (tx, changes, meta) => void (await applyOwnEntries(tx, changes, meta)) },
    'review.result': {
      async applyPage(tx, changes, meta) {
        const latest = new Map<string, ReviewResult>();
        for (const { review } of changes) {
          const seen = latest.get(review.entryId);
          if (!seen || seen.revision < review.revision || (seen.revision === review.revision && seen.reviewedAt < review.reviewedAt)) latest.set(review.entryId, review);
        }
        for (const review of latest.values()) await applyReview(tx, review, meta);
      },
    },
  },
};
