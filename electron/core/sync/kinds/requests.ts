import type { Tx } from '../../db/database';
import { applyRequestEvent, findRequest, REQUEST_ENTITY } from '../../requests/repository';
import { setPlatformRevision } from '../outbox';
import type { KindEffects, KindOp } from './types';

const refusalText = (answer: { code: string; reason: string; issues?: { path: string; message: string }[] | undefined }) =>
  `${answer.code} ${answer.reason}${answer.issues?.length ? ` (${answer.issues.map((i) => `${i.path}: ${i.message}`).join('; ')})` : ''}`;

async function noteRefusal(tx: Tx, op: KindOp, text: string, at: string): Promise<void> {
  await tx.run('UPDATE share_requests SET refusal = ?, updated_at = ? WHERE id = ?', [text, at, op.entityId]);
}

/**
 * `request.create`: the request waits in pendingSync. Accepted: submitted, and the platform's
 * time of receipt is the legal start of the clocks. Rejected: back to draft with the platform's
 * reason, so the officer can fix it and submit again.
 */
export const requestCreate: KindEffects = {
  async accepted(tx, op, answer, meta) {
    await setPlatformRevision(tx, REQUEST_ENTITY, op.entityId, answer.revision);
    if (!(await findRequest(tx, op.entityId))) return;
    await applyRequestEvent(tx, op.entityId, { id: `answer:${op.opId}`, type: 'accepted', at: answer.appliedAt }, { actor: meta.actor, patch: { submitted_at: answer.appliedAt, refusal: null } });
  },
  async rejected(tx, op, answer, meta) {
    const row = await findRequest(tx, op.entityId);
    if (row?.state !== 'pendingSync') return;
    const text = refusalText(answer);
    await applyRequestEvent(tx, op.entityId, { id: `answer:${op.opId}`, type: 'refused', at: meta.at }, { actor: meta.actor, note: text, patch: { refusal: text } });
  },
};

/**
 * Cancel, renew and decide change the state locally when queued; accepted keeps the platform's
 * revision as the next base, rejected shows the platform's reason on the request (its feed then
 * brings the state the platform holds).
 */
const followUp: KindEffects = {
  async accepted(tx, op, answer) {
    await setPlatformRevision(tx, REQUEST_ENTITY, op.entityId, answer.revision);
  },
  async rejected(tx, op, answer, meta) {
    await noteRefusal(tx, op, refusalText(answer), meta.at);
  },
};

/** A refused withdrawal: the request goes back to the platform's hands (the feed brings its state). */
export const requestCancel: KindEffects = {
  accepted: followUp.accepted!,
  async rejected(tx, op, answer, meta) {
    const text = refusalText(answer);
    await noteRefusal(tx, op, text, meta.at);
    if ((await findRequest(tx, op.entityId))?.state !== 'withdrawn') return;
    await applyRequestEvent(tx, op.entityId, { id: `answer:${op.opId}`, type: 'cancelRefused', at: meta.at }, { actor: meta.actor, note: text });
  },
};
export const requestRenew = followUp;
export const requestDecide = followUp;
export const requestRevoke = followUp;
export const requestEscalate = followUp;
