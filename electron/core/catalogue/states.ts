import { canTransition } from '@shared/domain/states';
import type { EntryState, StateActor } from '@shared/domain/enums';
import { AppError } from '@shared/ipc/errors';
import type { Tx } from '../db/database';
import { noteTransition } from './change-deadlines';
import { requireCurrent } from './repository';
import { keepCurrent, recordRevision, type RevisionMeta } from './revisions';

/**
 * State changes of an entry. The officer's go through `catalogue.setState`; sync calls
 * `markSubmitted` when the platform accepts a submitCatalogue operation and `applyReviewResult`
 * when a review result arrives in the change feed — each inside sync's own transaction, so the
 * state, its revision and the feed cursor land together.
 */
export async function transition(
  tx: Tx,
  id: string,
  to: EntryState,
  actor: StateActor,
  meta: RevisionMeta,
  revision?: number,
): Promise<void> {
  const current = await requireCurrent(tx, id, revision);
  if (!canTransition(current.state, to, actor)) throw new AppError('STATE_FORBIDS', { state: current.state, to });
  await keepCurrent(tx, id, meta);
  await tx.run('UPDATE catalogue_entries SET state = ?, revision = revision + 1, updated_at = ? WHERE id = ?', [to, meta.at, id]);
  await recordRevision(tx, id, meta);
  // The change deadline follows the entry's life: started by a change, ended by its publication.
  await noteTransition(tx, id, current.state, to, meta.at);
}

/** Sync hook: the platform received the entry (ready → submitted). */
export async function markSubmitted(tx: Tx, id: string, meta: Omit<RevisionMeta, 'action'>): Promise<void> {
  await transition(tx, id, 'submitted', 'sync', { ...meta, action: 'sync.submitted' });
}

/**
 * Sync hook: the reviewer's answer (submitted → published or returned). The reason of a return is
 * kept in the revision's action text so the history shows why.
 */
export async function applyReviewResult(
  tx: Tx,
  id: string,
  result: { outcome: 'published' | 'returned'; reason?: string },
  meta: Omit<RevisionMeta, 'action'>,
): Promise<void> {
  const action = result.outcome === 'published' ? 'sync.published' : `sync.returned${result.reason ? `: ${result.reason.slice(0, 500)}` : ''}`;
  await transition(tx, id, result.outcome, 'sync', { ...meta, action });
}
