import type { DeadlineEventType } from '@shared/profiles/deadlines';
import type { ShareRequest } from '@shared/protocol/index';
import { detectSensitive } from '@shared/quality/sensitive';
import type { Tx } from '../db/sqlite';
import type { Deadlines } from '../deadlines';
import { OpRejection } from '../errors';
import { appendChange } from '../feed';
import { getEntry, publishedVersion } from './catalogue';
import { recordRequestEvent } from './request-events';
import { accepted, conflict, departmentName, type OpContext, type OpHandler } from './types';

interface RequestRow {
  id: string;
  requester_code: string;
  provider_code: string;
  state: ShareRequest['state'];
  revision: number;
  body: string;
}

export async function getRequest(tx: Pick<Tx, 'get'>, id: string): Promise<ShareRequest | undefined> {
  const row = await tx.get<RequestRow>('SELECT body FROM requests WHERE id = ?', [id]);
  return row ? (JSON.parse(row.body) as ShareRequest) : undefined;
}

/**
 * Stores the request's new state and tells both sides: the requester always (status), the
 * provider when it decides conditional requests or acted itself (incoming), and the decision when
 * there is one.
 */
export async function saveRequest(tx: Tx, request: ShareRequest, now: string, decided = false, byProvider = false): Promise<void> {
  await tx.run(
    'INSERT INTO requests (id, requester_code, provider_code, entry_id, state, revision, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET state = excluded.state, revision = excluded.revision, body = excluded.body, updated_at = excluded.updated_at',
    [request.id, request.requesterCode, request.providerCode, request.entryId, request.state, request.revision, JSON.stringify(request), now],
  );
  const key = `request:${request.id}`;
  await appendChange(tx, request.requesterCode, key, { kind: 'request.status', request }, now);
  if (request.shareType === 'conditional' || byProvider) await appendChange(tx, request.providerCode, key, { kind: 'request.incoming', request }, now);
  if (decided && request.decision) {
    await appendChange(tx, request.requesterCode, `decision:${request.id}`, { kind: 'request.decision', requestId: request.id, decision: request.decision }, now);
  }
}

/** The attachments must be on the platform and readable by the pushing department. */
export async function checkAttachments(tx: Tx, department: string, shas: string[]): Promise<void> {
  for (const sha256 of shas) {
    const ok = await tx.get('SELECT 1 AS ok FROM attachment_access WHERE sha256 = ? AND department_code = ?', [sha256, department]);
    if (!ok) throw new OpRejection('ATTACHMENT_MISSING', { sha256 });
  }
}

export async function grantAttachments(tx: Tx, department: string, shas: string[]): Promise<void> {
  for (const sha256 of shas) {
    await tx.run('INSERT OR IGNORE INTO attachment_access (sha256, department_code) VALUES (?, ?)', [sha256, department]);
  }
}

/**
 * The deadline a request runs against after `events` at `at`, by the jurisdiction profile of its
 * provider (whose data it is and who decides). `dueDate` and `dueStep` are both set or both cleared.
 */
export async function stepDue(
  tx: Pick<Tx, 'get'>,
  deadlines: Deadlines,
  r: Pick<ShareRequest, 'providerCode' | 'shareType' | 'dueDate' | 'dueStep'>,
  events: readonly DeadlineEventType[],
  at: string,
): Promise<Pick<ShareRequest, 'dueDate' | 'dueStep'>> {
  if (r.shareType === 'none') return { dueDate: undefined, dueStep: undefined };
  const next = deadlines.nextRequestDue(await deadlines.profileOf(tx, r.providerCode), r.shareType, r, events, at);
  return { dueDate: next.dueDate, dueStep: next.dueStep };
}

/**
 * The step a new (or renewed) request goes to, with its deadline: an unconditional one to the
 * platform's check, a conditional one straight to its provider (received and forwarded at once).
 */
async function firstStep(ctx: OpContext, providerCode: string, shareType: ShareRequest['shareType']): Promise<Pick<ShareRequest, 'state' | 'dueDate' | 'dueStep'>> {
  const events: DeadlineEventType[] = shareType === 'unconditional' ? ['submitted'] : ['submitted', 'forwarded'];
  const due = await stepDue(ctx.tx, ctx.deadlines, { providerCode, shareType, dueDate: undefined, dueStep: undefined }, events, ctx.now);
  return { state: shareType === 'unconditional' ? 'platformCheck' : 'providerReview', ...due };
}

