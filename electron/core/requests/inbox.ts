import { PLATFORM_EVENT } from '@shared/domain/request-states';
import type { ChangeOf, ShareRequest } from '@shared/protocol/index';
import type { Tx } from '../db/database';
import { setPlatformRevision } from '../sync/outbox';
import { applyObjectionUpdate } from '../objections/public';
import { applyRequestEvent, findRequest, insertRequest, REQUEST_ENTITY, type RequestPatch } from './repository';

const KINDS = ['request.status', 'request.incoming', 'request.decision', 'objection.update'];

export interface InboxResult {
  consumed: number;
  requests: string[];
  objections: string[];
}

/**
 * Consumes what sync stored raw in `sync_inbox` for requests and objections, in feed order, in one
 * transaction with the consumption marks: a crash repeats the whole batch, and every update is
 * idempotent (by platform revision), so nothing is applied twice.
 */
export async function consumeInbox(tx: Tx, departmentCode: string, actor: string, at: string): Promise<InboxResult> {
  const rows = await tx.all<{ seq: number; kind: string; body: string }>(
    `SELECT seq, kind, body FROM sync_inbox WHERE consumed_at IS NULL AND kind IN (${KINDS.map(() => '?').join(',')}) ORDER BY seq`,
    KINDS,
  );
  const out: InboxResult = { consumed: rows.length, requests: [], objections: [] };
  for (const r of rows) {
    const change = JSON.parse(r.body) as ChangeOf<'request.status'> | ChangeOf<'request.incoming'> | ChangeOf<'request.decision'> | ChangeOf<'objection.update'>;
    if (change.kind === 'objection.update') {
      await applyObjectionUpdate(tx, change.objection, departmentCode, actor);
      out.objections.push(change.objection.id);
    } else if (change.kind !== 'request.decision') {
      // The decision also arrives inside the request's status (same revision), which carries it.
      await applyPlatformRequest(tx, change.request, change.kind === 'request.incoming' ? 'provider' : 'requester', actor);
      out.requests.push(change.request.id);
    }
    await tx.run('UPDATE sync_inbox SET consumed_at = ? WHERE seq = ?', [at, r.seq]);
  }
  return out;
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
      fields: JSON.stringify({ items: p.items, purpose: p.purpose }),
      submitted_at: p.submittedAt,
      created_at: p.submittedAt,
      updated_at: p.submittedAt,
    });
  }
  const patch: RequestPatch = {
    due_date: p.dueDate ?? null,
    valid_until: p.validUntil ?? null,
    ...(p.decision ? { decision: JSON.stringify({ ...p.decision, ...(p.validUntil ? { validUntil: p.validUntil } : {}) }) } : {}),
    ...(existing?.submitted_at ? {} : { submitted_at: p.submittedAt }),
  };
  // Local decision details (conditions, desensitisation) stay: the platform's copy has only the reason.
  if (p.decision && existing?.decision) {
    const mine = JSON.parse(existing.decision) as Record<string, unknown>;
    patch.decision = JSON.stringify({ ...mine, ...p.decision });
  }
  await applyRequestEvent(
    tx,
    p.id,
    { id: `platform:${p.revision}`, type: PLATFORM_EVENT[p.state], at: p.updatedAt, platformRevision: p.revision },
    { actor, platform: true, patch },
  );
  await setPlatformRevision(tx, REQUEST_ENTITY, p.id, p.revision);
}
