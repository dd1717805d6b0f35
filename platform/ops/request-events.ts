import type { RequestEvent, RequestEventActor, RequestEventKind } from '@shared/protocol/index';
import type { Db, Tx } from '../db/sqlite';

/**
 * The request history (table `request_events`): each step is recorded where it happens, in the
 * same transaction as the request's new state, so the history never tells of a step that was
 * rolled back. The reviewer's listing serves it with the requests.
 */
export async function recordRequestEvent(tx: Pick<Tx, 'run'>, requestId: string, kind: RequestEventKind, by: RequestEventActor, at: string, note?: string): Promise<void> {
  await tx.run('INSERT INTO request_events (request_id, kind, actor, note, at) VALUES (?, ?, ?, ?, ?)', [requestId, kind, by, note ?? null, at]);
}

interface EventRow {
  request_id: string;
  kind: RequestEventKind;
  actor: RequestEventActor;
  note: string | null;
  at: string;
}

/** The history of `ids`, each request's oldest first. */
export async function requestEvents(db: Pick<Db, 'all'>, ids: readonly string[]): Promise<RequestEvent[]> {
  if (!ids.length) return [];
  const rows = await db.all<EventRow>(`SELECT request_id, kind, actor, note, at FROM request_events WHERE request_id IN (${ids.map(() => '?').join(', ')}) ORDER BY request_id, seq`, [...ids]);
  return rows.map((r) => ({ requestId: r.request_id, kind: r.kind, by: r.actor, ...(r.note ? { note: r.note } : {}), at: r.at }));
}
