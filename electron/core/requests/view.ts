import type { Deadline } from '@shared/calendar/index';
import { allowedRequestEvents } from '@shared/domain/request-states';
import { REQUEST_RULES } from '@shared/domain/request-rules';
import { REQUEST_PAGE_MAX, type RequestView } from '@shared/ipc/channels/requests';
import type { ProfileId } from '@shared/profiles/types';
import type { Reader } from '../db/database';
import { ATTACHMENTS_SQL, attachmentsOf, attachmentView, type AttachmentRow, type AttachmentView } from '../attachments/public';
import { todayOf } from '../deadlines/calendar';
import { pressing, requestDeadlines } from '../deadlines/request-deadlines';
import { deadlineContext, storedDeadlines, type DeadlineContext } from '../deadlines/stored';
import { REQUEST_ENTITY, requestEvents, type EventRow, type RequestRow } from './repository';
import { lifecycleOf } from './lifecycle';

export { todayOf };
/** The requests' name for the deadline context their views are built with. */
export type ViewContext = DeadlineContext;
export const viewContext = deadlineContext;

export function sealedFormRequired(profile: ProfileId, row: Pick<RequestRow, 'role' | 'share_type'>): boolean {
  return row.role === 'requester' && row.share_type === 'conditional' && REQUEST_RULES[profile].sealedFormRequired.value;
}

const actions = new Map<RequestRow['state'], RequestView['allowed']>();
/** What the officer may do from a state (sync's and the platform's events are not actions). */
function officerActions(state: RequestRow['state']): RequestView['allowed'] {
  let a = actions.get(state);
  if (!a) actions.set(state, (a = allowedRequestEvents(state).filter((t) => !t.startsWith('platform.') && t !== 'accepted' && t !== 'refused' && t !== 'cancelRefused' && t !== 'deliverRefused' && t !== 'escalateRefused')));
  return [...a];
}

/** The request's deadlines: stored when current, else computed from its events. */
async function deadlinesOf(db: Reader, row: RequestRow, vc: ViewContext): Promise<Deadline[]> {
  return storedDeadlines(row, vc) ?? requestDeadlines(vc.profile, row, await requestEvents(db, row.id), vc.calendar, vc.today);
}

export async function requestView(db: Reader, row: RequestRow, vc: ViewContext): Promise<RequestView> {
  const number = await db.get<{ number: string }>('SELECT number FROM demand_form_numbers WHERE request_id = ?', [row.id]);
  return buildView(row, await deadlinesOf(db, row, vc), await attachmentsOf(db, REQUEST_ENTITY, row.id), vc, number?.number);
}

/**
 * Views of many requests with one query for their attachments, not one per request; deadlines as
 * stored (the list recomputes stale ones first), computed from the events only for rows without.
 * A page (at most REQUEST_PAGE_MAX rows) reads only its rows' attachments (one query by owner).
 */
export async function requestViews(db: Reader, rows: readonly RequestRow[], vc: ViewContext): Promise<RequestView[]> {
  if (rows.length <= REQUEST_PAGE_MAX) {
    const attachments = await attachmentsByOwner(db, `SELECT * FROM (${ATTACHMENTS_SQL(false)}) WHERE owner_id IN (${rows.map(() => '?').join(',')}) ORDER BY added_at, sha256`, [REQUEST_ENTITY, ...rows.map((r) => r.id)]);
    const numbers = await formNumbers(db, rows);
    return Promise.all(rows.map(async (r) => buildView(r, await deadlinesOf(db, r, vc), attachments.get(r.id) ?? [], vc, numbers.get(r.id))));
  }
  const deadlines = new Map<string, Deadline[]>();
  const missing: RequestRow[] = [];
  for (const r of rows) {
    const stored = storedDeadlines(r, vc);
    if (stored) deadlines.set(r.id, stored);
    else missing.push(r);
  }
  if (missing.length) {
    const events = new Map<string, EventRow[]>();
    // Only what the deadlines need: a list of thousands converts fewer values (the history has its own channel).
    for (const e of await db.all<EventRow & { request_id: string }>("SELECT request_id, type, outcome, from_state, to_state, at FROM share_request_events WHERE outcome = 'applied' ORDER BY seq")) {
      const list = events.get(e.request_id);
      if (list) list.push(e);
      else events.set(e.request_id, [e]);
    }
    for (const r of missing) deadlines.set(r.id, requestDeadlines(vc.profile, r, events.get(r.id) ?? [], vc.calendar, vc.today));
  }
  const attachments = await attachmentsByOwner(db, ATTACHMENTS_SQL(false), [REQUEST_ENTITY]);
  const numbers = await formNumbers(db);
  return rows.map((r) => buildView(r, deadlines.get(r.id)!, attachments.get(r.id) ?? [], vc, numbers.get(r.id)));
}

