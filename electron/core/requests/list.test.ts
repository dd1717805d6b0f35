import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore, type Core } from '../index';
import { loadMigrations } from '../db/migrate';
import type { Input, Output } from '@shared/ipc/contract';
import { call, callError, DEPARTMENT, fixedTime, tempDir } from '../../../tests/helpers/core';
import { rawAll, rawSql, workspacePaths } from '../../../tests/helpers/workspace';
import { openRequestsWorkspace, platformRequest, pullChanges, withWorkspaceDb } from '../../../tests/helpers/requests';

// Paged lists (keyset by due day or by creation): every page together is the unpaged list, in the
// order the screens show; the total and the counts do not depend on the page.
const PAGING = '20261206170000_request_list_paging';
let cleanup: () => void;
let core: Core;
let dir: string;

const FIELDS = {
  items: [] as string[],
  scenario: '社会救助审核',
  basisKind: 'law' as const,
  basisText: '《社会救助暂行办法》第十一条',
  shareMethod: 'interface' as const,
  periodFrom: '2026-03-01',
  periodTo: '2026-12-31',
  contactName: '张三',
  contactPhone: '0379-68312345',
};
const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T01:00:00.000Z`;
// 30 incoming requests forwarded on 10 days of February (three per day, so due days tie and the id
// decides), every fourth already approved (its deadline done: ordered by the platform's due day).
const INCOMING = Array.from({ length: 30 }, (_, i) => {
  const day = 2 + (i % 10) * 2;
  const approved = i % 4 === 0;
  return platformRequest({
    id: `in-${String(29 - i).padStart(2, '0')}`,
    submittedAt: at(day),
    updatedAt: at(day),
    dueDate: `2026-03-${String(1 + (i % 7)).padStart(2, '0')}`,
    // Every third with its sealed form listed by the platform (a page reads its rows' attachments at once).
    attachments: i % 3 === 0 ? [String(i % 10).repeat(64)] : [],
    ...(approved ? { state: 'approved' as const, revision: 2, decision: { decision: 'approve' as const, by: 'provider' as const, decidedAt: at(day + 1), overdue: false } } : {}),
  });
});

beforeEach(async () => {
  ({ dir, cleanup, core } = await openRequestsWorkspace());
  await pullChanges(dir, INCOMING.map((request) => ({ kind: 'request.incoming' as const, request })));
});
afterEach(async () => {
  await core.close();
  cleanup();
});

async function allPages(input: Input<'requests.list'>, limit: number): Promise<{ pages: Output<'requests.list'>[]; ids: string[] }> {
  const pages: Output<'requests.list'>[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(core, 'requests.list', { ...input, limit, ...(cursor ? { cursor } : {}) });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return { pages, ids: pages.flatMap((p) => p.requests.map((r) => r.id)) };
}

it('pages 待我审批 by due day (ties by id) with the same rows as the whole list, the total and counts on every page', async () => {
  const whole = await call(core, 'requests.list', { role: 'provider' });
  expect(whole.requests).toHaveLength(30);
  expect(whole.total).toBe(30);
  expect(whole.nextCursor).toBeUndefined();
  // The order the screen works in: due day, undated last, then id.
  const expected = [...whole.requests].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || (a.id < b.id ? -1 : 1)).map((r) => r.id);
  expect(whole.requests.map((r) => r.id)).toEqual(expected);
  expect(new Set(whole.requests.map((r) => r.dueDate)).size).toBeGreaterThan(5);

  const { pages, ids } = await allPages({ role: 'provider' }, 7);
  expect(pages.map((p) => p.requests.length)).toEqual([7, 7, 7, 7, 2]);
  expect(ids).toEqual(expected);
  for (const p of pages) expect(p).toMatchObject({ total: 30, counts: { all: 30, byState: { providerReview: 22, approved: 8 } } });
  // A page's views are the whole list's views, and each the view of the request read alone (attachments included).
  expect(pages[1]!.requests).toEqual(whole.requests.slice(7, 14));
  for (const r of pages.flatMap((p) => p.requests)) expect(r).toEqual(await call(core, 'requests.get', { id: r.id }));
  expect(pages.flatMap((p) => p.requests).filter((r) => r.attachments.length === 1)).toHaveLength(10);
});

it('filters by the states the screen asks for (pending decisions) and pages within them', async () => {
  const { pages, ids } = await allPages({ role: 'provider', states: ['providerReview', 'renewalRequested'] }, 10);
  expect(pages[0]!.total).toBe(22);
  expect(ids).toHaveLength(22);
  const whole = await call(core, 'requests.list', { role: 'provider' });
  expect(ids).toEqual(whole.requests.filter((r) => r.state === 'providerReview').map((r) => r.id));
  expect(pages[0]!.counts.all).toBe(30);
});

it('a request arriving between two pages appears in its place without shifting the next page', async () => {
  const first = await call(core, 'requests.list', { role: 'provider', limit: 10 });
  // Due before every row shown: it belongs to the first page, so the second page is unchanged.
  await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ id: 'in-early', submittedAt: '2026-01-05T01:00:00.000Z', updatedAt: '2026-01-05T01:00:00.000Z' }) }]);
  const second = await call(core, 'requests.list', { role: 'provider', limit: 10, cursor: first.nextCursor! });
  const whole = await call(core, 'requests.list', { role: 'provider' });
  expect(whole.requests[0]!.id).toBe('in-early');
  expect(second.requests.map((r) => r.id)).toEqual(whole.requests.slice(11, 21).map((r) => r.id));
  expect(second.total).toBe(31);
});

it('the overdue list is the late open requests by due day, counted for the menu', async () => {
  const whole = await call(core, 'requests.list', { overdue: true });
  const late = (await call(core, 'requests.list', { role: 'provider' })).requests.filter((r) => r.overdue);
  expect(late.length).toBeGreaterThan(3);
  expect(whole.requests.map((r) => r.id)).toEqual(late.map((r) => r.id));
  expect(whole.total).toBe(late.length);
  expect(whole.counts.overdue).toBe(late.length);
  expect((await allPages({ overdue: true }, 3)).ids).toEqual(late.map((r) => r.id));
  // Stored beside the deadlines: the flag and the next due day are what the views say.
  const stored = await withWorkspaceDb(dir, (db) => db.all<{ id: string; next_due: string | null; deadlines_overdue: number }>('SELECT id, next_due, deadlines_overdue FROM share_requests'));
  const views = new Map((await call(core, 'requests.list', {})).requests.map((r) => [r.id, r]));
  for (const s of stored) {
    const v = views.get(s.id)!;
    expect([s.id, s.deadlines_overdue === 1]).toEqual([s.id, v.overdue]);
    if (s.next_due) expect([s.id, s.next_due]).toEqual([s.id, v.dueDate]);
  }
});

it('pages 我的申请 newest first (ties by id) and refuses a cursor it did not give', async () => {
  await call(core, 'basket.add', { entryId: 'e2', items: [] });
  const made: string[] = [];
  for (let i = 0; i < 5; i++) made.push((await call(core, 'requests.create', { entryId: 'e2', fields: { ...FIELDS, purpose: `用途${i}` } })).id);
  const whole = await call(core, 'requests.list', { role: 'requester' });
  expect(whole.requests.map((r) => r.id)).toEqual([...made].sort());
  expect((await allPages({ role: 'requester' }, 2)).ids).toEqual(whole.requests.map((r) => r.id));
  expect(whole.counts).toEqual({ all: 5, overdue: 0, byState: { draft: 5 } });

  const due = await call(core, 'requests.list', { role: 'provider', limit: 5 });
  // The provider's cursor is a due-day key: not a position in 我的申请.
  const wrong = await callError(core, 'requests.list', { role: 'requester', limit: 5, cursor: due.nextCursor! });
  expect(wrong.details?.issues).toEqual([expect.objectContaining({ path: 'cursor', code: 'validation.requestListCursor' })]);
  expect((await callError(core, 'requests.list', { role: 'provider', cursor: '%%%' })).code).toBe('VALIDATION');
  expect((await callError(core, 'requests.list', { role: 'provider', limit: 0 })).code).toBe('VALIDATION');
});

it('a workspace opened with this version takes the next due day and the overdue flag from the deadlines it already stored', async () => {
  const { dir: old, cleanup: done } = tempDir();
  try {
    const shipped = loadMigrations();
    const before = shipped.filter((m) => m.id < PAGING);
    const earlier = createCore({ workspaceDir: old, timeSource: fixedTime(), migrations: before });
    await earlier.ready;
    await call(earlier, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    await earlier.close();
    const row = (id: string, deadlines: unknown[][]) =>
      `('${id}', 'provider', 'providerReview', 'e1', '资源', 'conditional', 'A', 'a', '${DEPARTMENT.code}', 'p', '[]', '2026-03-02T01:00:00.000Z', '2026-03-02T01:00:00.000Z', '[]', '${JSON.stringify(deadlines)}', 1, 0)`;
    await rawSql(
      old,
      `INSERT INTO share_requests (id, role, state, entry_id, entry_name, share_type, requester_code, requester_name, provider_code, provider_name, fields, created_at, updated_at,
         deadline_events, deadlines, deadlines_open, deadlines_stale) VALUES
         ${row('late', [['platformCheck', '2026-02-20', '2026-02-23', '2026-02-23', 0, null, 0, 1, 'done'], ['providerDecision', '2026-02-23', '2026-03-02', null, null, -2, 0, 1, 'overdue']])},
         ${row('running', [['providerDecision', '2026-03-02', '2026-03-09', null, null, 5, 0, 1, 'running']])},
         ${row('ended', [['providerDecision', '2026-03-02', '2026-03-09', '2026-03-04', 0, null, 0, 1, 'done']])};`,
    );
    const opened = createCore({ workspaceDir: old, timeSource: fixedTime() });
    expect((await opened.ready).state).toBe('ready');
    await opened.close();
    expect(await rawAll(workspacePaths(old).db, 'SELECT id, next_due, deadlines_overdue, list_due FROM share_requests ORDER BY id')).toEqual([
      { id: 'ended', next_due: null, deadlines_overdue: 0, list_due: '9999' },
      { id: 'late', next_due: '2026-03-02', deadlines_overdue: 1, list_due: '2026-03-02' },
      { id: 'running', next_due: '2026-03-09', deadlines_overdue: 0, list_due: '2026-03-09' },
    ]);
  } finally {
    done();
  }
});
