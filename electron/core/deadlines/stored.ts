import { computeDeadlines, type Deadline, type DeadlineEvent, type HolidayYear, type WorkingCalendar } from '@shared/calendar/index';
import { workingDaysRules, DEADLINES, type WorkingDaysRule, type ExtensionRule } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/types';
import type { Reader, Tx } from '../db/database';
import { valuesPlaceholders, type SqlValue } from '../db/connection';
import { keyedWorkspaceCalendar, todayOf } from './calendar';
import { pressing, requestDeadlineEvents, type DeadlineRequestRow, type StateChange } from './request-deadlines';

/**
 * Stored deadlines (docs/calendar.md section 6). Each request keeps its deadline events compactly
 * on its row, and its computed deadlines; one row says which calendar and day the open deadlines were
 * computed for. A new calendar (or a new day) recomputes the open ones — one SELECT over the
 * open-deadline index, the pure computation, multi-row UPDATEs of the rows whose deadlines changed — in
 * one transaction; lists read what is stored. A request whose deadlines have all ended (on a
 * published calendar) is history: not recomputed.
 */

/** Bumped when the stored form or the computation changes: every open deadline is then recomputed. */
const MODEL = 2;

/** What deadlines are computed with: the profile, the workspace calendar and today. */
export interface DeadlineContext {
  profile: ProfileId;
  calendar: WorkingCalendar;
  calendarKey: string;
  today: string;
  /** True when the open deadlines were computed for this calendar and day (lists may read them). */
  deadlinesCurrent: boolean;
}

export const deadlinesKey = (c: Pick<DeadlineContext, 'calendarKey' | 'today'>) => `${MODEL}|${c.calendarKey}|${c.today}`;

export async function deadlineContext(db: Reader, profile: ProfileId, now: string, admin: readonly HolidayYear[] = []): Promise<DeadlineContext> {
  const { calendar, key } = await keyedWorkspaceCalendar(db, profile, admin);
  const today = todayOf(now);
  return { profile, calendar, calendarKey: key, today, deadlinesCurrent: (await computedKey(db)) === deadlinesKey({ calendarKey: key, today }) };
}

export async function computedKey(db: Pick<Tx, 'get'>): Promise<string | undefined> {
  return (await db.get<{ key: string }>('SELECT key FROM request_deadlines_computed WHERE id = 1'))?.key;
}

export type StoredEvent = [type: string, at: string];
/** step, start, due, end, late (0/1/null), remaining working days, extended (0/1), covered (0/1), status */
export type StoredDeadline = [string, string, string | null, string | null, number | null, number | null, number, number, Deadline['status']];

type StoredDeadlineRow = { id: string; share_type: DeadlineRequestRow['share_type']; deadline_events: string | null; deadlines: string | null; deadlines_stale: number };

/** The deadline events as stored: called whenever an event is applied to a request (same transaction). */
export async function storeDeadlineEvents(tx: Tx, row: { id: string; submitted_at: string | null }): Promise<void> {
  const events = await tx.all<StateChange>("SELECT type, outcome, from_state, to_state, at FROM share_request_events WHERE request_id = ? AND outcome = 'applied' ORDER BY seq", [row.id]);
  await tx.run('UPDATE share_requests SET deadline_events = ?, deadlines_open = 1, deadlines_stale = 1 WHERE id = ?', [encodeEvents(requestDeadlineEvents(row, events)), row.id]);
}

const encodeEvents = (events: readonly DeadlineEvent[]) => JSON.stringify(events.map((e): StoredEvent => [e.type, e.at]));

/**
 * Recomputes every open deadline when the calendar or the day changed since they were computed (else
 * only those whose events changed) and stores those that differ, in the caller's transaction.
 */
export async function recomputeOpenDeadlines(tx: Tx, c: DeadlineContext): Promise<{ recomputed: number; changed: number }> {
  await deriveMissingEvents(tx);
  const key = deadlinesKey(c);
  const all = (await computedKey(tx)) !== key;
  const rows = await tx.all<StoredDeadlineRow>(
    `SELECT id, share_type, deadline_events, deadlines, deadlines_stale FROM share_requests WHERE deadlines_open = 1${all ? '' : ' AND deadlines_stale = 1'}`,
  );
  const updates: SqlValue[][] = [];
  for (const r of rows) {
    const deadlines = computeFromEvents(c, r.share_type, JSON.parse(r.deadline_events ?? '[]') as StoredEvent[]);
    const open = deadlines.some((k) => k.status !== 'done' || !k.calendarCovered) ? 1 : 0;
    const encoded = JSON.stringify(deadlines.map(encodeDeadline));
    // Most deadlines come out as they were (a schedule moves few deadlines): only changes are written.
    if (r.deadlines_stale || open === 0 || encoded !== r.deadlines) {
      // The lists order and filter by these two (migration 20261206170000): stored with the deadlines they come from.
      const p = pressing(deadlines);
      updates.push([r.id, encoded, open, p.next?.due ?? null, p.overdue ? 1 : 0]);
    }
  }
  await updateMany(tx, updates);
  await tx.run('INSERT INTO request_deadlines_computed (id, key) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET key = excluded.key', [key]);
  return { recomputed: rows.length, changed: updates.length };
}