export const createRequest: OpHandler<'request.create'> = async (ctx, op) => {
  const { tx, department, now, payload } = { ...ctx, payload: op.payload };
  const existing = await getRequest(tx, op.entityId);
  if (existing) {
    if (existing.requesterCode !== department.code) throw new OpRejection('FORBIDDEN');
    return conflict(existing.revision, existing.state, existing);
  }
  // Judged against the reviewed version only: a resubmission waiting for review changes nothing here.
  const entry = publishedVersion(await getEntry(tx, payload.entryId));
  if (!entry) throw new OpRejection('NOT_FOUND');
  if (entry.departmentCode === department.code) throw new OpRejection('OWN_ENTRY');
  const values = entry.values;
  if (values.shareType === 'none') throw new OpRejection('NOT_SHAREABLE');
  const itemNames = new Set(values.items.map((i) => i.name));
  const unknown = payload.items.flatMap((name, i) => (itemNames.has(name) ? [] : [{ path: `payload.items.${i}`, code: 'validation.enum' }]));
  if (unknown.length) throw new OpRejection('VALIDATION', {}, unknown);
  await checkAttachments(tx, department.code, payload.attachments);
  if (values.shareType === 'conditional' && ctx.requireSealedForm && payload.attachments.length === 0) throw new OpRejection('SEALED_FORM_REQUIRED');
  await grantAttachments(tx, entry.departmentCode, payload.attachments);
  // Every field the requester filed is kept and sent on, so the provider and the reviewer decide on all of it.
  const { entryId: _entryId, attachments: _attachments, ...fields } = payload;
  const requested = payload.items.length ? values.items.filter((i) => payload.items.includes(i.name)) : values.items;
  const sensitiveItems = requested.filter((i) => i.sensitive === true || detectSensitive(i) !== undefined).map((i) => i.name);
  const request: ShareRequest = {
    id: op.entityId,
    revision: 1,
    ...(await firstStep(ctx, entry.departmentCode, values.shareType)),
    entryId: entry.id,
    entryName: entry.name,
    shareType: values.shareType,
    requesterCode: department.code,
    requesterName: department.name,
    providerCode: entry.departmentCode,
    providerName: await departmentName(tx, entry.departmentCode),
    ...fields,
    attachments: payload.attachments,
    ...(sensitiveItems.length ? { sensitiveItems } : {}),
    submittedAt: now,
    updatedAt: now,
  };
  await saveRequest(tx, request, now);
  await recordRequestEvent(tx, request.id, 'submitted', 'requester', now);
  return accepted(1);
};

/** Loads a request for a change by `party`, checking ownership, base revision and state. */
async function forChange(
  ctx: OpContext,
  op: { entityId: string; baseRevision: number },
  party: 'requester' | 'provider',
  states: readonly ShareRequest['state'][],
): Promise<ShareRequest | ReturnType<typeof conflict>> {
  const request = await getRequest(ctx.tx, op.entityId);
  if (!request) throw new OpRejection('NOT_FOUND');
  const owner = party === 'requester' ? request.requesterCode : request.providerCode;
  if (owner !== ctx.department.code) throw new OpRejection('FORBIDDEN');
  if (op.baseRevision !== request.revision) return conflict(request.revision, request.state, request);
  if (!states.includes(request.state)) throw new OpRejection('STATE_FORBIDS', { state: request.state });
  return request;
}

const isOutcome = (r: unknown): r is ReturnType<typeof conflict> => typeof r === 'object' && r !== null && 'status' in r;

export const cancelRequest: OpHandler<'request.cancel'> = async (ctx, op) => {
  const r = await forChange(ctx, op, 'requester', ['platformCheck', 'providerReview', 'renewalRequested']);
  if (isOutcome(r)) return r;
  const next: ShareRequest = { ...r, state: 'withdrawn', revision: r.revision + 1, dueDate: undefined, dueStep: undefined, updatedAt: ctx.now };
  await saveRequest(ctx.tx, next, ctx.now);
  await recordRequestEvent(ctx.tx, r.id, 'withdrawn', 'requester', ctx.now);
  return accepted(next.revision);
};

export const renewRequest: OpHandler<'request.renew'> = async (ctx, op) => {
  const r = await forChange(ctx, op, 'requester', ['active', 'expired']);
  if (isOutcome(r)) return r;
  await checkAttachments(ctx.tx, ctx.department.code, op.payload.attachments);
  await grantAttachments(ctx.tx, r.providerCode, op.payload.attachments);
  const step = await firstStep(ctx, r.providerCode, r.shareType);
  const next: ShareRequest = {
    ...r,
    state: 'renewalRequested',
    dueDate: step.dueDate,
    dueStep: step.dueStep,
    attachments: [...new Set([...r.attachments, ...op.payload.attachments])],
    revision: r.revision + 1,
    updatedAt: ctx.now,
  };
  await saveRequest(ctx.tx, next, ctx.now);
  await recordRequestEvent(ctx.tx, r.id, 'renewalFiled', 'requester', ctx.now);
  return accepted(next.revision);
};

