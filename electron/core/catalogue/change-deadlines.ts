import { computeDeadlines, formatDay, parseDay, type Deadline } from '@shared/calendar/index';
import type { EntryState } from '@shared/domain/enums';
import { DEADLINES, workingDaysRules, type YearlyRule } from '@shared/profiles/deadlines';
import type { Reader, Tx } from '../db/database';
import { valuesPlaceholders, type SqlValue } from '../db/connection';
import { decodeDeadline, encodeDeadline, type DeadlineContext, type StoredDeadline, type StoredEvent } from '../deadlines/stored';
import type { DeadlineSource, DueItem } from '../deadlines/reminders';

/**
 * Change deadlines (目录更新时限): the working days a department has to update its catalogue after
 * a resource changed, per its profile (伊川 10 to request the update + 5 for the authority's
 * review, 雨花 15, 松江 2, none where the profile sets none). A chain of deadline events per entry
 * (`changed` → `updateRequested` → `updated`) lives in `catalogue_change_deadlines`; the deadlines
 * are computed from it and stored, and recomputed at once when a calendar arrives or the day
 * changes, like those of requests.
 */

export type ChangeReason = 'change' | 'docking';

/** Bumped when the stored form or the computation changes: every open deadline is then recomputed. */
const MODEL = 1;
const CHUNK = 2000;

export const changeDeadlinesKey = (c: Pick<DeadlineContext, 'calendarKey' | 'today'>) => `${MODEL}|${c.calendarKey}|${c.today}`;

interface ChainRow {
  entry_id: string;
  deadline_events: string;
  deadlines: string | null;
  deadlines_open: number;
  deadlines_stale: number;
}

const events = (raw: string) => JSON.parse(raw) as StoredEvent[];
/** A chain runs until its entry is updated (published again) on the platform. */
const running = (chain: StoredEvent[]) => chain.length > 0 && chain.at(-1)?.[0] !== 'updated';

/**
 * The resource of an entry changed: its change deadline starts now, unless a change already runs
 * (the earlier start stands: the deadline counts from when the resource changed).
 */
export async function startChange(tx: Tx, entryId: string, reason: ChangeReason, at: string): Promise<boolean> {
  const row = await tx.get<ChainRow>('SELECT deadline_events FROM catalogue_change_deadlines WHERE entry_id = ?', [entryId]);
  if (row && running(events(row.deadline_events))) return false;
  await tx.run(
    'INSERT INTO catalogue_change_deadlines (entry_id, reason, deadline_events, deadlines, deadlines_open, deadlines_stale) VALUES (?, ?, ?, NULL, 1, 1) ON CONFLICT (entry_id) DO UPDATE SET reason = excluded.reason, deadline_events = excluded.deadline_events, deadlines = NULL, deadlines_open = 1, deadlines_stale = 1',
    [entryId, reason, JSON.stringify([['changed', at]])],
  );
  return true;
}

async function addEvent(tx: Tx, entryId: string, type: 'updateRequested' | 'updated', at: string): Promise<void> {
  const row = await tx.get<ChainRow>('SELECT deadline_events FROM catalogue_change_deadlines WHERE entry_id = ?', [entryId]);
  if (!row) return;
  const chain = events(row.deadline_events);
  if (!running(chain) || (type === 'updateRequested' && chain.some(([t]) => t === type))) return;
  // Events stay in time order: a local time stamped before the last event counts on the later one.
  const last = chain.at(-1)![1];
  chain.push([type, last > at ? last : at]);
  await tx.run('UPDATE catalogue_change_deadlines SET deadline_events = ?, deadlines_open = 1, deadlines_stale = 1 WHERE entry_id = ?', [JSON.stringify(chain), entryId]);
}

/**
 * An entry changed state (called by every transition, in its transaction): starting a change on a
 * published entry starts the deadline; the submission of the change is the update request; its
 * publication is the update; retiring the entry ends the duty.
 */
