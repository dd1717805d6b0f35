import type { Notice } from '@shared/protocol/index';
import type { NoticeView } from '@shared/ipc/channels/notices';
import { AppError } from '@shared/ipc/errors';
import { parseDay, type WorkingCalendar } from '@shared/calendar/index';
import type { Reader, Tx } from '../db/database';

export const NOTICE_ENTITY = 'notice';

export interface NoticeRow {
  id: string;
  entry_id: string;
  entry_name: string;
  kind: NoticeView['kind'];
  evidence: string;
  issued_at: string;
  due_date: string;
  state: NoticeView['state'];
  platform_revision: number;
  answer: string | null;
  conclusion: string | null;
  history: string;
  draft: string | null;
  updated_at: string;
}

/** An answer is owed while the notice is issued or reopened (and not yet queued). */
export const OWED_STATES = ['issued', 'reopened'] as const;

export async function loadNotice(db: Reader, id: string): Promise<NoticeRow> {
  const row = await db.get<NoticeRow>('SELECT * FROM notices WHERE id = ?', [id]);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The deadline's state on `today`: due soon from the working day before the due date. */
export function deadlineStatus(row: Pick<NoticeRow, 'state' | 'due_date'>, today: string, calendar: WorkingCalendar): NoticeView['deadlineStatus'] {
  if (!(OWED_STATES as readonly string[]).includes(row.state)) return 'done';
  const now = parseDay(today, 'today');
  const due = parseDay(row.due_date, 'due');
  if (now > due) return 'overdue';
  if (now >= calendar.previousWorkingDayNumber(due)) return 'dueSoon';
  return 'running';
}

export function noticeView(row: NoticeRow, today: string, calendar: WorkingCalendar): NoticeView {
  const answer = row.answer ? (JSON.parse(row.answer) as { rectification: string; answeredAt: string; late: boolean }) : undefined;
  return {
    id: row.id,
    entryId: row.entry_id,
    entryName: row.entry_name,
    kind: row.kind,
    evidence: row.evidence,
    issuedAt: row.issued_at,
    dueDate: row.due_date,
    state: row.state,
    deadlineStatus: deadlineStatus(row, today, calendar),
    ...(answer ? { answer: { rectification: answer.rectification, answeredAt: answer.answeredAt, late: answer.late } } : {}),
    ...(row.conclusion ? { conclusion: JSON.parse(row.conclusion) as NoticeView['conclusion'] } : {}),
    ...(row.draft ? { draft: row.draft } : {}),
    history: JSON.parse(row.history) as NoticeView['history'],
  };
}

/**
 * The platform's version of a notice (pulled). An older or repeated revision changes nothing; an
 * answer queued here stays queued until the platform's answered version arrives.
 */
export async function applyNotice(tx: Tx, n: Notice): Promise<void> {
  const row = await tx.get<NoticeRow>('SELECT * FROM notices WHERE id = ?', [n.id]);
  if (row && n.revision <= row.platform_revision) return;
  const state = row?.state === 'answerQueued' && (n.state === 'issued' || n.state === 'reopened') ? 'answerQueued' : n.state;
  await tx.run(
    `INSERT INTO notices (id, entry_id, entry_name, kind, evidence, issued_at, due_date, state, platform_revision, answer, conclusion, history, draft, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
     ON CONFLICT (id) DO UPDATE SET due_date = excluded.due_date, state = excluded.state, platform_revision = excluded.platform_revision,
       answer = excluded.answer, conclusion = excluded.conclusion, history = excluded.history, updated_at = excluded.updated_at,
       draft = CASE WHEN excluded.state = 'reopened' THEN NULL ELSE notices.draft END`,
    [
      n.id,
      n.entryId,
      n.entryName,
      n.kind,
      n.evidence,
      n.issuedAt,
      n.dueDate,
      state,
      n.revision,
      n.answer ? JSON.stringify({ rectification: n.answer.rectification, answeredAt: n.answer.answeredAt, late: n.answer.late }) : null,
      n.conclusion ? JSON.stringify(n.conclusion) : null,
      JSON.stringify(n.history),
      n.updatedAt,
    ],
  );
}
