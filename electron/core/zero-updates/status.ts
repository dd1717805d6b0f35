import { chinaDay, formatDay } from '@shared/calendar';
import type { EntryState, UpdateCycle } from '@shared/domain/enums';
import { zeroUpdateStatus } from '@shared/domain/zero-update';
import type { ZeroUpdateRow } from '@shared/ipc/channels/zero-updates';
import type { Reader } from '../db/database';
import { mapInSlices } from '../db/slices';


/** Entries on the platform: only these owe updates or zero-update reports (松江). */
export const TRACKED_STATES: readonly EntryState[] = ['published', 'changing'];

interface Row {
  id: string;
  code: string;
  name: string;
  state: EntryState;
  update_cycle: UpdateCycle;
  published_on: string | null;
  created_at: string;
  first_published_at: string | null;
  last_kind: 'zeroUpdate' | 'dataUpdate' | null;
  last_day: string | null;
  last_period: string | null;
  zero_periods: string | null;
}

/** The China day of an instant (UTC+8), as `YYYY-MM-DD`. */
export function dayOfInstant(iso: string): string {
  return formatDay(chinaDay(iso, 'at'));
}

/** Entries read per query over the whole catalogue: the reader answers the officer's queries between pages. */
export const ROW_PAGE = 1_000;

/**
 * The rows of `ids` (all non-retired entries when absent), by code. With no update or report yet,
 * the next period counts from the entry's first publication (its revision history), else its
 * 发布日期, else its creation.
 */
export async function zeroUpdateRows(db: Reader, today: string, ids?: string[]): Promise<ZeroUpdateRow[]> {
  if (ids) return mapInSlices(await db.all<Row>(`${ROW_SQL} WHERE e.id IN (${ids.map(() => '?').join(',')}) ORDER BY e.code`, ids), (r) => toView(r, today));
  const out: ZeroUpdateRow[] = [];
  await visitZeroUpdateRows(db, today, (row) => out.push(row));
  return out;
}

/**
 * Each non-retired entry's row in turn, by code, none kept: for a caller that keeps a few of
 * 100,000 (the deadline source). The entries are read a page at a time, so neither the driver's
 * buffer of a whole catalogue's rows nor one long query stands between the officer and the reader.
 */
export async function visitZeroUpdateRows(db: Reader, today: string, visit: (row: ZeroUpdateRow) => void): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db.all<Row>(`${ROW_SQL} WHERE e.state <> 'retired' AND e.code > ? ORDER BY e.code LIMIT ${ROW_PAGE}`, [after]);
    for (const r of rows) visit(toView(r, today));
    if (rows.length < ROW_PAGE) return;
    after = rows[rows.length - 1]!.code;
  }
}

// The last update or report of each entry through its index (entry_id, day): a lookup per entry,
// so a page costs the same however long the workspace's history grows.
const ROW_SQL = `SELECT e.id, e.code, e.name, e.state, e.update_cycle, e.published_on, e.created_at,
       (SELECT min(saved_at) FROM catalogue_revisions r WHERE r.entry_id = e.id AND r.state = 'published') AS first_published_at,
       l.kind AS last_kind, l.day AS last_day, l.period AS last_period,
       (SELECT group_concat(period, ' ') FROM entry_update_events z WHERE z.entry_id = e.id AND z.kind = 'zeroUpdate') AS zero_periods
  FROM catalogue_entries e
  LEFT JOIN entry_update_events l ON l.rowid = (SELECT u.rowid FROM entry_update_events u WHERE u.entry_id = e.id ORDER BY u.day DESC, u.at DESC LIMIT 1)`;

function toView(r: Row, today: string): ZeroUpdateRow {
  const base = {
    entryId: r.id,
    code: r.code,
    name: r.name,
    entryState: r.state,
    updateCycle: r.update_cycle,
    ...(r.last_kind && r.last_day ? { last: { kind: r.last_kind, day: r.last_day, ...(r.last_period ? { period: r.last_period } : {}) } } : {}),
  };
  if (!TRACKED_STATES.includes(r.state)) return { ...base, status: 'notPublished', daysOverdue: 0, reportedCurrent: false };
  const since = r.last_day ?? (r.first_published_at ? dayOfInstant(r.first_published_at) : (r.published_on ?? dayOfInstant(r.created_at)));
  const s = zeroUpdateStatus(r.update_cycle, since, today);
  const reported = new Set((r.zero_periods ?? '').split(' '));
  return {
    ...base,
    status: s.state,
    ...(s.covered ? { covered: s.covered } : {}),
    ...(s.due ? { due: s.due } : {}),
    ...(s.dueDate ? { dueDate: s.dueDate } : {}),
    daysOverdue: s.daysOverdue,
    ...(s.current ? { current: s.current } : {}),
    reportedCurrent: !!s.current && reported.has(s.current.key),
  };
}