/** Form numbers (one per printed demand form): a page's rows, or every request's in one query. */
async function formNumbers(db: Reader, rows?: readonly RequestRow[]): Promise<Map<string, string>> {
  const sql = rows ? `SELECT request_id, number FROM demand_form_numbers WHERE request_id IN (${rows.map(() => '?').join(',')})` : 'SELECT request_id, number FROM demand_form_numbers';
  const numbers = new Map<string, string>();
  for (const n of await db.all<{ request_id: string; number: string }>(sql, rows?.map((r) => r.id) ?? [])) numbers.set(n.request_id, n.number);
  return numbers;
}

async function attachmentsByOwner(db: Reader, sql: string, params: string[]): Promise<Map<string, AttachmentView[]>> {
  const attachments = new Map<string, AttachmentView[]>();
  for (const a of await db.all<AttachmentRow>(sql, params)) {
    const v = attachmentView(a);
    const list = attachments.get(a.owner_id);
    if (list) list.push(v);
    else attachments.set(a.owner_id, [v]);
  }
  return attachments;
}

/**
 * Working days from today to a running deadline's due day (0 = due today); negative when overdue, by
 * the working days since. A paused deadline keeps the remainder computeDeadlines gave it.
 */
function workingDaysLeft(c: Deadline, vc: ViewContext): { remainingWorkingDays?: number } {
  if (c.status === 'done' || c.status === 'paused' || !c.due) return {};
  return { remainingWorkingDays: c.due >= vc.today ? vc.calendar.workingDaysBetween(vc.today, c.due) : -vc.calendar.workingDaysBetween(c.due, vc.today) };
}

function buildView(row: RequestRow, deadlines: Deadline[], attachments: AttachmentView[], vc: ViewContext, formNumber: string | undefined): RequestView {
  const p = pressing(deadlines);
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    id: row.id,
    role: row.role,
    state: row.state,
    entryId: row.entry_id,
    entryName: row.entry_name,
    entryCode: row.entry_code,
    shareType: row.share_type,
    requesterCode: row.requester_code,
    requesterName: row.requester_name,
    providerCode: row.provider_code,
    providerName: row.provider_name,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    ...(row.sensitive_items ? { sensitiveItems: JSON.parse(row.sensitive_items) as string[] } : {}),
    platformRevision: row.platform_revision,
    submittedAt: opt(row.submitted_at),
    dueDate: p.next?.due ?? opt(row.due_date),
    decision: row.decision ? (JSON.parse(row.decision) as RequestView['decision']) : undefined,
    validUntil: opt(row.valid_until),
    delivery: row.delivery ? (JSON.parse(row.delivery) as RequestView['delivery']) : undefined,
    dispute: row.dispute ? (JSON.parse(row.dispute) as RequestView['dispute']) : undefined,
    lastUsedAt: opt(row.last_used_at),
    seasonal: row.seasonal === 1,
    lifecycle: lifecycleOf(row),
    refusal: opt(row.refusal),
    sealedFormRequired: sealedFormRequired(vc.profile, row),
    ...(formNumber ? { formNumber } : {}),
    attachments,
    deadlines: deadlines.map((c) => ({ ...c, rule: { workingDays: c.rule.workingDays, wording: c.rule.wording, source: c.rule.source }, ...workingDaysLeft(c, vc) })),
    overdue: p.overdue,
    dueSoon: p.dueSoon,
    calendarCovered: p.calendarCovered,
    allowed: officerActions(row.state),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
