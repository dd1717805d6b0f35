import type { FastifyInstance } from 'fastify';
import type { EntryValues } from '@shared/domain/entry';
import type { ReviewResult, ShareRequest, SubmittedEntry } from '@shared/protocol/index';
import type { PlatformContext } from '../context';
import type { Tx } from '../db/sqlite';
import { HttpError } from '../errors';
import { appendChange } from '../feed';
import { appendPublished, getEntry, PUBLISH_SQL, toSharedEntry, type EntryRow } from '../ops/catalogue';
import { recordReviewReturn } from '../ops/evaluation';
import { getRequest, oneYearAfter, saveRequest, stepDue } from '../ops/requests';
import { settleRenewal } from '../ops/authorisations';
import { recordRequestEvent, requestEvents } from '../ops/request-events';
import { departmentName } from '../ops/types';
import { acceptList, answerEvaluation, returnList, reviewLists } from '../ops/lists';
import { route } from './http';

function submitted(row: EntryRow & { department_name: string }): SubmittedEntry {
  return {
    id: row.id,
    code: row.code,
    revision: row.revision,
    state: row.state,
    departmentCode: row.department_code,
    departmentName: row.department_name,
    submittedAt: row.submitted_at,
    ...(row.review_due ? { reviewDueDate: row.review_due } : {}),
    entry: JSON.parse(row.body) as EntryValues,
  };
}

const ENTRY_SQL = 'SELECT e.*, d.name AS department_name FROM entries e JOIN departments d ON d.code = e.department_code';

/** The entry a reviewer acts on: it must be the revision they read, and still awaiting review. */
async function entryForReview(tx: Tx, id: string, revision: number): Promise<EntryRow> {
  const row = await getEntry(tx, id);
  if (!row) throw new HttpError('NOT_FOUND');
  if (row.revision !== revision) throw new HttpError('CONFLICT', { current: row.revision });
  if (row.state !== 'submitted') throw new HttpError('STATE_FORBIDS', { state: row.state });
  return row;
}

async function requestForReview(tx: Tx, id: string, revision: number, states: ShareRequest['state'][]): Promise<ShareRequest> {
  const r = await getRequest(tx, id);
  if (!r) throw new HttpError('NOT_FOUND');
  if (r.revision !== revision) throw new HttpError('CONFLICT', { current: r.revision });
  if (!states.includes(r.state)) throw new HttpError('STATE_FORBIDS', { state: r.state });
  return r;
}

