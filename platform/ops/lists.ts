import type { z } from 'zod';
import { openFormIssues } from '@shared/domain/open-forms';
import { PROFILES } from '@shared/profiles/index';
import type {
  acceptListRequestSchema,
  answerEvaluationRequestSchema,
  EvaluationRequest,
  ListKind,
  ListSubmission,
  OperationKind,
  returnListRequestSchema,
  ReviewList,
  reviewListsQuerySchema,
} from '@shared/protocol/index';
import type { Db, Tx } from '../db/sqlite';
import { HttpError, OpRejection, type Issue } from '../errors';
import { appendChange } from '../feed';
import { nameKey } from './catalogue';
import { accepted, conflict, type OpContext, type OpHandler, type OpInput } from './types';

/**
 * Lists a department reports to the authority (docs/demands.md "Lists reported to the
 * authority"): each submission is stored whole, checked first — a refusal writes nothing — and
 * reviewed by the authority (accept, or return with comments per row). Demands the platform
 * cannot match to a published entry become requests to the authority to evaluate them.
 */

interface ListRow {
  id: string;
  department_code: string;
  list: ListKind;
  state: ListSubmission['state'];
  revision: number;
  rows: string;
  body: string;
}

const getList = (tx: Pick<Tx, 'get'>, id: string) => tx.get<ListRow>('SELECT * FROM list_submissions WHERE id = ?', [id]);

function reviewView(row: ListRow): ReviewList {
  return { ...(JSON.parse(row.body) as ListSubmission), rows: JSON.parse(row.rows) as Record<string, unknown>[] };
}

/** Stores the submission's current state and tells its department (one feed key per submission). */
async function saveList(tx: Tx, s: ListSubmission, rows: unknown[] | undefined, now: string): Promise<void> {
  if (rows)
    await tx.run(
      'INSERT INTO list_submissions (id, department_code, list, state, revision, submitted_at, rows, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [s.id, s.departmentCode, s.list, s.state, s.revision, s.submittedAt, JSON.stringify(rows), JSON.stringify(s), now],
    );
  else await tx.run('UPDATE list_submissions SET state = ?, revision = ?, body = ?, updated_at = ? WHERE id = ?', [s.state, s.revision, JSON.stringify(s), now, s.id]);
  await appendChange(tx, s.departmentCode, `list:${s.id}`, { kind: 'list.update', submission: s }, now);
}

/** The same submission id again (another opId): the one stored stands. */
async function existing(ctx: OpContext, id: string) {
  const row = await getList(ctx.tx, id);
  if (!row) return undefined;
  if (row.department_code !== ctx.department.code) throw new OpRejection('FORBIDDEN');
  return conflict(row.revision, row.state, { list: row.list });
}

async function submit(ctx: OpContext, op: OpInput<OperationKind>, list: ListKind, rows: unknown[], extra: Pick<ListSubmission, 'matches' | 'evaluations'>) {
  const s: ListSubmission = {
    id: op.entityId,
    list,
    departmentCode: ctx.department.code,
    departmentName: ctx.department.name,
    state: 'submitted',
    revision: 1,
    rowCount: rows.length,
    submittedAt: ctx.now,
    comments: [],
    ...extra,
  };
  await saveList(ctx.tx, s, rows, ctx.now);
  return accepted(1);
}

/** Entries named by a list must be the department's own where the platform holds them. */
async function checkOwnEntries(ctx: OpContext, rows: readonly { entryId: string }[], mustExist: boolean): Promise<void> {
  const issues: Issue[] = [];
  for (const [i, r] of rows.entries()) {
    const e = await ctx.tx.get<{ department_code: string }>('SELECT department_code FROM entries WHERE id = ?', [r.entryId]);
    if (e && e.department_code !== ctx.department.code) issues.push({ path: `payload.rows.${i}.entryId`, code: 'lists.validation.notYourEntry' });
    else if (!e && mustExist) issues.push({ path: `payload.rows.${i}.entryId`, code: 'lists.validation.unknownEntry' });
  }
  if (issues.length) throw new OpRejection('VALIDATION', {}, issues);
}

export const submitDemandList: OpHandler<'demandList.submit'> = async (ctx, op) => {
  const seen = await existing(ctx, op.entityId);
  if (seen) return seen;
  const matches: Record<string, string> = {};
  const evaluations: EvaluationRequest[] = [];
  for (const d of op.payload.rows) {
    // The department's own match when it names a published entry; else one published under the same name.
    const own = d.matchedEntryId ? await ctx.tx.get<{ id: string }>('SELECT id FROM entries WHERE id = ? AND published_at IS NOT NULL', [d.matchedEntryId]) : undefined;
    const found = own ?? (await ctx.tx.get<{ id: string }>('SELECT id FROM entries WHERE name_key = ? AND published_at IS NOT NULL ORDER BY id LIMIT 1', [nameKey(d.name)]));
    if (found) matches[d.id] = found.id;
    else evaluations.push({ demandId: d.id, number: d.number, name: d.name });
  }
  return submit(ctx, op, 'demands', op.payload.rows, { matches, evaluations });
};

