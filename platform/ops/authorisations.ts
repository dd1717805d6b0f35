import { chinaDay, formatDay } from '@shared/calendar/index';
import { USAGE_FEED_DAYS } from '@shared/domain/authorisation-rules';
import type { OperationPayload, ShareRequest, UsageSummary } from '@shared/protocol/index';
import type { Db, Tx } from '../db/sqlite';
import { HttpError, OpRejection } from '../errors';
import { appendChange } from '../feed';
import { createRequest, decideRequest, getRequest, saveRequest } from './requests';
import { recordRequestEvent } from './request-events';
import { scenarioGrantFor } from './scenarios';
import { accepted, conflict, type OpContext, type OpHandler } from './types';

/**
 * The authorisation lifecycle on the platform (docs/requests.md "Authorisation lifecycle"): expiry
 * at the end of `validUntil`, usage per day, seasonal use, the authority's suspension, and
 * renewals as requests of their own linked to the authorisation they renew.
 */

/** States in which a request is an authorisation (granted and delivered, or past it). */
export const GRANTED_STATES: readonly ShareRequest['state'][] = ['active', 'expired', 'renewalRequested'];

const today = (now: string) => formatDay(chinaDay(now, 'now'));

/** Saves a lifecycle change: both parties of an authorisation hear of it. */
const saveForBoth = (tx: Tx, r: ShareRequest, now: string) => saveRequest(tx, r, now, false, true);

/**
 * Marks every active authorisation whose `validUntil` has ended (a day before today in China)
 * `expired`, in one transaction; both sides see it through their feeds. Run before each push and
 * pull, and by the server's sweep. Returns how many expired.
 */
export async function expireDue(db: Db, now: string): Promise<number> {
  const day = today(now);
  // A read first: nothing to write is the usual case, and it takes no write lock.
  const due = await db.get<{ n: number }>("SELECT count(*) AS n FROM requests WHERE state = 'active' AND json_extract(body, '$.validUntil') < ?", [day]);
  if (!due?.n) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx.all<{ body: string }>("SELECT body FROM requests WHERE state = 'active' AND json_extract(body, '$.validUntil') < ?", [day]);
    for (const row of rows) {
      const r = JSON.parse(row.body) as ShareRequest;
      await saveForBoth(tx, { ...r, state: 'expired', revision: r.revision + 1, updatedAt: now }, now);
      await recordRequestEvent(tx, r.id, 'expired', 'platform', now);
    }
    return rows.length;
  });
}

/** The requester declares seasonal use (with its reason) or withdraws the declaration. */
export const declareSeasonal: OpHandler<'request.declareSeasonal'> = async (ctx, op) => {
  const r = await getRequest(ctx.tx, op.entityId);
  if (!r) throw new OpRejection('NOT_FOUND');
  if (r.requesterCode !== ctx.department.code) throw new OpRejection('FORBIDDEN');
  if (op.baseRevision !== r.revision) return conflict(r.revision, r.state, r);
  if (!GRANTED_STATES.includes(r.state)) throw new OpRejection('STATE_FORBIDS', { state: r.state });
  const next: ShareRequest = { ...r, seasonal: op.payload.seasonal ? { reason: op.payload.reason!, declaredAt: ctx.now } : undefined, revision: r.revision + 1, updatedAt: ctx.now };
  await saveForBoth(ctx.tx, next, ctx.now);
  return accepted(next.revision);
};

/** The authority suspends an active authorisation for misuse; a suspended one cannot be suspended again. */
export async function suspend(tx: Tx, id: string, revision: number, reason: string, now: string): Promise<ShareRequest> {
  const r = await forAuthority(tx, id, revision);
  if (r.state !== 'active' || (r.suspension && !r.suspension.liftedAt)) throw new HttpError('STATE_FORBIDS', { state: r.suspension && !r.suspension.liftedAt ? 'suspended' : r.state });
  const next: ShareRequest = { ...r, suspension: { reason, suspendedAt: now }, revision: r.revision + 1, updatedAt: now };
  await saveForBoth(tx, next, now);
  await recordRequestEvent(tx, id, 'suspended', 'authority', now, reason);
  return next;
}

