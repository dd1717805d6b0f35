import type { EntryValues } from '@shared/domain/entry';
import type { SharedEntry } from '@shared/protocol/index';
import type { Tx } from '../db/sqlite';
import { getProfile } from '@shared/profiles/index';
import { OpRejection } from '../errors';
import { ALL, appendChange } from '../feed';
import { accepted, conflict, type OpHandler } from './types';

export interface EntryRow {
  id: string;
  department_code: string;
  code: string;
  name: string;
  share_type: string;
  revision: number;
  state: 'submitted' | 'returned' | 'published' | 'retired';
  body: string;
  submitted_at: string;
  review_due: string | null;
  published_at: string | null;
  /** The reviewed version (NULL while nothing is published): what requests and objections meet. */
  published_code: string | null;
  published_name: string | null;
  published_share_type: string | null;
  published_revision: number | null;
  published_body: string | null;
}

/** The version of an entry that a reviewer approved and everyone received. */
export interface PublishedVersion {
  id: string;
  departmentCode: string;
  code: string;
  name: string;
  revision: number;
  values: EntryValues;
}

/** The reviewed version of an entry, never a submission still waiting for (or returned by) review. */
export function publishedVersion(row: EntryRow | undefined): PublishedVersion | undefined {
  if (!row?.published_at || row.published_body === null) return undefined;
  return {
    id: row.id,
    departmentCode: row.department_code,
    code: row.published_code ?? row.code,
    name: row.published_name ?? row.name,
    revision: row.published_revision ?? row.revision,
    values: JSON.parse(row.published_body) as EntryValues,
  };
}

/** SQL that makes a row's current (just approved) version its published one. */
export const PUBLISH_SQL =
  "UPDATE entries SET state = 'published', published_at = ?, updated_at = ?, published_code = code, published_name = name, published_share_type = share_type, published_revision = revision, published_body = body WHERE id = ?";

export const getEntry = (tx: Pick<Tx, 'get'>, id: string) => tx.get<EntryRow>('SELECT * FROM entries WHERE id = ?', [id]);

export const entryVersion = (row: EntryRow) => ({ code: row.code, entry: JSON.parse(row.body) as EntryValues });

/** The shared-catalogue form of an entry: its values plus who published it and when. */
export function toSharedEntry(row: EntryRow, departmentName: string, publishedAt: string): SharedEntry {
  return {
    ...(JSON.parse(row.body) as EntryValues),
    id: row.id,
    code: row.code,
    revision: row.revision,
    departmentCode: row.department_code,
    departmentName,
    publishedAt,
  };
}

/**
 * Announces a publication: the shared catalogue for everyone, and the department's own catalogue
 * for its workstations (a new workspace pulls its published entries from there).
 */
export async function appendPublished(tx: Tx, published: SharedEntry, at: string): Promise<void> {
  await appendChange(tx, ALL, `entry:${published.id}`, { kind: 'sharedEntry.upsert', entry: published }, at);
  await appendChange(tx, published.departmentCode, ownKey(published.id), { kind: 'ownEntry.upsert', entry: published }, at);
}

/** The feed key of an entry in its department's own catalogue. */
export const ownKey = (id: string) => `own:${id}`;

/** Names are unique per provider, ignoring spaces and punctuation (the 1272 guideline). */
export const nameKey = (name: string) => name.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * Submit or resubmit for review: the published version, if any, stays shared (and alone governs
 * requests, in the published_* columns) until approval. The
 * write itself checks the base revision and the owner, so the common case costs one statement;
 * only when it changes nothing is the row read to say why (conflict or another department's).
 */
export const submitEntry: OpHandler<'catalogue.submit'> = async (ctx, op) => {
  const { tx, department, now } = ctx;
  // The provider is the department signed in, never what the payload names: no department
  // publishes under another's name.
  const entry = { ...op.payload.entry, provider: department.name, providerCode: department.code };
  const key = nameKey(entry.name);
  const revision = op.baseRevision + 1;
  // Which resource kinds a department may catalogue is its profile's (only 拱墅 has non-data ones).
  const profile = getProfile(await ctx.deadlines.profileOf(tx, department.code));
  if (!profile.resourceKinds.includes(entry.kind)) {
    throw new OpRejection('VALIDATION', {}, [{ path: 'entry.kind', code: 'catalogue.quality.kindNotAllowed', params: { kind: entry.kind } }]);
  }
  const due = ctx.deadlines.due('catalogueReview', now, profile.id) ?? null;
  const values = [op.payload.code, entry.name, key, entry.shareType, entry.kind, revision, JSON.stringify(entry), now, due, now];
  let changed: number;
  try {
    changed =
      op.baseRevision === 0
        ? (
            await tx.run(
              "INSERT INTO entries (code, name, name_key, share_type, kind, revision, state, body, submitted_at, review_due, updated_at, id, department_code) VALUES (?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
              [...values, op.entityId, department.code],
            )
          ).changes
        : (
            await tx.run(
              "UPDATE entries SET code = ?, name = ?, name_key = ?, share_type = ?, kind = ?, revision = ?, state = 'submitted', body = ?, submitted_at = ?, review_due = ?, updated_at = ? WHERE id = ? AND department_code = ? AND revision = ?",
              [...values, op.entityId, department.code, op.baseRevision],
            )
          ).changes;
  } catch (err) {
    // The unique index on live names answers the duplicate check without a query of its own.
    if (String((err as Error).message).includes('entries.name_key')) throw new OpRejection('DUPLICATE_NAME', { name: entry.name });
    throw err;
  }
  if (changed === 1) return accepted(revision);
  const row = await getEntry(tx, op.entityId);
  if (row && row.department_code !== department.code) throw new OpRejection('FORBIDDEN');
  return conflict(row?.revision ?? 0, row?.state ?? 'absent', row ? entryVersion(row) : {});
};

/** Retire (下线): the entry leaves the shared catalogue for everyone. */
export const retireEntry: OpHandler<'catalogue.retire'> = async (ctx, op) => {
  const { tx, department, now } = ctx;
  const row = await getEntry(tx, op.entityId);
  if (!row) throw new OpRejection('NOT_FOUND');
  if (row.department_code !== department.code) throw new OpRejection('FORBIDDEN');
  if (op.baseRevision !== row.revision) return conflict(row.revision, row.state, entryVersion(row));
  if (row.state === 'retired') throw new OpRejection('STATE_FORBIDS', { state: row.state });
  const revision = row.revision + 1;
  await tx.run(
    "UPDATE entries SET state = 'retired', revision = ?, published_at = NULL, published_code = NULL, published_name = NULL, published_share_type = NULL, published_revision = NULL, published_body = NULL, updated_at = ? WHERE id = ?",
    [revision, now, row.id],
  );
  if (row.published_at) await appendChange(tx, ALL, `entry:${row.id}`, { kind: 'sharedEntry.remove', entryId: row.id, revision }, now);
  // A retired entry is no longer part of the department's catalogue: a new workspace does not get it.
  await tx.run('DELETE FROM feed WHERE audience = ? AND key = ?', [row.department_code, ownKey(row.id)]);
  return accepted(revision);
};
