import { chinaDay, createWorkingCalendar, formatDay, type WorkingCalendar } from '@shared/calendar/index';
import { NOTICE_RECTIFICATION } from '@shared/evaluation/notices';
import { DEADLINES } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/index';
import type { Notice } from '@shared/protocol/index';
import type { z } from 'zod';
import type { issueNoticeRequestSchema } from '@shared/protocol/evaluation';
import type { Tx } from '../db/sqlite';
import { HttpError, OpRejection } from '../errors';
import { appendChange } from '../feed';
import { getEntry } from './catalogue';
import { checkAttachments } from './requests';
import { accepted, conflict, type OpHandler } from './types';

const calendars = new Map<ProfileId, WorkingCalendar>();
function calendarOf(profile: ProfileId): WorkingCalendar {
  let c = calendars.get(profile);
  if (!c) calendars.set(profile, (c = createWorkingCalendar({ localDaysOff: DEADLINES[profile].localDaysOff })));
  return c;
}

/** The profile's rectification period from the day in China the notice was issued. */
export function noticeDue(profile: ProfileId, issuedAt: string): string {
  return calendarOf(profile).addWorkingDays(formatDay(chinaDay(issuedAt, 'issuedAt')), NOTICE_RECTIFICATION[profile].workingDays);
}

export async function getNotice(tx: Pick<Tx, 'get'>, id: string): Promise<Notice | undefined> {
  const row = await tx.get<{ body: string }>('SELECT body FROM notices WHERE id = ?', [id]);
  return row ? (JSON.parse(row.body) as Notice) : undefined;
}

/** Stores the notice and tells the department that provides the resource. */
async function saveNotice(tx: Tx, n: Notice, now: string): Promise<void> {
  await tx.run(
    'INSERT INTO notices (id, entry_id, department_code, state, revision, issued_at, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET state = excluded.state, revision = excluded.revision, body = excluded.body, updated_at = excluded.updated_at',
    [n.id, n.entryId, n.departmentCode, n.state, n.revision, n.issuedAt, JSON.stringify(n), now],
  );
  await appendChange(tx, n.departmentCode, `notice:${n.id}`, { kind: 'notice.update', notice: n }, now);
}

/** The authority issues a notice on a published resource; the same id again is answered with the notice as it is. */
export async function issueNotice(tx: Tx, body: z.output<typeof issueNoticeRequestSchema>, profile: ProfileId, now: string): Promise<Notice> {
  const existing = await getNotice(tx, body.id);
  if (existing) {
    if (existing.entryId !== body.entryId) throw new HttpError('CONFLICT', { current: existing.revision });
    return existing;
  }
  const entry = await getEntry(tx, body.entryId);
  if (!entry?.published_at) throw new HttpError('NOT_FOUND');
  const notice: Notice = {
    id: body.id,
    entryId: entry.id,
    entryName: entry.published_name ?? entry.name,
    departmentCode: entry.department_code,
    kind: body.kind,
    evidence: body.evidence,
    issuedAt: now,
    dueDate: body.dueDate ?? noticeDue(profile, now),
    state: 'issued',
    revision: 1,
    history: [{ type: 'issued', at: now }],
    updatedAt: now,
  };
  await saveNotice(tx, notice, now);
  return notice;
}

/** The authority accepts the rectification, or reopens the notice (a new answer is owed by a new due date). */
export async function concludeNotice(tx: Tx, id: string, revision: number, result: 'accepted' | 'reopened', note: string | undefined, profile: ProfileId, now: string): Promise<Notice> {
  const n = await getNotice(tx, id);
  if (!n) throw new HttpError('NOT_FOUND');
  if (n.revision !== revision) throw new HttpError('CONFLICT', { current: n.revision });
  if (n.state !== 'answered') throw new HttpError('STATE_FORBIDS', { state: n.state });
  const next: Notice = {
    ...n,
    state: result,
    conclusion: { result, ...(note ? { note } : {}), at: now },
    ...(result === 'reopened' ? { dueDate: noticeDue(profile, now) } : {}),
    revision: n.revision + 1,
    history: [...n.history, { type: result, at: now, ...(note ? { note } : {}) }],
    updatedAt: now,
  };
  await saveNotice(tx, next, now);
  return next;
}

/**
 * The department's rectification, pushed from its outbox. An answer after the due date is
 * accepted and marked late (it counts against the resource's quality).
 */
export const answerNotice: OpHandler<'notice.answer'> = async (ctx, op) => {
  const n = await getNotice(ctx.tx, op.entityId);
  if (!n) throw new OpRejection('NOT_FOUND');
  if (n.departmentCode !== ctx.department.code) throw new OpRejection('FORBIDDEN');
  if (op.baseRevision !== n.revision) return conflict(n.revision, n.state, n);
  if (n.state !== 'issued' && n.state !== 'reopened') throw new OpRejection('STATE_FORBIDS', { state: n.state });
  await checkAttachments(ctx.tx, ctx.department.code, op.payload.attachments);
  const late = ctx.deadlines.isOverdue(n.dueDate, ctx.now);
  const next: Notice = {
    ...n,
    state: 'answered',
    answer: { rectification: op.payload.rectification, attachments: op.payload.attachments, answeredAt: ctx.now, late },
    revision: n.revision + 1,
    history: [...n.history, { type: 'answered', at: ctx.now, note: op.payload.rectification, late }],
    updatedAt: ctx.now,
  };
  await saveNotice(ctx.tx, next, ctx.now);
  return accepted(next.revision);
};
