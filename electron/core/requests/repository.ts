import { AppError } from '@shared/ipc/errors';
import { stepRequest, type RequestEvent, type RequestState, type StepOutcome } from '@shared/domain/request-states';
import type { Reader, Tx } from '../db/database';
import type { SqlValue } from '../db/connection';
import { storeDeadlineEvents } from '../deadlines/stored';

export const REQUEST_ENTITY = 'share_request';

export interface RequestRow {
  id: string;
  role: 'requester' | 'provider';
  state: RequestState;
  entry_id: string;
  entry_name: string;
  entry_code: string;
  share_type: 'unconditional' | 'conditional' | 'none';
  requester_code: string;
  requester_name: string;
  provider_code: string;
  provider_name: string;
  fields: string;
  platform_revision: number;
  /** Stored deadlines (deadlines/stored.ts); absent in rows read before migration 20261122170500. */
  deadline_events?: string | null;
  deadlines?: string | null;
  deadlines_open?: number;
  deadlines_stale?: number;
  submitted_at: string | null;
  due_date: string | null;
  decision: string | null;
  valid_until: string | null;
  last_used_at: string | null;
  seasonal: number;
  refusal: string | null;
  /** JSON of the request view's `delivery`; absent in rows read before migration 20261206050000. */
  delivery?: string | null;
  /** JSON of the request view's `dispute`; absent in rows read before migration 20261206120000. */
  dispute?: string | null;
  /** JSON of the authorisation lifecycle the platform holds (migration 20261206110000). */
  lifecycle?: string | null;
  /** JSON array of the requested items the platform marks sensitive (migration 20261206170100). */
  sensitive_items?: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventRow {
  event_id: string;
  type: string;
  outcome: 'applied' | 'stale' | 'illegal';
  from_state: string;
  to_state: string;
  at: string;
  platform_revision: number | null;
  note: string | null;
  actor: string;
}

/** Columns an event may change beside the state. */
export type RequestPatch = Partial<Pick<RequestRow, 'submitted_at' | 'due_date' | 'decision' | 'valid_until' | 'refusal' | 'fields' | 'last_used_at' | 'delivery' | 'dispute' | 'lifecycle' | 'seasonal' | 'sensitive_items'>>;

export async function findRequest(db: Reader, id: string): Promise<RequestRow | undefined> {
  return db.get<RequestRow>('SELECT * FROM share_requests WHERE id = ?', [id]);
}

export async function loadRequest(db: Reader, id: string): Promise<RequestRow> {
  const row = await findRequest(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function requestEvents(db: Reader, id: string): Promise<EventRow[]> {
  return db.all<EventRow>('SELECT event_id, type, outcome, from_state, to_state, at, platform_revision, note, actor FROM share_request_events WHERE request_id = ? ORDER BY seq', [id]);
}

async function recordEvent(tx: Tx, id: string, e: RequestEvent, outcome: EventRow['outcome'], from: string, to: string, note: string | undefined, actor: string): Promise<void> {
  await tx.run(
    'INSERT INTO share_request_events (request_id, event_id, type, outcome, from_state, to_state, at, platform_revision, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [id, e.id, e.type, outcome, from, to, e.at, e.platformRevision ?? null, note ?? null, actor],
  );
}

export type ApplyOutcome = StepOutcome | 'illegal';

/**
 * Applies one event to a stored request through the state machine, inside the caller's
 * transaction. A repeated event id changes nothing; a stale platform update is recorded as such and
 * changes nothing else. A forbidden local action throws `REQUEST_TRANSITION` (rolling the action
 * back); a forbidden platform update is recorded as `illegal` and reported, the request unchanged —
 * the platform's feed must never be able to wedge the pull.
 */
export async function applyRequestEvent(tx: Tx, id: string, e: RequestEvent, opts: { actor: string; note?: string | undefined; patch?: RequestPatch; platform?: boolean }): Promise<ApplyOutcome> {
  const row = await loadRequest(tx, id);
  if (await tx.get('SELECT 1 AS x FROM share_request_events WHERE request_id = ? AND event_id = ?', [id, e.id])) return 'duplicate';
  let step;
  try {
    step = stepRequest({ state: row.state, seen: [], platformRevision: row.platform_revision }, e);
  } catch (err) {
    if (!opts.platform || !(err instanceof AppError)) throw err;
    await recordEvent(tx, id, e, 'illegal', row.state, String(err.params.to), opts.note, opts.actor);
    return 'illegal';
  }
  if (step.outcome === 'stale') {
    await recordEvent(tx, id, e, 'stale', row.state, row.state, opts.note, opts.actor);
    return 'stale';
  }
  const patch: Record<string, SqlValue | undefined> = { ...opts.patch, state: step.machine.state, platform_revision: step.machine.platformRevision, updated_at: e.at };
  const cols = Object.keys(patch);
  await tx.run(`UPDATE share_requests SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...cols.map((c) => patch[c] ?? null), id]);
  await recordEvent(tx, id, e, 'applied', row.state, step.machine.state, opts.note, opts.actor);
  await storeDeadlineEvents(tx, { id, submitted_at: opts.patch && 'submitted_at' in opts.patch ? (opts.patch.submitted_at ?? null) : row.submitted_at });
  return 'applied';
}

export async function insertRequest(tx: Tx, r: Omit<RequestRow, 'platform_revision' | 'seasonal' | 'last_used_at' | 'refusal' | 'decision' | 'valid_until' | 'due_date' | 'submitted_at'> & Partial<RequestRow>): Promise<void> {
  await tx.run(
    `INSERT INTO share_requests (id, role, state, entry_id, entry_name, entry_code, share_type, requester_code, requester_name, provider_code, provider_name, fields,
       platform_revision, submitted_at, due_date, decision, valid_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      r.id,
      r.role,
      r.state,
      r.entry_id,
      r.entry_name,
      r.entry_code,
      r.share_type,
      r.requester_code,
      r.requester_name,
      r.provider_code,
      r.provider_name,
      r.fields,
      r.platform_revision ?? 0,
      r.submitted_at ?? null,
      r.due_date ?? null,
      r.decision ?? null,
      r.valid_until ?? null,
      r.created_at,
      r.updated_at,
    ],
  );
}