/** The authority lifts its suspension: the authorisation is in force again (until `validUntil`). */
export async function liftSuspension(tx: Tx, id: string, revision: number, note: string | undefined, now: string): Promise<ShareRequest> {
  const r = await forAuthority(tx, id, revision);
  if (!r.suspension || r.suspension.liftedAt) throw new HttpError('STATE_FORBIDS', { state: r.state });
  const next: ShareRequest = { ...r, suspension: { ...r.suspension, liftedAt: now, ...(note ? { liftNote: note } : {}) }, revision: r.revision + 1, updatedAt: now };
  await saveForBoth(tx, next, now);
  await recordRequestEvent(tx, id, 'suspensionLifted', 'authority', now, note);
  return next;
}

async function forAuthority(tx: Tx, id: string, revision: number): Promise<ShareRequest> {
  const r = await getRequest(tx, id);
  if (!r) throw new HttpError('NOT_FOUND');
  if (r.revision !== revision) throw new HttpError('CONFLICT', { current: r.revision });
  return r;
}

/**
 * Records calls per day of a delivered authorisation: by the authority, or by the provider's own
 * gateway (its officer account); nobody else. A day reported again replaces its count. Both
 * parties get the summary (`authorisation.usage`): the recent days and the last day of use.
 */
export async function recordUsage(
  tx: Tx,
  id: string,
  by: { role: 'officer' | 'reviewer'; departmentCode: string },
  days: readonly { day: string; calls: number }[],
  now: string,
): Promise<UsageSummary> {
  const r = await getRequest(tx, id);
  if (!r) throw new HttpError('NOT_FOUND');
  if (by.role !== 'reviewer' && by.departmentCode !== r.providerCode) throw new HttpError('FORBIDDEN');
  if (!r.deliveredAt) throw new HttpError('STATE_FORBIDS', { state: r.state });
  const until = today(now);
  const from = today(r.deliveredAt);
  const issues = days.flatMap((d, i) => (d.day > until || d.day < from ? [{ path: `days.${i}.day`, code: 'validation.usageDay' }] : []));
  if (issues.length) throw new HttpError('VALIDATION', {}, issues);
  for (const d of days) {
    await tx.run('INSERT INTO authorisation_usage (request_id, day, calls, recorded_at) VALUES (?, ?, ?, ?) ON CONFLICT (request_id, day) DO UPDATE SET calls = excluded.calls, recorded_at = excluded.recorded_at', [
      id,
      d.day,
      d.calls,
      now,
    ]);
  }
  const usage = await usageSummary(tx, id);
  const key = `usage:${id}`;
  await appendChange(tx, r.requesterCode, key, { kind: 'authorisation.usage', usage }, now);
  await appendChange(tx, r.providerCode, key, { kind: 'authorisation.usage', usage }, now);
  return usage;
}

export async function usageSummary(tx: Pick<Tx, 'get' | 'all'>, id: string): Promise<UsageSummary> {
  const recent = await tx.all<{ day: string; calls: number }>('SELECT day, calls FROM authorisation_usage WHERE request_id = ? ORDER BY day DESC LIMIT ?', [id, USAGE_FEED_DAYS]);
  const totals = await tx.get<{ total: number | null; last: string | null }>(
    'SELECT sum(calls) AS total, (SELECT max(day) FROM authorisation_usage WHERE request_id = ? AND calls > 0) AS last FROM authorisation_usage WHERE request_id = ?',
    [id, id],
  );
  return { requestId: id, days: recent.reverse(), ...(totals?.last ? { lastUsedOn: totals.last } : {}), totalCalls: totals?.total ?? 0 };
}

/**
 * What a new request gets from the lifecycle: the authorisation it renews (checked: the same
 * requester and entry, active or expired, no other renewal pending), and a scenario-based grant
 * when it names a registered scenario that covers it. The old authorisation is told of its renewal.
 */
