import type { CurrentVersion, OpAnswer } from '@shared/protocol/index';
import type { Tx } from '../../db/database';

/** What an effect gets: the operation as queued and who/when for revisions and audit. */
export interface KindOp {
  opId: string;
  kind: string;
  entityType: string;
  entityId: string;
  baseRevision: number;
  payload: Record<string, unknown>;
}

export interface EffectMeta {
  actor: string;
  at: string;
}

export interface StoredConflict extends KindOp {
  id: number;
  theirs: CurrentVersion;
}

/**
 * One operation kind's client effects (docs/sync.md "Operation kinds"). Every effect runs inside
 * the transaction that stores the answer and removes the operation from the outbox.
 */
export interface KindEffects {
  accepted?(tx: Tx, op: KindOp, answer: Extract<OpAnswer, { status: 'accepted' }>, meta: EffectMeta): Promise<void>;
  rejected?(tx: Tx, op: KindOp, answer: Extract<OpAnswer, { status: 'rejected' }>, meta: EffectMeta): Promise<void>;
  /** Extra local bookkeeping when a conflict is stored (the conflict row itself is sync's). */
  conflict?(tx: Tx, op: KindOp, current: CurrentVersion, meta: EffectMeta): Promise<void>;
  /** The fields a per-field merge chooses among (default: top-level keys that differ). */
  fields?(mine: Record<string, unknown>, theirs: Record<string, unknown>): string[];
  /** Take theirs: replace the local entity with the platform's version (audited by the caller). */
  takeTheirs?(tx: Tx, c: StoredConflict, meta: EffectMeta): Promise<void>;
  /** Merge: the payload to send again, built from mine and theirs by field; may update the local entity. */
  merge?(tx: Tx, c: StoredConflict, choice: Record<string, 'mine' | 'theirs'>, meta: EffectMeta): Promise<Record<string, unknown>>;
  /** Keep mine: anything to do locally before the operation is queued again (default: nothing). */
  keepMine?(tx: Tx, c: StoredConflict, meta: EffectMeta): Promise<void>;
}

/** Top-level keys whose JSON differs between two versions. */
export function differingFields(mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  return [...keys].filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(theirs[k])).sort();
}
