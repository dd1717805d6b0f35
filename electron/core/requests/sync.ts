import { REQUEST_FIELD_NAMES, type RequestFields } from '@shared/domain/request';
import { PLATFORM_EVENT, type RequestState } from '@shared/domain/request-states';
import type { DeliveryView, DisputeView } from '@shared/ipc/channels/requests';
import type { ShareRequest } from '@shared/protocol/index';
import type { Tx } from '../db/database';
import { setPlatformRevision } from '../sync/public';
import type { KindEffects, KindOp, SyncRegistration } from '../sync/public';
import { applyRequestEvent, findRequest, insertRequest, REQUEST_ENTITY, type RequestPatch } from './repository';
import { lifecycleChanges, lifecyclePatch } from './lifecycle';

const refusalText = (answer: { code: string; reason: string; issues?: { path: string; message: string }[] | undefined }) =>
  `${answer.code} ${answer.reason}${answer.issues?.length ? ` (${answer.issues.map((i) => `${i.path}: ${i.message}`).join('; ')})` : ''}`;

async function noteRefusal(tx: Tx, op: KindOp, text: string, at: string): Promise<void> {
  await tx.run('UPDATE share_requests SET refusal = ?, updated_at = ? WHERE id = ?', [text, at, op.entityId]);
}

/**
 * `request.create`: the request waits in pendingSync. Accepted: submitted, and the platform's
 * time of receipt is the legal start of the deadlines. Rejected: back to draft with the platform's
 * reason, so the officer can fix it and submit again.
 */