export async function noteTransition(tx: Tx, entryId: string, from: EntryState, to: EntryState, at: string): Promise<void> {
  if (from === 'published' && to === 'changing') await startChange(tx, entryId, 'change', at);
  else if (to === 'submitted') await addEvent(tx, entryId, 'updateRequested', at);
  else if (to === 'published') await addEvent(tx, entryId, 'updated', at);
  else if (to === 'retired') await tx.run('DELETE FROM catalogue_change_deadlines WHERE entry_id = ?', [entryId]);
}

/** An item as docking and the catalogue both have it: its column (or name), type and length. */
const itemKey = (i: { name: string; nameEn?: string; type: string; length?: string }) => `${(i.nameEn || i.name).trim().toLowerCase()}|${i.type}|${i.length ?? ''}`;

/** Whether docked table structures no longer match an entry's items (an item added, gone or retyped). */
export function dockedDiffers(entryItems: readonly { name: string; nameEn?: string; type: string; length?: string }[], docked: readonly { name: string; nameEn?: string; type: string; length?: string }[]): boolean {
  const a = new Set(entryItems.map(itemKey));
  const b = new Set(docked.map(itemKey));
  return a.size !== b.size || [...a].some((k) => !b.has(k));
}

function compute(c: DeadlineContext, stored: StoredEvent[]): Deadline[] {
  if (!stored.length) return [];
  return computeDeadlines(c.profile, { subject: 'catalogueUpdate', events: stored.map(([type, at]) => ({ type, at })) }, c.calendar, c.today);
}

async function computedKey(db: Pick<Tx, 'get'>): Promise<string | undefined> {
  return (await db.get<{ key: string }>('SELECT key FROM catalogue_deadlines_computed WHERE id = 1'))?.key;
}

/** Whether some open change deadline is not computed for this calendar and day (a read, before a write). */
export async function changeDeadlinesStale(db: Pick<Tx, 'get'>, c: Pick<DeadlineContext, 'calendarKey' | 'today'>): Promise<boolean> {
  if ((await computedKey(db)) !== changeDeadlinesKey(c)) return !!(await db.get('SELECT 1 AS x FROM catalogue_change_deadlines WHERE deadlines_open = 1 LIMIT 1'));
  return !!(await db.get('SELECT 1 AS x FROM catalogue_change_deadlines WHERE deadlines_open = 1 AND deadlines_stale = 1 LIMIT 1'));
}

/**
 * Recomputes every open change deadline when the calendar or the day changed since they were
 * computed (else only chains whose events changed) and stores those that differ, in the caller's
 * transaction: one SELECT over the open index, the pure computation, multi-row UPDATEs.
 */
export async function recomputeChangeDeadlines(tx: Tx, c: DeadlineContext): Promise<{ recomputed: number; changed: number }> {
  const key = changeDeadlinesKey(c);
  const all = (await computedKey(tx)) !== key;
  const rows = await tx.all<ChainRow>(
    `SELECT entry_id, deadline_events, deadlines, deadlines_stale FROM catalogue_change_deadlines WHERE deadlines_open = 1${all ? '' : ' AND deadlines_stale = 1'}`,
  );
  const updates: SqlValue[][] = [];
  for (const r of rows) {
    const chain = events(r.deadline_events);
    const deadlines = compute(c, chain);
    const open = running(chain) || deadlines.some((k) => k.status !== 'done' || !k.calendarCovered) ? 1 : 0;
    const encoded = JSON.stringify(deadlines.map(encodeDeadline));
    if (r.deadlines_stale || open === 0 || encoded !== r.deadlines) updates.push([r.entry_id, encoded, open]);
  }
  for (let i = 0; i < updates.length; i += CHUNK) {
    const chunk = updates.slice(i, i + CHUNK);
    await tx.run(
      `UPDATE catalogue_change_deadlines SET deadlines = v.deadlines, deadlines_open = v.open, deadlines_stale = 0 FROM (SELECT column1 AS id, column2 AS deadlines, column3 AS open FROM (VALUES ${valuesPlaceholders(chunk.length, 3)})) AS v WHERE catalogue_change_deadlines.entry_id = v.id`,
      chunk.flat(),
    );
  }
  await tx.run('INSERT INTO catalogue_deadlines_computed (id, key) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET key = excluded.key', [key]);
  return { recomputed: rows.length, changed: updates.length };
}