export async function onCreate(ctx: OpContext, request: ShareRequest, payload: OperationPayload<'request.create'>): Promise<ShareRequest> {
  let next = request;
  if (payload.renews) {
    const old = await getRequest(ctx.tx, payload.renews);
    if (!old) throw new OpRejection('NOT_FOUND');
    if (old.requesterCode !== ctx.department.code) throw new OpRejection('FORBIDDEN');
    if (old.entryId !== request.entryId) throw new OpRejection('VALIDATION', {}, [{ path: 'payload.renews', code: 'validation.renewsOtherEntry' }]);
    if (!['active', 'expired'].includes(old.state)) throw new OpRejection('STATE_FORBIDS', { state: old.state });
    const pending = old.renewedBy ? await getRequest(ctx.tx, old.renewedBy) : undefined;
    if (pending && ['platformCheck', 'providerReview'].includes(pending.state)) throw new OpRejection('STATE_FORBIDS', { state: 'renewalRequested' });
    next = { ...next, renews: old.id };
    await saveForBoth(ctx.tx, { ...old, renewedBy: request.id, revision: old.revision + 1, updatedAt: ctx.now }, ctx.now);
    await recordRequestEvent(ctx.tx, old.id, 'renewalFiled', 'requester', ctx.now);
  }
  if (payload.scenarioId) {
    const grant = await scenarioGrantFor(ctx, payload.scenarioId, request);
    if (grant) {
      next = {
        ...next,
        state: 'approved',
        dueDate: undefined,
        scenarioGrant: grant,
        decision: { decision: 'approve', reason: `依应用场景「${grant.name}」授权：${grant.basis}`.slice(0, 1000), by: 'platform', decidedAt: ctx.now, overdue: false },
      };
      next = await settleRenewal(ctx.tx, next, ctx.now);
      await recordRequestEvent(ctx.tx, request.id, 'scenarioGranted', 'platform', ctx.now, grant.name);
    }
  }
  return next;
}

/**
 * A renewal decided: approved, it takes over the old authorisation at once (active, with the old
 * delivery, no new delivery needed) and the old one ends (`expired`); refused, the old one runs on
 * until its own `validUntil`.
 */
export async function settleRenewal(tx: Tx, decided: ShareRequest, now: string): Promise<ShareRequest> {
  if (!decided.renews || decided.state !== 'approved') return decided;
  const old = await getRequest(tx, decided.renews);
  if (!old || !['active', 'expired'].includes(old.state)) return decided;
  if (old.state === 'active') await saveForBoth(tx, { ...old, state: 'expired', revision: old.revision + 1, updatedAt: now }, now);
  if (!old.deliveredAt) return decided;
  return {
    ...decided,
    state: 'active',
    deliveredAt: now,
    ...(old.delivery ? { delivery: { ...old.delivery, deliveredAt: now } } : {}),
    ...(old.deliveryNote ? { deliveryNote: old.deliveryNote } : {}),
    validUntil: decided.validUntil ?? `${Number(now.slice(0, 4)) + 1}${now.slice(4, 10)}`,
  };
}

/** `request.create` with the lifecycle: the renewal link and a scenario grant, in the same operation. */
export const createWithLifecycle: OpHandler<'request.create'> = async (ctx, op) => {
  const outcome = await createRequest(ctx, op);
  if (outcome.status !== 'accepted' || (!op.payload.renews && !op.payload.scenarioId)) return outcome;
  const created = (await getRequest(ctx.tx, op.entityId))!;
  await saveRequest(ctx.tx, await onCreate(ctx, created, op.payload), ctx.now);
  return outcome;
};

/** `request.decide` with the hand-over of an approved renewal, in the same operation and revision. */
export const decideWithRenewal: OpHandler<'request.decide'> = async (ctx, op) => {
  const outcome = await decideRequest(ctx, op);
  if (outcome.status !== 'accepted') return outcome;
  const decided = (await getRequest(ctx.tx, op.entityId))!;
  const settled = await settleRenewal(ctx.tx, decided, ctx.now);
  if (settled !== decided) await saveRequest(ctx.tx, settled, ctx.now, true);
  return outcome;
};