const requestCreate: KindEffects = {
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
 * Cancel, renew, decide and deliver change the state locally when queued; accepted keeps the platform's
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
const requestCancel: KindEffects = {
  accepted: followUp.accepted!,
  async rejected(tx, op, answer, meta) {
    const text = refusalText(answer);
    await noteRefusal(tx, op, text, meta.at);
    if ((await findRequest(tx, op.entityId))?.state !== 'withdrawn') return;
    await applyRequestEvent(tx, op.entityId, { id: `answer:${op.opId}`, type: 'cancelRefused', at: meta.at }, { actor: meta.actor, note: text });
  },
};

/**
 * A refused delivery. Refused for its state, the platform holds another one (delivered by the
 * platform, revoked, …) that its feed brings: the request is left to it. Refused for anything else,
 * the platform still holds it approved: back to approved, without the delivery it did not take.
 */
const requestDeliver: KindEffects = {
  accepted: followUp.accepted!,
  async rejected(tx, op, answer, meta) {
    const text = refusalText(answer);
    await noteRefusal(tx, op, text, meta.at);
    if (answer.code === 'STATE_FORBIDS' || (await findRequest(tx, op.entityId))?.state !== 'active') return;
    await applyRequestEvent(tx, op.entityId, { id: `answer:${op.opId}`, type: 'deliverRefused', at: meta.at }, { actor: meta.actor, note: text, patch: { delivery: null } });
  },
};

/**
 * A refused escalation (no deadline passed on the platform's calendar, a ruling already given, …):
 * the platform still holds the request as it was, so it goes back to the state the escalation left,
 * with the platform's reason on it, and the dispute recorded for it is dropped (the audit log keeps
 * both). A request the feed has moved on meanwhile is left to the feed.
 */
const requestEscalate: KindEffects = {
  accepted: followUp.accepted!,
  async rejected(tx, op, answer, meta) {
    const text = refusalText(answer);
    await noteRefusal(tx, op, text, meta.at);
    if ((await findRequest(tx, op.entityId))?.state !== 'escalated') return;
    const left = await tx.get<{ from_state: RequestState }>("SELECT from_state FROM share_request_events WHERE request_id = ? AND type = 'escalate' AND outcome = 'applied' ORDER BY seq DESC LIMIT 1", [op.entityId]);
    await applyRequestEvent(tx, op.entityId, { id: `answer:${op.opId}`, type: 'escalateRefused', at: meta.at, ...(left ? { restore: left.from_state } : {}) }, { actor: meta.actor, note: text });
    await tx.run('DELETE FROM disputes WHERE id = (SELECT id FROM disputes WHERE request_id = ? ORDER BY at DESC, rowid DESC LIMIT 1)', [op.entityId]);
  },
};

/** The request's fields as the platform holds them (those it stored before it kept them all are absent). */
function platformFields(p: ShareRequest): Partial<RequestFields> {
  const fields: Record<string, unknown> = {};
  for (const name of REQUEST_FIELD_NAMES) if (p[name] !== undefined) fields[name] = p[name];
  return fields as Partial<RequestFields>;
}

/** One platform version of a request: created locally when new (an incoming request), else stepped. */
export async function applyPlatformRequest(tx: Tx, p: ShareRequest, role: 'requester' | 'provider', actor: string): Promise<void> {
  const existing = await findRequest(tx, p.id);
  if (!existing) {
    // A request the workspace never held (incoming, or mine from another workstation): the
    // platform holds it, so it starts as submitted at the platform's receipt.
    await insertRequest(tx, {
      id: p.id,
      role,
      state: 'submitted',
      entry_id: p.entryId,
      entry_name: p.entryName,
      entry_code: '',
      share_type: p.shareType,
      requester_code: p.requesterCode,
      requester_name: p.requesterName,
      provider_code: p.providerCode,
      provider_name: p.providerName,
      fields: JSON.stringify(platformFields(p)),
      submitted_at: p.submittedAt,
      created_at: p.submittedAt,
      updated_at: p.submittedAt,
    });
  }
  // The provider's delivery, or the platform's record of one (no method then).
  const delivery: DeliveryView | undefined = p.delivery
    ? { ...p.delivery, by: 'provider' }
    : p.deliveredAt
      ? { deliveredAt: p.deliveredAt, ...(p.deliveryNote ? { note: p.deliveryNote } : {}), by: 'platform' }
      : undefined;
  const dispute: DisputeView | undefined =
    p.escalation || p.providerStatement || p.ruling
      ? { ...(p.escalation ? { escalation: p.escalation } : {}), ...(p.providerStatement ? { providerStatement: p.providerStatement } : {}), ...(p.ruling ? { ruling: p.ruling } : {}) }
      : undefined;
  const patch: RequestPatch = {
    // An incoming request's fields are the platform's: a later version may carry what an earlier one lacked.
    ...(existing?.role === 'provider' ? { fields: JSON.stringify(platformFields(p)) } : {}),
    due_date: p.dueDate ?? null,
    // The platform's marks, so the provider decides (and confirms a release) with them in view as the reviewer does.
    sensitive_items: p.sensitiveItems?.length ? JSON.stringify(p.sensitiveItems) : null,
    ...lifecyclePatch(p),
    ...(delivery ? { delivery: JSON.stringify(delivery) } : {}),
    ...(dispute ? { dispute: JSON.stringify(dispute) } : {}),
    valid_until: p.validUntil ?? null,
    ...(p.decision ? { decision: JSON.stringify({ ...p.decision, ...(p.validUntil ? { validUntil: p.validUntil } : {}) }) } : {}),
    ...(existing?.submitted_at ? {} : { submitted_at: p.submittedAt }),
  };
  // Local decision details (conditions, desensitisation) stay: the platform's copy has only the reason.
  if (p.decision && existing?.decision) {
    const mine = JSON.parse(existing.decision) as Record<string, unknown>;
    patch.decision = JSON.stringify({ ...mine, ...p.decision });
  }
  // The files the platform holds for the request: listed now, downloaded when the officer opens one.
  for (const sha256 of p.attachments) {
    await tx.run("INSERT OR IGNORE INTO platform_attachments (owner_type, owner_id, sha256, role, listed_at) VALUES (?, ?, ?, 'sealedForm', ?)", [REQUEST_ENTITY, p.id, sha256, p.updatedAt]);
  }
  await applyRequestEvent(
    tx,
    p.id,
    { id: `platform:${p.revision}`, type: PLATFORM_EVENT[p.state], at: p.updatedAt, platformRevision: p.revision },
    { actor, platform: true, patch },
  );
  await setPlatformRevision(tx, REQUEST_ENTITY, p.id, p.revision);
}

/**
 * What requests send (create, cancel, renew, decide, deliver, revoke, escalate, statement) and receive. A
 * `request.decision` needs nothing of its own: the decision also arrives inside the request's
 * `request.status` of the same revision, which carries it.
 */
export const requestSync: SyncRegistration = {
  operations: {
    'request.create': requestCreate,
    'request.cancel': requestCancel,
    'request.renew': followUp,
    'request.decide': followUp,
    'request.deliver': requestDeliver,
    'request.revoke': followUp,
    'request.escalate': requestEscalate,
    'request.statement': followUp,
    'request.declareSeasonal': followUp,
  },
  changes: {
    'request.status': {
      async apply(tx, { request }, meta) {
        await applyPlatformRequest(tx, request, 'requester', meta.actor);
        meta.changed({ entity: 'requests', id: request.id, action: 'sync' });
      },
    },
    'request.incoming': {
      async apply(tx, { request }, meta) {
        await applyPlatformRequest(tx, request, 'provider', meta.actor);
        meta.changed({ entity: 'requests', id: request.id, action: 'sync' });
      },
    },
    'request.decision': { apply: async () => undefined },
    ...lifecycleChanges,
  },
};