/** The stored deadlines of a chain when current; computed from its events otherwise. */
function deadlinesOf(row: ChainRow, c: DeadlineContext, current: boolean): Deadline[] {
  if (row.deadlines !== null && !row.deadlines_stale && (current || row.deadlines_open === 0)) {
    const rules = workingDaysRules(c.profile, 'catalogueUpdate');
    const out: Deadline[] = [];
    for (const k of JSON.parse(row.deadlines) as StoredDeadline[]) {
      const d = decodeDeadline(k, rules, []);
      if (!d) return compute(c, events(row.deadline_events));
      out.push(d);
    }
    return out;
  }
  return compute(c, events(row.deadline_events));
}

export interface ChangeDeadlines {
  entryId: string;
  name: string;
  code: string;
  reason: ChangeReason;
  deadlines: Deadline[];
}

/** The change deadlines of one entry or of every entry with a chain, current for `c`. */
export async function changeDeadlines(db: Reader, c: DeadlineContext, entryId?: string): Promise<ChangeDeadlines[]> {
  const current = (await computedKey(db)) === changeDeadlinesKey(c);
  const rows = await db.all<ChainRow & { reason: ChangeReason; name: string; code: string }>(
    `SELECT d.*, e.name, e.code FROM catalogue_change_deadlines d JOIN catalogue_entries e ON e.id = d.entry_id${entryId ? ' WHERE d.entry_id = ?' : ' WHERE d.deadlines_open = 1'} ORDER BY e.name`,
    entryId ? [entryId] : [],
  );
  return rows.map((r) => ({ entryId: r.entry_id, name: r.name, code: r.code, reason: r.reason, deadlines: deadlinesOf(r, c, current) }));
}

/** The profile's yearly full maintenance of the catalogue (松江), or undefined. */
export function maintenanceRule(c: Pick<DeadlineContext, 'profile'>): YearlyRule | undefined {
  return DEADLINES[c.profile].rules.find((r): r is YearlyRule => r.kind === 'yearly');
}

/** This year's maintenance: due on the last working day of the year, done once recorded. */
export async function maintenanceDue(db: Reader, c: DeadlineContext): Promise<{ year: number; due: string; doneAt?: string; status: Deadline['status']; calendarCovered: boolean } | undefined> {
  if (!maintenanceRule(c)) return undefined;
  const year = Number(c.today.slice(0, 4));
  const done = await db.get<{ done_at: string }>('SELECT done_at FROM catalogue_maintenance WHERE year = ?', [year]);
  // The year's last working day: the duty is for the calendar year, so it is not rolled into the next.
  const dec31 = parseDay(`${year}-12-31`, 'due');
  const dueDay = c.calendar.isWorkingDayNumber(dec31) ? dec31 : c.calendar.previousWorkingDayNumber(dec31);
  const due = formatDay(dueDay);
  const calendarCovered = c.calendar.coversYears(year, year);
  if (done) return { year, due, doneAt: done.done_at, status: 'done', calendarCovered };
  const status = c.today > due ? 'overdue' : c.today >= formatDay(c.calendar.previousWorkingDayNumber(dueDay)) ? 'dueSoon' : 'running';
  return { year, due, status, calendarCovered };
}

/** Running change deadlines and this year's maintenance, for reminders and the week in 统计. */
export const changeDeadlineSource: DeadlineSource = {
  async dueItems(db, dc) {
    const items: DueItem[] = [];
    for (const e of await changeDeadlines(db, dc)) {
      for (const d of e.deadlines) if (d.status !== 'done' && d.due) items.push({ subject: 'catalogueChange', id: e.entryId, title: e.name, step: d.step, due: d.due, status: d.status, calendarCovered: d.calendarCovered });
    }
    const m = await maintenanceDue(db, dc);
    if (m && m.status !== 'done') items.push({ subject: 'catalogueChange', id: `maintenance-${m.year}`, title: String(m.year), step: 'catalogueMaintenance', due: m.due, status: m.status, calendarCovered: m.calendarCovered });
    return items;
  },
};
