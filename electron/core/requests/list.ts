import { AppError } from '@shared/ipc/errors';
import type { Output, ParsedInput } from '@shared/ipc/contract';
import { OPEN_REQUEST_STATES, REQUEST_STATES, type RequestState } from '@shared/domain/request-states';
import type { Reader } from '../db/database';
import type { SqlValue } from '../db/connection';
import type { RequestRow } from './repository';
import { requestViews, type ViewContext } from './view';

/**
 * The request lists, paged by keyset: 待我审批 and the overdue list by due day (`list_due`, the next
 * running deadline's due day as stored with the deadlines — migration 20261206170000), 我的申请
 * newest first. The cursor is the last row's key, so a page reads only its rows through the index
 * however deep it is, and a request added meanwhile never shifts the next page. The deadlines must
 * be current (the handler recomputes them first): the order and the overdue filter read them.
 */

type Order = 'due' | 'created';
type Cursor = [order: Order, key: string, id: string];

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decodeCursor(text: string, order: Order): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(c) && c.length === 3 && c[0] === order && typeof c[1] === 'string' && typeof c[2] === 'string') return c as Cursor;
  } catch {
    // not JSON: refused below like any other foreign cursor
  }
  throw new AppError('VALIDATION', {}, [{ path: 'cursor', code: 'validation.requestListCursor' }]);
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

export async function listRequests(db: Reader, input: ParsedInput<'requests.list'>, vc: ViewContext): Promise<Output<'requests.list'>> {
  const { role, overdue, state, states, limit, cursor } = input;
  const order: Order = role === 'provider' || overdue ? 'due' : 'created';
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (role) add('role = ?', role);
  if (state) add('state = ?', state);
  if (states) add(`state IN (${placeholders(states.length)})`, ...states);
  if (overdue) add(`deadlines_overdue = 1 AND state IN (${placeholders(OPEN_REQUEST_STATES.length)})`, ...OPEN_REQUEST_STATES);
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM share_requests ${filtered}`, params))!.n;

  const page = [...where];
  const pageParams = [...params];
  if (cursor) {
    const [, key, id] = decodeCursor(cursor, order);
    if (order === 'due') page.push('(list_due, id) > (?, ?)');
    else page.push('(created_at < ? OR (created_at = ? AND id > ?))');
    pageParams.push(...(order === 'due' ? [key, id] : [key, key, id]));
  }
  const orderBy = order === 'due' ? 'list_due, id' : 'created_at DESC, id';
  // One row more than the page says whether another page follows.
  const rows = await db.all<RequestRow & { list_due: string }>(
    `SELECT * FROM share_requests ${page.length ? `WHERE ${page.join(' AND ')}` : ''} ORDER BY ${orderBy}${limit ? ` LIMIT ${limit + 1}` : ''}`,
    pageParams,
  );
  const more = limit !== undefined && rows.length > limit;
  if (more) rows.length = limit;
  const last = rows.at(-1);
  const requests = await requestViews(db, rows, vc);
  return {
    today: vc.today,
    requests,
    total,
    ...(more && last ? { nextCursor: encodeCursor([order, order === 'due' ? last.list_due : last.created_at, last.id]) } : {}),
    counts: await countRequests(db, role),
  };
}

/** The role's requests by state and overdue: what the lists' filters show beside their labels. */
async function countRequests(db: Reader, role: RequestRow['role'] | undefined): Promise<Output<'requests.list'>['counts']> {
  const byRole = role ? 'WHERE role = ?' : '';
  const args = role ? [role] : [];
  const byState: Partial<Record<RequestState, number>> = {};
  let all = 0;
  for (const r of await db.all<{ state: RequestState; n: number }>(`SELECT state, count(*) AS n FROM share_requests ${byRole} GROUP BY state`, args)) {
    if (!(REQUEST_STATES as readonly string[]).includes(r.state)) continue;
    byState[r.state] = r.n;
    all += r.n;
  }
  const late = await db.get<{ n: number }>(
    `SELECT count(*) AS n FROM share_requests WHERE deadlines_overdue = 1 AND state IN (${placeholders(OPEN_REQUEST_STATES.length)})${role ? ' AND role = ?' : ''}`,
    [...OPEN_REQUEST_STATES, ...args],
  );
  return { all, overdue: late!.n, byState };
}
