import { diffEntries, type FieldChange } from '@shared/domain/diff';
import type { Entry } from '@shared/domain/entry';
import type { Reader, Tx } from '../db/database';
import { getEntry } from './read';

/**
 * Revision history: each saved state of an entry is kept as a JSON snapshot in the
 * transaction that saved it. Entries saved before history existed get their snapshot on their
 * next change, so the version before that change is kept too.
 */

export interface RevisionMeta {
  action: string;
  actor: string;
  at: string;
}

export const REVISION_COLUMNS = ['entry_id', 'revision', 'state', 'action', 'actor', 'saved_at', 'snapshot'] as const;

/** The catalogue_revisions row recording `entry` after a save (in `REVISION_COLUMNS` order). */
export function revisionValues(entry: Entry, meta: RevisionMeta): [string, number, string, string, string, string, string] {
  return [entry.id, entry.revision, entry.state, meta.action, meta.actor, meta.at, JSON.stringify(entry)];
}

async function insertSnapshot(tx: Tx, entry: Entry, meta: RevisionMeta, orIgnore: boolean): Promise<void> {
  await tx.run(
    `INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO catalogue_revisions (${REVISION_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    revisionValues(entry, orIgnore ? { ...meta, at: entry.updatedAt } : meta),
  );
}

/** Keeps the entry's current state before it is changed (a no-op when it is already kept). */
export async function keepCurrent(tx: Tx, id: string, meta: RevisionMeta): Promise<void> {
  await insertSnapshot(tx, await getEntry(tx, id), { ...meta, action: 'catalogue.baseline' }, true);
}

/** Records the entry as it is now, after a save. */
export async function recordRevision(tx: Tx, id: string, meta: RevisionMeta): Promise<Entry> {
  const entry = await getEntry(tx, id);
  await insertSnapshot(tx, entry, meta, false);
  return entry;
}

export interface RevisionView {
  revision: number;
  state: Entry['state'];
  action: string;
  actor: string;
  savedAt: string;
  entry: Entry;
  /** Differences from the revision before it (empty for the first). */
  changes: FieldChange[];
}

interface RevisionRow {
  revision: number;
  state: Entry['state'];
  action: string;
  actor: string;
  saved_at: string;
  snapshot: string;
}

/** The history of one entry, newest first, each with its field-level differences. */
export async function history(db: Reader, id: string): Promise<RevisionView[]> {
  const rows = await db.all<RevisionRow>(
    'SELECT revision, state, action, actor, saved_at, snapshot FROM catalogue_revisions WHERE entry_id = ? ORDER BY revision',
    [id],
  );
  const views: RevisionView[] = [];
  let previous: Entry | undefined;
  for (const r of rows) {
    const entry = JSON.parse(r.snapshot) as Entry;
    views.push({
      revision: r.revision,
      state: r.state,
      action: r.action,
      actor: r.actor,
      savedAt: r.saved_at,
      entry,
      changes: previous ? diffEntries(previous, entry) : [],
    });
    previous = entry;
  }
  return views.reverse();
}

export async function snapshotOf(db: Reader, id: string, revision: number): Promise<Entry | undefined> {
  const row = await db.get<{ snapshot: string }>('SELECT snapshot FROM catalogue_revisions WHERE entry_id = ? AND revision = ?', [id, revision]);
  return row ? (JSON.parse(row.snapshot) as Entry) : undefined;
}
