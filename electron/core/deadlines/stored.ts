import { computeClocks, type Clock, type ClockEvent, type HolidayYear, type WorkingCalendar } from '@shared/calendar/index';
import { clockRules, DEADLINES, type ClockRule, type ExtensionRule } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/types';
import type { Reader, Tx } from '../db/database';
import { valuesPlaceholders, type SqlValue } from '../db/connection';
import { keyedWorkspaceCalendar, todayOf } from './calendar';
import { requestClockEvents, type DeadlineRequestRow, type StateChange } from './request-deadlines';

/**
 * Stored clocks (docs/requests.md "Stored clocks"). Each request keeps its clock events compactly
 * on its row, and its computed clocks; one row says which calendar and day the open clocks were
 * computed for. A new calendar (or a new day) recomputes the open ones — one SELECT over the
 * open-clock index, the pure computation, multi-row UPDATEs of the rows whose clocks changed — in
 * one transaction; lists read what is stored. A request whose clocks have all ended (on a
 * published calendar) is history: not recomputed.
 */

/** Bumped when the stored form or the computation changes: every open clock is then recomputed. */
const MODEL = 1;

/** What deadlines are computed with: the profile, the workspace calendar and today. */
export interface DeadlineContext {
  profile: ProfileId;
  calendar: WorkingCalendar;
  calendarKey: string;
  today: string;
  /** True when the open clocks were computed for this calendar and day (lists may read them). */
  clocksCurrent: boolean;
}

export const clocksKey = (c: Pick<DeadlineContext, 'calendarKey' | 'today'>) => `${MODEL}|${c.calendarKey}|${c.today}`;

export async function deadlineContext(db: Reader, profile: ProfileId, now: string, admin: readonly HolidayYear[] = []): Promise<DeadlineContext> {
  const { calendar, key } = await keyedWorkspaceCalendar(db, profile, admin);
  const today = todayOf(now);
  return { profile, calendar, calendarKey: key, today, clocksCurrent: (await computedKey(db)) === clocksKey({ calendarKey: key, today }) };
}

export async function computedKey(db: Pick<Tx, 'get'>): Promise<string | undefined> {
  return (await db.get<{ key: string }>('SELECT key FROM request_clocks_computed WHERE id = 1'))?.key;
}

type StoredEvent = [type: string, at: string];
/** step, start, due, end, late (0/1/null), remaining working days, extended (0/1), covered (0/1), status */
type StoredClock = [string, string, string | null, string | null, number | null, number | null, number, number, Clock['status']];

type ClockRow = { id: string; share_type: DeadlineRequestRow['share_type']; clock_events: string | null; clocks: string | null; clocks_stale: number };

/** The clock events as stored: called whenever an event is applied to a request (same transaction). */
export async function storeClockEvents(tx: Tx, row: { id: string; submitted_at: string | null }): Promise<void> {
  const events = await tx.all<StateChange>("SELECT outcome, from_state, to_state, at FROM share_request_events WHERE request_id = ? AND outcome = 'applied' ORDER BY seq", [row.id]);
  await tx.run('UPDATE share_requests SET clock_events = ?, clocks_open = 1, clocks_stale = 1 WHERE id = ?', [encodeEvents(requestClockEvents(row, events)), row.id]);
}

const encodeEvents = (events: readonly ClockEvent[]) => JSON.stringify(events.map((e): StoredEvent => [e.type, e.at]));

/**
 * Recomputes every open clock when the calendar or the day changed since they were computed (else
 * only those whose events changed) and stores those that differ, in the caller's transaction.
 */
export async function recomputeOpenClocks(tx: Tx, c: DeadlineContext): Promise<{ recomputed: number; changed: number }> {
  await deriveMissingEvents(tx);
  const key = clocksKey(c);
  const all = (await computedKey(tx)) !== key;
  const rows = await tx.all<ClockRow>(
    `SELECT id, share_type, clock_events, clocks, clocks_stale FROM share_requests WHERE clocks_open = 1${all ? '' : ' AND clocks_stale = 1'}`,
  );
  const updates: SqlValue[][] = [];
  for (const r of rows) {
    const clocks = computeFromEvents(c, r.share_type, JSON.parse(r.clock_events ?? '[]') as StoredEvent[]);
    const open = clocks.some((k) => k.status !== 'done' || !k.calendarCovered) ? 1 : 0;
    const encoded = JSON.stringify(clocks.map(encodeClock));
    // Most clocks come out as they were (a schedule moves few deadlines): only changes are written.
    if (r.clocks_stale || open === 0 || encoded !== r.clocks) updates.push([r.id, encoded, open]);
  }
  await updateMany(tx, updates);
  await tx.run('INSERT INTO request_clocks_computed (id, key) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET key = excluded.key', [key]);
  return { recomputed: rows.length, changed: updates.length };
}

