import type { ListIssue, ListSubmissionView } from '@shared/ipc/channels/lists';
import type { EvaluationRequest, ListComment, ListKind, ListSubmission } from '@shared/protocol/lists';
import type { Reader, Tx } from '../db/database';

export const LIST_ENTITY = 'list_submission';

export interface SubmissionRow {
  id: string;
  list: ListKind;
  state: ListSubmissionView['state'];
  platform_revision: number;
  row_count: number;
  rows: string;
  submitted_at: string;
  reviewed_at: string | null;
  note: string | null;
  comments: string;
  matches: string;
  evaluations: string;
  refusal: string | null;
}

/** How a row is named to the officer: a demand by its number, an entry by its code, then the name. */
function labelOf(row: Record<string, unknown> | undefined, index: number): string {
  if (!row) return `#${index + 1}`;
  return `${String(row.number ?? row.code ?? `#${index + 1}`)} ${String(row.name ?? '')}`.trim();
}

export function submissionView(r: SubmissionRow): ListSubmissionView {
  const rows = JSON.parse(r.rows) as Record<string, unknown>[];
  const comments = JSON.parse(r.comments) as ListComment[];
  return {
    id: r.id,
    list: r.list,
    state: r.state,
    rowCount: r.row_count,
    submittedAt: r.submitted_at,
    ...(r.reviewed_at ? { reviewedAt: r.reviewed_at } : {}),
    ...(r.note ? { note: r.note } : {}),
    comments: comments.map((c) => ({ ...c, label: labelOf(rows[c.row], c.row) })),
    matches: JSON.parse(r.matches) as Record<string, string>,
    evaluations: JSON.parse(r.evaluations) as EvaluationRequest[],
    ...(r.refusal ? { refusal: JSON.parse(r.refusal) as NonNullable<ListSubmissionView['refusal']> } : {}),
  };
}

export async function listSubmissions(db: Reader, list: ListKind): Promise<ListSubmissionView[]> {
  const rows = await db.all<SubmissionRow>('SELECT * FROM list_submissions WHERE list = ? ORDER BY submitted_at DESC, rowid DESC', [list]);
  return rows.map(submissionView);
}

export async function getSubmission(db: Reader, id: string): Promise<SubmissionRow | undefined> {
  return db.get<SubmissionRow>('SELECT * FROM list_submissions WHERE id = ?', [id]);
}

/** `rows.3.contactPhone` (or the platform's `payload.rows.3.contactPhone`) as row 3, field contactPhone. */
export function listIssue(path: string, message: string): ListIssue {
  const m = /^(?:payload\.)?rows\.(\d+)(?:\.(.+))?$/.exec(path);
  if (!m) return { path, message };
  return { row: Number(m[1]), ...(m[2] ? { field: m[2] } : {}), path: `rows.${m[1]}${m[2] ? `.${m[2]}` : ''}`, message };
}

/**
 * The platform's word on a submission (change `list.update`): applied when it is not older than
 * what the workspace holds; a submission made on another workstation is recorded without its rows.
 */
export async function applySubmission(tx: Tx, s: ListSubmission, now: string): Promise<void> {
  const values = [s.state, s.revision, s.reviewedAt ?? null, s.note ?? null, JSON.stringify(s.comments), JSON.stringify(s.matches), JSON.stringify(s.evaluations), now];
  const updated = await tx.run(
    'UPDATE list_submissions SET state = ?, platform_revision = ?, reviewed_at = ?, note = ?, comments = ?, matches = ?, evaluations = ?, refusal = NULL, updated_at = ? WHERE id = ? AND platform_revision <= ?',
    [...values, s.id, s.revision],
  );
  if (updated.changes === 0 && !(await getSubmission(tx, s.id)))
    await tx.run(
      `INSERT INTO list_submissions (state, platform_revision, reviewed_at, note, comments, matches, evaluations, updated_at, id, list, row_count, rows, submitted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)`,
      [...values, s.id, s.list, s.rowCount, s.submittedAt],
    );
}
