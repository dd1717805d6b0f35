import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore, type Core } from '../index';
import { call, type fixedTime } from '../../../tests/helpers/core';
import { openRequestsWorkspace, platformRequest, pullChanges, withWorkspaceDb } from '../../../tests/helpers/requests';

let cleanup: () => void;
let core: Core;
let dir: string;
let time: ReturnType<typeof fixedTime>;

const DAY = 86_400_000;
// 25 incoming requests (a list of 20 or more reads stored deadlines in bulk), forwarded Monday
// 2026-12-28: 伊川's 5 working days end 2027-01-04 while 2027 has no published schedule
// (Friday 1 January counted as a working day), 2027-01-05 once the schedule with 元旦 arrives.
const IDS = Array.from({ length: 25 }, (_, i) => `r-${String(i).padStart(2, '0')}`);

beforeEach(async () => {
  ({ dir, cleanup, core, time } = await openRequestsWorkspace());
  time.advance(Date.parse('2026-12-28T02:00:00.000Z') - time.now().getTime());
  const at = '2026-12-28T01:00:00.000Z';
  await pullChanges(dir, IDS.map((id) => ({ kind: 'request.incoming' as const, request: platformRequest({ id, submittedAt: at, updatedAt: at, dueDate: '2027-01-04' }) })));
});
afterEach(async () => {
  await core.close();
  cleanup();
});

// As sync's pull applies it (the announcements applier); each arrival, even a replayed one, is a new schedule row.
const arrive2027 = () => pullChanges(dir, [{ kind: 'calendar.override', calendar: { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] } }], '2026-12-28T03:00:00.000Z');

const dues = async () => (await call(core, 'requests.list', { role: 'provider' })).requests.map((r) => [r.id, r.dueDate, r.deadlines[0]?.due, r.calendarCovered]);

it('a calendar update recomputes every open deadline once, in one operation, and lists show the stored result', async () => {
  expect(await dues()).toEqual(IDS.map((id) => [id, '2027-01-04', '2027-01-04', false]));
  // The list stored them: nothing left to recompute for this calendar and day.
  expect((await call(core, 'requests.recomputeDeadlines', {})).recomputed).toBe(0);

  await arrive2027();
  expect(await call(core, 'requests.recomputeDeadlines', {})).toMatchObject({ recomputed: IDS.length, changed: IDS.length });
  // Stored in that operation: every due day moved, so every row was written.
  const stored = await withWorkspaceDb(dir, (db) => db.all<{ deadlines: string; deadlines_stale: number }>('SELECT deadlines, deadlines_stale FROM share_requests WHERE deadlines_open = 1'));
  expect(stored.map((r) => [r.deadlines_stale, (JSON.parse(r.deadlines) as unknown[][])[0]![2]])).toEqual(IDS.map(() => [0, '2027-01-05']));
  // The same schedule again (a replayed page): recomputed, nothing to write.
  await arrive2027();
  expect(await call(core, 'requests.recomputeDeadlines', {})).toMatchObject({ recomputed: IDS.length, changed: 0 });
  expect(await dues()).toEqual(IDS.map((id) => [id, '2027-01-05', '2027-01-05', true]));
  // One request read alone agrees with the list.
  expect((await call(core, 'requests.get', { id: IDS[3]! })).deadlines).toEqual((await call(core, 'requests.list', { role: 'provider' })).requests[3]!.deadlines);
});

it('statuses follow the day: the next day recomputes the open deadlines again; an ended deadline is not recomputed', async () => {
  await arrive2027();
  await call(core, 'requests.decide', { id: IDS[0]!, decision: 'reject', reason: '用途与职责不符，不予共享' });
  await call(core, 'requests.list', {});
  time.advance(7 * DAY); // Monday 2027-01-04: the day before the deadline
  expect((await call(core, 'requests.recomputeDeadlines', {})).recomputed).toBe(IDS.length - 1);
  const list = (await call(core, 'requests.list', { role: 'provider' })).requests;
  expect(list.find((r) => r.id === IDS[0])!.deadlines.map((c) => c.status)).toEqual(['done']);
  expect(list.filter((r) => r.id !== IDS[0]).every((r) => r.dueSoon && r.deadlines[0]!.status === 'dueSoon')).toBe(true);
});

it('a request stored before its deadlines were (no deadline events yet) gets them from its history', async () => {
  await call(core, 'requests.list', {});
  await withWorkspaceDb(dir, (db) => db.transaction((tx) => tx.run('UPDATE share_requests SET deadline_events = NULL, deadlines = NULL, deadlines_stale = 1, deadlines_open = 1')));
  expect(await dues()).toEqual(IDS.map((id) => [id, '2027-01-04', '2027-01-04', false]));
  const rows = await withWorkspaceDb(dir, (db) => db.all<{ deadline_events: string }>('SELECT deadline_events FROM share_requests'));
  expect(rows.every((r) => JSON.parse(r.deadline_events).length === 2)).toBe(true);
});

it("the administrator's schedule (policy calendarOverrides) counts like the platform's, and wins for its year", async () => {
  await core.close();
  // Same workspace, a core started under a policy that publishes 2027 with 1 January off.
  core = await createCore({
    workspaceDir: dir,
    timeSource: time,
    sync: { auto: false },
    reminders: { intervalMs: 0 },
    policy: { locked: new Set(), calendarOverrides: [{ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }] },
  });
  await core.ready;
  expect(await dues()).toEqual(IDS.map((id) => [id, '2027-01-05', '2027-01-05', true]));
  // A platform schedule for 2027 without the holiday does not undo the administrator's.
  await pullChanges(dir, [{ kind: 'calendar.override', calendar: { year: 2027, days: [{ name: '调休', date: '2027-01-09', isOffDay: false }] } }], '2026-12-28T03:00:00.000Z');
  expect(await dues()).toEqual(IDS.map((id) => [id, '2027-01-05', '2027-01-05', true]));
});