/** Whether some open deadline is not computed for this calendar and day (a read, before a write). */
export async function deadlinesStale(db: Pick<Tx, 'get'>, c: Pick<DeadlineContext, 'calendarKey' | 'today'>): Promise<boolean> {
  if ((await computedKey(db)) !== deadlinesKey(c)) return !!(await db.get('SELECT 1 AS x FROM share_requests WHERE deadlines_open = 1 LIMIT 1')) || !!(await db.get('SELECT 1 AS x FROM share_requests WHERE deadline_events IS NULL LIMIT 1'));
  return !!(await db.get('SELECT 1 AS x FROM share_requests WHERE deadlines_open = 1 AND deadlines_stale = 1 LIMIT 1'));
}

function computeFromEvents(c: DeadlineContext, shareType: DeadlineRequestRow['share_type'], stored: StoredEvent[]): Deadline[] {
  if (shareType === 'none' || !stored.length) return [];
  const events = stored.map(([type, at]) => ({ type, at }));
  return computeDeadlines(c.profile, { subject: 'request', shareType, events }, c.calendar, c.today);
}

/**
 * The stored deadlines of a row when they are current (computed for this calendar and day, or ended
 * for good); undefined when the caller must compute them from the events.
 */
export function storedDeadlines(row: Partial<Pick<DeadlineRequestRow, 'share_type'>> & { deadlines?: string | null; deadlines_open?: number; deadlines_stale?: number }, c: DeadlineContext): Deadline[] | undefined {
  if (row.deadlines === null || row.deadlines === undefined || row.share_type === undefined || row.deadlines_stale !== 0) return undefined;
  if (row.deadlines_open !== 0 && !c.deadlinesCurrent) return undefined;
  if (row.share_type === 'none') return [];
  const rules = workingDaysRules(c.profile, 'request', row.share_type);
  const extensions = DEADLINES[c.profile].rules.filter((r): r is ExtensionRule => r.kind === 'extension');
  const out: Deadline[] = [];
  for (const k of JSON.parse(row.deadlines) as StoredDeadline[]) {
    const deadline = decodeDeadline(k, rules, extensions);
    if (!deadline) return undefined; // a step the profile no longer has: compute afresh
    out.push(deadline);
  }
  return out;
}

export function encodeDeadline(k: Deadline): StoredDeadline {
  return [k.step, k.start, k.due, k.end ?? null, k.late === undefined ? null : k.late ? 1 : 0, k.remainingWorkingDays ?? null, k.extension ? 1 : 0, k.calendarCovered ? 1 : 0, k.status];
}

/** The deadline as computeDeadlines returns it (same keys, same order). */
export function decodeDeadline([step, start, due, end, late, remaining, extended, covered, status]: StoredDeadline, rules: WorkingDaysRule[], extensions: ExtensionRule[]): Deadline | undefined {
  const rule = rules.find((r) => r.step === step);
  if (!rule) return undefined;
  const deadline: Deadline = { step: rule.step, rule, start, due, calendarCovered: covered === 1, status };
  if (extended) {
    const extension = extensions.find((x) => x.extends === rule.step);
    if (!extension) return undefined;
    deadline.extension = extension;
  }
  if (end !== null) deadline.end = end;
  if (late !== null) deadline.late = late === 1;
  if (remaining !== null) deadline.remainingWorkingDays = remaining;
  return deadline;
}

const CHUNK = 2000;

/** Multi-row UPDATE by id from a VALUES table: one statement per 2,000 requests (id, deadlines, open, next due, overdue). */
async function updateMany(tx: Tx, rows: SqlValue[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.run(
      `UPDATE share_requests SET deadlines = v.deadlines, deadlines_open = v.open, deadlines_stale = 0, next_due = v.next_due, deadlines_overdue = v.overdue
         FROM (SELECT column1 AS id, column2 AS deadlines, column3 AS open, column4 AS next_due, column5 AS overdue FROM (VALUES ${valuesPlaceholders(chunk.length, 5)})) AS v WHERE share_requests.id = v.id`,
      chunk.flat(),
    );
  }
}

/** Rows stored before this model (or written without events) get their deadline events once. */
async function deriveMissingEvents(tx: Tx): Promise<void> {
  const rows = await tx.all<{ id: string; submitted_at: string | null }>('SELECT id, submitted_at FROM share_requests WHERE deadline_events IS NULL');
  if (!rows.length) return;
  const wanted = new Map(rows.map((r) => [r.id, [] as StateChange[]]));
  for (const e of await tx.all<StateChange & { request_id: string }>("SELECT request_id, type, outcome, from_state, to_state, at FROM share_request_events WHERE outcome = 'applied' ORDER BY seq")) {
    wanted.get(e.request_id)?.push(e);
  }
  const events = rows.map((r) => [r.id, encodeEvents(requestDeadlineEvents(r, wanted.get(r.id)!))]);
  for (let i = 0; i < events.length; i += CHUNK) {
    const chunk = events.slice(i, i + CHUNK);
    await tx.run(
      `UPDATE share_requests SET deadline_events = v.events, deadlines_open = 1, deadlines_stale = 1 FROM (SELECT column1 AS id, column2 AS events FROM (VALUES ${valuesPlaceholders(chunk.length, 2)})) AS v WHERE share_requests.id = v.id`,
      chunk.flat(),
    );
  }
}