export function reviewRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  route(app, ctx, 'reviewEntries', async ({ query }) => {
    const byKind = query.kind ? ' AND kind = ?' : '';
    const filter = query.kind ? [query.state, query.kind] : [query.state];
    const total = await ctx.db.get<{ n: number }>(`SELECT count(*) AS n FROM entries WHERE state = ?${byKind}`, filter);
    const rows = await ctx.db.all<EntryRow & { department_name: string }>(
      `${ENTRY_SQL} WHERE e.state = ?${byKind.replace('kind', 'e.kind')} ORDER BY e.submitted_at, e.id LIMIT ? OFFSET ?`,
      [...filter, query.limit ?? 100, query.offset ?? 0],
    );
    return { total: total?.n ?? 0, entries: rows.map(submitted) };
  });

  route(app, ctx, 'reviewEntry', async ({ params }) => {
    const row = await ctx.db.get<EntryRow & { department_name: string }>(`${ENTRY_SQL} WHERE e.id = ?`, [params.id]);
    if (!row) throw new HttpError('NOT_FOUND');
    return { entry: submitted(row) };
  });

  route(app, ctx, 'approveEntry', async ({ params, body, now }) => {
    const at = now.toISOString();
    const entry = await ctx.db.transaction(async (tx) => {
      const row = await entryForReview(tx, params.id, body.revision);
      await tx.run(PUBLISH_SQL, [at, at, row.id]);
      const published = toSharedEntry(row, await departmentName(tx, row.department_code), at);
      await appendPublished(tx, published, at);
      const review: ReviewResult = { entryId: row.id, revision: row.revision, result: 'approved', comments: [], reviewedAt: at };
      await appendChange(tx, row.department_code, `review:${row.id}`, { kind: 'review.result', review }, at);
      return published;
    });
    return { entry };
  });

  route(app, ctx, 'returnEntry', async ({ params, body, now }) => {
    const at = now.toISOString();
    await ctx.db.transaction(async (tx) => {
      const row = await entryForReview(tx, params.id, body.revision);
      await tx.run("UPDATE entries SET state = 'returned', updated_at = ? WHERE id = ?", [at, row.id]);
      await recordReviewReturn(tx, row.id, at);
      const review: ReviewResult = { entryId: row.id, revision: row.revision, result: 'returned', comments: body.comments, note: body.note, reviewedAt: at };
      await appendChange(tx, row.department_code, `review:${row.id}`, { kind: 'review.result', review }, at);
    });
    const row = await ctx.db.get<EntryRow & { department_name: string }>(`${ENTRY_SQL} WHERE e.id = ?`, [params.id]);
    return { entry: submitted(row!) };
  });

  route(app, ctx, 'reviewRequests', async ({ query }) => {
    const total = await ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM requests WHERE state = ?', [query.state]);
    const rows = await ctx.db.all<{ body: string }>('SELECT body FROM requests WHERE state = ? ORDER BY updated_at, id LIMIT ? OFFSET ?', [
      query.state,
      query.limit ?? 100,
      query.offset ?? 0,
    ]);
    const requests = rows.map((r) => JSON.parse(r.body) as ShareRequest);
    return { total: total?.n ?? 0, requests, events: await requestEvents(ctx.db, requests.map((r) => r.id)) };
  });

  /** The platform decides unconditional requests (符合性审查); conditional ones are the provider's. */
  route(app, ctx, 'decideRequest', async ({ params, body, now }) => {
    const at = now.toISOString();
    const request = await ctx.db.transaction(async (tx) => {
      const r = await requestForReview(tx, params.id, body.revision, ['platformCheck', 'renewalRequested']);
      if (r.shareType !== 'unconditional') throw new HttpError('STATE_FORBIDS', { state: r.state });
      const state = body.decision === 'approve' ? 'approved' : 'rejected';
      const next: ShareRequest = {
        ...r,
        state,
        decision: { decision: body.decision, reason: body.reason, by: 'platform', decidedAt: at, overdue: ctx.deadlines.isOverdue(r.dueDate, at) },
        // 伊川: the platform's 3 working days run on until it delivers.
        ...(await stepDue(tx, ctx.deadlines, r, [state], at)),
        revision: r.revision + 1,
        updatedAt: at,
      };
      const settled = await settleRenewal(tx, next, at);
      await saveRequest(tx, settled, at, true);
      await recordRequestEvent(tx, r.id, state, 'platform', at, body.reason);
      return settled;
    });
    return { request: JSON.parse(JSON.stringify(request)) as ShareRequest };
  });

  route(app, ctx, 'deliverRequest', async ({ params, body, now }) => {
    const at = now.toISOString();
    const request = await ctx.db.transaction(async (tx) => {
      const r = await requestForReview(tx, params.id, body.revision, ['approved']);
      const next: ShareRequest = {
        ...r,
        state: 'active',
        deliveredAt: at,
        deliveryNote: body.note,
        validUntil: body.validUntil ?? r.validUntil ?? oneYearAfter(at),
        ...(await stepDue(tx, ctx.deadlines, r, ['delivered'], at)),
        revision: r.revision + 1,
        updatedAt: at,
      };
      await saveRequest(tx, next, at);
      await recordRequestEvent(tx, r.id, 'delivered', 'platform', at, body.note);
      return next;
    });
    return { request: JSON.parse(JSON.stringify(request)) as ShareRequest };
  });

  /**
   * The authority rules on an escalated request: the refusal stands (rejected), or the provider is
   * ordered to share (approved, and the delivery step starts where the profile times it). A late
   * ruling is recorded as overdue. Both departments see it in their feeds.
   */
  route(app, ctx, 'ruleRequest', async ({ params, body, now }) => {
    const at = now.toISOString();
    const request = await ctx.db.transaction(async (tx) => {
      const r = await requestForReview(tx, params.id, body.revision, ['escalated']);
      const state = body.outcome === 'orderShare' ? 'approved' : 'rejected';
      const next: ShareRequest = {
        ...r,
        state,
        ruling: { outcome: body.outcome, reasoning: body.reasoning, ruledAt: at, overdue: ctx.deadlines.isOverdue(r.dueDate, at) },
        ...(await stepDue(tx, ctx.deadlines, r, ['ruled', state], at)),
        revision: r.revision + 1,
        updatedAt: at,
      };
      await saveRequest(tx, next, at, false, true);
      await recordRequestEvent(tx, r.id, body.outcome === 'orderShare' ? 'ruledShare' : 'ruledRefusal', 'authority', at, body.reasoning);
      return next;
    });
    return { request: JSON.parse(JSON.stringify(request)) as ShareRequest };
  });

  // Lists reported to the authority (platform/ops/lists.ts): the queue, accept, return with row comments, evaluation answers.
  route(app, ctx, 'reviewLists', async ({ query }) => reviewLists(ctx.db, query));
  route(app, ctx, 'acceptList', async ({ params, body, now }) => ({ submission: await ctx.db.transaction((tx) => acceptList(tx, params.id, body, now.toISOString())) }));
  route(app, ctx, 'returnList', async ({ params, body, now }) => ({ submission: await ctx.db.transaction((tx) => returnList(tx, params.id, body, now.toISOString())) }));
  route(app, ctx, 'answerEvaluation', async ({ params, body, now }) => ({
    submission: await ctx.db.transaction((tx) => answerEvaluation(tx, params.id, params.demandId, body, now.toISOString())),
  }));
}