/** The provider's decision; a late one is recorded with `overdue`, never refused. */
export const decideRequest: OpHandler<'request.decide'> = async (ctx, op) => {
  const r = await forChange(ctx, op, 'provider', ['providerReview', 'renewalRequested']);
  if (isOutcome(r)) return r;
  if (r.shareType !== 'conditional') throw new OpRejection('STATE_FORBIDS', { state: r.state });
  const state = op.payload.decision === 'approve' ? 'approved' : 'rejected';
  const next: ShareRequest = {
    ...r,
    state,
    decision: {
      decision: op.payload.decision,
      reason: op.payload.reason,
      by: 'provider',
      decidedAt: ctx.now,
      overdue: ctx.deadlines.isOverdue(r.dueDate, ctx.now),
    },
    validUntil: op.payload.validUntil ?? r.validUntil,
    // An approval starts the delivery step where the profile times it (伊川 3 working days).
    ...(await stepDue(ctx.tx, ctx.deadlines, r, [state], ctx.now)),
    revision: r.revision + 1,
    updatedAt: ctx.now,
  };
  await saveRequest(ctx.tx, next, ctx.now, true);
  await recordRequestEvent(ctx.tx, r.id, state, 'provider', ctx.now, op.payload.reason);
  return accepted(next.revision);
};

/** Default authorisation period when the decision names none: one year (renewable). */
export const oneYearAfter = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4, 10)}`;

/**
 * The provider records how an approved request's data is delivered: the authorisation is in force
 * from now, until the decision's date or for a year. Both departments hear of it. A delivery after
 * the delivery step's due date is recorded as overdue, never refused.
 */
export const deliverRequest: OpHandler<'request.deliver'> = async (ctx, op) => {
  const r = await forChange(ctx, op, 'provider', ['approved']);
  if (isOutcome(r)) return r;
  const next: ShareRequest = {
    ...r,
    state: 'active',
    deliveredAt: ctx.now,
    delivery: { ...op.payload, deliveredAt: ctx.now, overdue: ctx.deadlines.isOverdue(r.dueDate, ctx.now) },
    validUntil: r.validUntil ?? oneYearAfter(ctx.now),
    ...(await stepDue(ctx.tx, ctx.deadlines, r, ['delivered'], ctx.now)),
    revision: r.revision + 1,
    updatedAt: ctx.now,
  };
  await saveRequest(ctx.tx, next, ctx.now, false, true);
  await recordRequestEvent(ctx.tx, r.id, 'delivered', 'provider', ctx.now);
  return accepted(next.revision);
};

/** Revoke a grant: either party of it may (the provider for an unused grant, the requester giving it up). */
export const revokeRequest: OpHandler<'request.revoke'> = async (ctx, op) => {
  const { tx, department, now } = ctx;
  const r = await getRequest(tx, op.entityId);
  if (!r) throw new OpRejection('NOT_FOUND');
  const by = r.providerCode === department.code ? 'provider' : r.requesterCode === department.code ? 'requester' : undefined;
  if (!by) throw new OpRejection('FORBIDDEN');
  if (op.baseRevision !== r.revision) return conflict(r.revision, r.state, r);
  if (!['active', 'expired', 'renewalRequested'].includes(r.state)) throw new OpRejection('STATE_FORBIDS', { state: r.state });
  const next: ShareRequest = { ...r, state: 'revoked', dueDate: undefined, dueStep: undefined, revocation: { reason: op.payload.reason, by, revokedAt: now }, revision: r.revision + 1, updatedAt: now };
  await saveRequest(tx, next, now);
  await recordRequestEvent(tx, r.id, 'revoked', by, now, op.payload.reason);
  return accepted(next.revision);
};

/**
 * The requester escalates a refused request, or one whose current step is overdue, to the
 * authority (the coordinating office): the step in hand ends and the authority's ruling deadline
 * starts. A request the authority has ruled on is not escalated again.
 */
export const escalateRequest: OpHandler<'request.escalate'> = async (ctx, op) => {
  const r = await forChange(ctx, op, 'requester', ['rejected', 'platformCheck', 'providerReview', 'renewalRequested']);
  if (isOutcome(r)) return r;
  if (r.ruling || (r.state !== 'rejected' && !ctx.deadlines.isOverdue(r.dueDate, ctx.now))) throw new OpRejection('STATE_FORBIDS', { state: r.state });
  const next: ShareRequest = {
    ...r,
    state: 'escalated',
    escalation: { reason: op.payload.reason, escalatedAt: ctx.now },
    ...(await stepDue(ctx.tx, ctx.deadlines, r, ['escalated'], ctx.now)),
    revision: r.revision + 1,
    updatedAt: ctx.now,
  };
  // The provider is a party to the dispute: it hears of it and may state its side.
  await saveRequest(ctx.tx, next, ctx.now, false, true);
  await recordRequestEvent(ctx.tx, r.id, 'escalated', 'requester', ctx.now, op.payload.reason);
  return accepted(next.revision);
};

/** The provider states its side of an escalated request to the authority (once more replaces the statement). */
export const stateOnRequest: OpHandler<'request.statement'> = async (ctx, op) => {
  const r = await forChange(ctx, op, 'provider', ['escalated']);
  if (isOutcome(r)) return r;
  const next: ShareRequest = { ...r, providerStatement: { text: op.payload.statement, at: ctx.now }, revision: r.revision + 1, updatedAt: ctx.now };
  await saveRequest(ctx.tx, next, ctx.now, false, true);
  await recordRequestEvent(ctx.tx, r.id, 'statement', 'provider', ctx.now, op.payload.statement);
  return accepted(next.revision);
};
