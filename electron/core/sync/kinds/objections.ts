import { OBJECTION_ENTITY } from '../../objections/repository';
import { setPlatformRevision } from '../outbox';
import type { KindEffects } from './types';

/**
 * `objection.raise`, `.acknowledge`, `.requestExtension`, `.answer`, `.confirm`, `.reopen`: the local flow moved when the operation was queued;
 * accepted keeps the platform revision, rejected is written into the objection's history with the
 * platform's reason (the feed then brings the state the platform holds).
 */
const objectionEffects: KindEffects = {
  async accepted(tx, op, answer) {
    await setPlatformRevision(tx, OBJECTION_ENTITY, op.entityId, answer.revision);
  },
  async rejected(tx, op, answer, meta) {
    const row = await tx.get<{ state: string }>('SELECT state FROM objections WHERE id = ?', [op.entityId]);
    if (!row) return;
    await tx.run("INSERT INTO objection_events (objection_id, type, from_state, to_state, at, note, actor) VALUES (?, 'refused', ?, ?, ?, ?, ?)", [
      op.entityId,
      row.state,
      row.state,
      meta.at,
      `${answer.code} ${answer.reason}`,
      meta.actor,
    ]);
  },
};

export const objectionRaise = objectionEffects;
export const objectionAcknowledge = objectionEffects;
export const objectionRequestExtension = objectionEffects;
export const objectionAnswer = objectionEffects;
export const objectionConfirm = objectionEffects;
export const objectionReopen = objectionEffects;