export const submitResponsibilityList: OpHandler<'responsibilityList.submit'> = async (ctx, op) => {
  const seen = await existing(ctx, op.entityId);
  if (seen) return seen;
  await checkOwnEntries(ctx, op.payload.rows, false);
  return submit(ctx, op, 'responsibilities', op.payload.rows, { matches: {}, evaluations: [] });
};

/** The open-data catalogue: each entry's forms are checked by the department's profile, as the core checks them. */
export const submitOpenList: OpHandler<'openList.submit'> = async (ctx, op) => {
  const seen = await existing(ctx, op.entityId);
  if (seen) return seen;
  const profile = PROFILES[await ctx.deadlines.profileOf(ctx.tx, ctx.department.code)];
  const issues = op.payload.rows.flatMap((r, i) => openFormIssues(r, profile, `payload.rows.${i}`));
  if (issues.length) throw new OpRejection('VALIDATION', {}, issues);
  await checkOwnEntries(ctx, op.payload.rows, false);
  return submit(ctx, op, 'openData', op.payload.rows, { matches: {}, evaluations: [] });
};

// The reviewer's side (routes in platform/routes/review.ts).

export async function reviewLists(db: Db, query: z.output<typeof reviewListsQuerySchema>): Promise<{ total: number; submissions: ReviewList[] }> {
  const where = query.list ? 'WHERE state = ? AND list = ?' : 'WHERE state = ?';
  const args = query.list ? [query.state, query.list] : [query.state];
  const total = await db.get<{ n: number }>(`SELECT count(*) AS n FROM list_submissions ${where}`, args);
  const rows = await db.all<ListRow>(`SELECT * FROM list_submissions ${where} ORDER BY submitted_at, id LIMIT ? OFFSET ?`, [...args, query.limit ?? 100, query.offset ?? 0]);
  return { total: total?.n ?? 0, submissions: rows.map(reviewView) };
}

/** The submission a reviewer acts on: the revision they read, and still awaiting review. */
async function forReview(tx: Tx, id: string, revision: number, states: ListSubmission['state'][] = ['submitted']): Promise<{ row: ListRow; s: ListSubmission }> {
  const row = await getList(tx, id);
  if (!row) throw new HttpError('NOT_FOUND');
  if (row.revision !== revision) throw new HttpError('CONFLICT', { current: row.revision });
  if (!states.includes(row.state)) throw new HttpError('STATE_FORBIDS', { state: row.state });
  return { row, s: JSON.parse(row.body) as ListSubmission };
}

export async function acceptList(tx: Tx, id: string, body: z.output<typeof acceptListRequestSchema>, now: string): Promise<ReviewList> {
  const { row, s } = await forReview(tx, id, body.revision);
  const next: ListSubmission = { ...s, state: 'accepted', revision: s.revision + 1, reviewedAt: now, ...(body.note ? { note: body.note } : {}) };
  await saveList(tx, next, undefined, now);
  return reviewView({ ...row, body: JSON.stringify(next) });
}

export async function returnList(tx: Tx, id: string, body: z.output<typeof returnListRequestSchema>, now: string): Promise<ReviewList> {
  const { row, s } = await forReview(tx, id, body.revision);
  const bad = body.comments.findIndex((c) => c.row >= s.rowCount);
  if (bad >= 0) throw new HttpError('VALIDATION', {}, [{ path: `comments.${bad}.row`, code: 'validation.invalid' }]);
  const next: ListSubmission = { ...s, state: 'returned', revision: s.revision + 1, reviewedAt: now, comments: body.comments, ...(body.note ? { note: body.note } : {}) };
  await saveList(tx, next, undefined, now);
  return reviewView({ ...row, body: JSON.stringify(next) });
}

/** The authority's answer to a demand it was asked to evaluate; answering again replaces the answer. */
export async function answerEvaluation(tx: Tx, id: string, demandId: string, body: z.output<typeof answerEvaluationRequestSchema>, now: string): Promise<ReviewList> {
  const { row, s } = await forReview(tx, id, body.revision, ['submitted', 'accepted', 'returned']);
  if (!s.evaluations.some((e) => e.demandId === demandId)) throw new HttpError('NOT_FOUND');
  const next: ListSubmission = {
    ...s,
    revision: s.revision + 1,
    evaluations: s.evaluations.map((e) => (e.demandId === demandId ? { ...e, answer: body.answer, answeredAt: now } : e)),
  };
  await saveList(tx, next, undefined, now);
  return reviewView({ ...row, body: JSON.stringify(next) });
}