/** Whether some open clock is not computed for this calendar and day (a read, before a write). */
export async function clocksStale(db: Pick<Tx, 'get'>, c: Pick<DeadlineContext, 'calendarKey' | 'today'>): Promise<boolean> {
  if ((await computedKey(db)) !== clocksKey(c)) return !!(await db.get('SELECT 1 AS x FROM share_requests WHERE clocks_open = 1 LIMIT 1')) || !!(await db.get('SELECT 1 AS x FROM share_requests WHERE clock_events IS NULL LIMIT 1'));
  return !!(await db.get('SELECT 1 AS x FROM share_requests WHERE clocks_open = 1 AND clocks_stale = 1 LIMIT 1'));
}

function computeFromEvents(c: DeadlineContext, shareType: DeadlineRequestRow['share_type'], stored: StoredEvent[]): Clock[] {
  if (shareType === 'none' || !stored.length) return [];
  const events = stored.map(([type, at]) => ({ type, at }));
  return computeClocks(c.profile, { subject: 'request', shareType, events }, c.calendar, c.today);
}

/**
 * The stored clocks of a row when they are current (computed for this calendar and day, or ended
 * for good); undefined when the caller must compute them from the events.
 */
export function storedClocks(row: Partial<Pick<DeadlineRequestRow, 'share_type'>> & { clocks?: string | null; clocks_open?: number; clocks_stale?: number }, c: DeadlineContext): Clock[] | undefined {
  if (row.clocks === null || row.clocks === undefined || row.share_type === undefined || row.clocks_stale !== 0) return undefined;
  if (row.clocks_open !== 0 && !c.clocksCurrent) return undefined;
  if (row.share_type === 'none') return [];
  const rules = clockRules(c.profile, 'request', row.share_type);
  const extensions = DEADLINES[c.profile].rules.filter((r): r is ExtensionRule => r.kind === 'extension');
  const out: Clock[] = [];
  for (const k of JSON.parse(row.clocks) as StoredClock[]) {
    const clock = decodeClock(k, rules, extensions);
    if (!clock) return undefined; // a step the profile no longer has: compute afresh
    out.push(clock);
  }
  return out;
}

function encodeClock(k: Clock): StoredClock {
  return [k.step, k.start, k.due, k.end ?? null, k.late === undefined ? null : k.late ? 1 : 0, k.remainingWorkingDays ?? null, k.extension ? 1 : 0, k.calendarCovered ? 1 : 0, k.status];
}

/** The clock as computeClocks returns it (same keys, same order). */
function decodeClock([step, start, due, end, late, remaining, extended, covered, status]: StoredClock, rules: ClockRule[], extensions: ExtensionRule[]): Clock | undefined {
  const rule = rules.find((r) => r.step === step);
  if (!rule) return undefined;
  const clock: Clock = { step: rule.step, rule, start, due, calendarCovered: covered === 1, status };
  if (extended) {
    const extension = extensions.find((x) => x.extends === rule.step);
    if (!extension) return undefined;
    clock.extension = extension;
  }
  if (end !== null) clock.end = end;
  if (late !== null) clock.late = late === 1;
  if (remaining !== null) clock.remainingWorkingDays = remaining;
  return clock;
}

const CHUNK = 2000;

/** Multi-row UPDATE by id from a VALUES table: one statement per 2,000 requests. */
async function updateMany(tx: Tx, rows: SqlValue[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.run(
      `UPDATE share_requests SET clocks = v.clocks, clocks_open = v.open, clocks_stale = 0 FROM (SELECT column1 AS id, column2 AS clocks, column3 AS open FROM (VALUES ${valuesPlaceholders(chunk.length, 3)})) AS v WHERE share_requests.id = v.id`,
      chunk.flat(),
    );
  }
}

/** Rows stored before this model (or written without events) get their clock events once. */
async function deriveMissingEvents(tx: Tx): Promise<void> {
  const rows = await tx.all<{ id: string; submitted_at: string | null }>('SELECT id, submitted_at FROM share_requests WHERE clock_events IS NULL');
  if (!rows.length) return;
  const wanted = new Map(rows.map((r) => [r.id, [] as StateChange[]]));
  for (const e of await tx.all<StateChange & { request_id: string }>("SELECT request_id, outcome, from_state, to_state, at FROM share_request_events WHERE outcome = 'applied' ORDER BY seq")) {
    wanted.get(e.request_id)?.push(e);
  }
  const events = rows.map((r) => [r.id, encodeEvents(requestClockEvents(r, wanted.get(r.id)!))]);
  for (let i = 0; i < events.length; i += CHUNK) {
    const chunk = events.slice(i, i + CHUNK);
    await tx.run(
      `UPDATE share_requests SET clock_events = v.events, clocks_open = 1, clocks_stale = 1 FROM (SELECT column1 AS id, column2 AS events FROM (VALUES ${valuesPlaceholders(chunk.length, 2)})) AS v WHERE share_requests.id = v.id`,
      chunk.flat(),
    );
  }
}
