import type { Objection } from '@shared/protocol/index';
import type { Tx } from '../db/database';
import { setPlatformRevision } from '../sync/public';
import type { KindEffects, SyncRegistration } from '../sync/public';
import { findObjection, OBJECTION_ENTITY, stepStoredObjection } from './repository';

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


/**
 * One platform version of an objection (pulled): created when new (raised on my data), else moved
 * to the platform's state. An older or repeated revision changes nothing; a step the local flow has
 * already taken (e.g. the provider's own correction coming back) is not repeated.
 */
export async function applyObjectionUpdate(tx: Tx, o: Objection, departmentCode: string, actor: string): Promise<void> {
  let row = await findObjection(tx, o.id);
  if (!row) {
    await tx.run(
      `INSERT INTO objections (id, role, state, entry_id, entry_name, item_name, record_key, description, raiser_code, provider_code, raised_at, platform_revision, created_at, updated_at)
       VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
      [o.id, o.providerCode === departmentCode ? 'provider' : 'raiser', o.entryId, o.entryName, o.itemName ?? null, o.recordKey ?? null, o.description, o.raiserCode, o.providerCode, o.raisedAt, o.raisedAt, o.raisedAt],
    );
    await tx.run("INSERT INTO objection_events (objection_id, type, from_state, to_state, at, note, actor) VALUES (?, 'raised', '', 'open', ?, NULL, ?)", [o.id, o.raisedAt, actor]);
    row = (await findObjection(tx, o.id))!;
  }
  await setPlatformRevision(tx, OBJECTION_ENTITY, o.id, o.revision);
  if (o.revision <= row.platform_revision) return;
  const answer = o.answer ? { answer: JSON.stringify(o.answer), answered_at: o.answer.answeredAt } : {};
  const patch = { ...answer, platform_revision: o.revision };
  const at = o.updatedAt;
  // The platform allows what the profile allows: its word on the number of extensions is final here.
  if (o.state === 'extended' && row.state !== 'extended') {
    const from = row.state === 'extensionRequested' ? row : await stepStoredObjection(tx, o.id, 'requestExtension', Number.MAX_SAFE_INTEGER, { at, actor, note: o.extension?.note, patch });
    await stepStoredObjection(tx, from.id, 'extensionGranted', Number.MAX_SAFE_INTEGER, { at, actor, patch });
  } else if (o.state === 'answered' && row.state !== 'answered' && row.state !== 'confirmed') {
    await stepStoredObjection(tx, o.id, 'answer', 0, { at, actor, note: o.answer?.note, patch });
  } else if (o.state === 'acknowledged' && (row.state === 'open' || row.state === 'reopened')) {
    await stepStoredObjection(tx, o.id, 'acknowledge', 0, { at, actor, patch });
  } else if ((o.state === 'confirmed' || o.state === 'reopened') && row.state !== 'confirmed' && row.state !== 'reopened') {
    // The raiser's conclusion follows the answer: a provider that has not seen the answer yet takes both steps.
    if (row.state !== 'answered') await stepStoredObjection(tx, o.id, 'answer', 0, { at, actor, note: o.answer?.note, patch });
    await stepStoredObjection(tx, o.id, o.state === 'confirmed' ? 'confirm' : 'reopen', 0, { at, actor, note: o.conclusion?.note, patch });
  } else {
    await tx.run('UPDATE objections SET platform_revision = ?, answer = coalesce(?, answer), answered_at = coalesce(?, answered_at) WHERE id = ?', [o.revision, answer.answer ?? null, answer.answered_at ?? null, o.id]);
  }
}

/** What objections send (raise, acknowledge, requestExtension, answer, confirm, reopen) and receive (`objection.update`). */
export const objectionSync: SyncRegistration = {
  operations: {
    'objection.raise': objectionEffects,
    'objection.acknowledge': objectionEffects,
    'objection.requestExtension': objectionEffects,
    'objection.answer': objectionEffects,
    'objection.confirm': objectionEffects,
    'objection.reopen': objectionEffects,
  },
  changes: {
    'objection.update': {
      async apply(tx, { objection }, meta) {
        await applyObjectionUpdate(tx, objection, meta.departmentCode, meta.actor);
        meta.changed({ entity: 'objections', id: objection.id, action: 'sync' });
      },
    },
  },
};
