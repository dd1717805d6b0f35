import { AppError } from '@shared/ipc/errors';
import { stepObjection, type ObjectionAction, type ObjectionState } from '@shared/domain/objection-states';
import { DEADLINES } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/types';
import type { Reader, Tx } from '../db/database';
import type { SqlValue } from '../db/connection';

export const OBJECTION_ENTITY = 'objection';

export interface ObjectionRow {
  id: string;
  role: 'raiser' | 'provider';
  state: ObjectionState;
  entry_id: string;
  entry_name: string;
  item_name: string | null;
  record_key: string | null;
  description: string;
  raiser_code: string;
  provider_code: string;
  raised_at: string;
  extensions: number;
  answered_at: string | null;
  answer: string | null;
  platform_revision: number;
  created_at: string;
  updated_at: string;
}

export interface ObjectionEventRow {
  type: string;
  from_state: string;
  to_state: string;
  at: string;
  note: string | null;
  actor: string;
}

/** Extensions the profile allows for an objection answer (伊川 once, elsewhere none). */
export function maxExtensions(profile: ProfileId): number {
  const rule = DEADLINES[profile].rules.find((r) => r.kind === 'extension' && r.extends === 'objectionAnswer');
  return rule?.kind === 'extension' ? rule.times : 0;
}

export async function findObjection(db: Reader, id: string): Promise<ObjectionRow | undefined> {
  return db.get<ObjectionRow>('SELECT * FROM objections WHERE id = ?', [id]);
}

export async function loadObjection(db: Reader, id: string): Promise<ObjectionRow> {
  const row = await findObjection(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function objectionEvents(db: Reader, id: string): Promise<ObjectionEventRow[]> {
  return db.all<ObjectionEventRow>('SELECT type, from_state, to_state, at, note, actor FROM objection_events WHERE objection_id = ? ORDER BY seq', [id]);
}

/** One step of the objection flow, stored with its event; forbidden steps throw and change nothing. */
export async function stepStoredObjection(
  tx: Tx,
  id: string,
  type: ObjectionAction,
  max: number,
  meta: { at: string; actor: string; note?: string | undefined; patch?: Partial<Pick<ObjectionRow, 'answer' | 'answered_at' | 'platform_revision'>> },
): Promise<ObjectionRow> {
  const row = await loadObjection(tx, id);
  const next = stepObjection({ state: row.state, extensions: row.extensions }, type, max);
  const patch: Record<string, SqlValue | undefined> = { ...meta.patch, state: next.state, extensions: next.extensions, updated_at: meta.at };
  const cols = Object.keys(patch);
  await tx.run(`UPDATE objections SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...cols.map((c) => patch[c] ?? null), id]);
  await tx.run('INSERT INTO objection_events (objection_id, type, from_state, to_state, at, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?)', [id, type, row.state, next.state, meta.at, meta.note ?? null, meta.actor]);
  return loadObjection(tx, id);
}
