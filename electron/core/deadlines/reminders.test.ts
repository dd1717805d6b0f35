import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, DEPARTMENT, initialisedCore, type fixedTime } from '../../../tests/helpers/core';
import { openRequestsWorkspace, OTHER, platformRequest, pullChanges, withWorkspaceDb } from '../../../tests/helpers/requests';
import { parseDay, weekdayCalendar } from '@shared/calendar/index';
import { GROUP_ABOVE, OPEN_QUIET_MS, groupReminders, weekEnd } from './reminders';
import { WEEK_LISTED_PER_KIND } from '@shared/ipc/channels/requests';

let dir: string;
let cleanup: () => void;
let core: Core;
let time: ReturnType<typeof fixedTime>;

beforeEach(async () => {
  ({ dir, cleanup, core, time } = await openRequestsWorkspace());
});
afterEach(async () => {
  await core.close();
  cleanup();
});

describe('reminders', () => {
  it('emits each reminder once: due within a working day, then overdue', async () => {
    const seen: unknown[] = [];
    core.on('deadline.reminder', (r) => seen.push(r));
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ submittedAt: '2026-02-27T01:00:00.000Z', updatedAt: '2026-02-27T01:00:00.000Z' }) }]);
    time.advance(3 * 86_400_000); // 2026-03-05, the due day
    // The pull was applied from outside this core (no change event here): opening the workspace checks, as a start does, a moment later.
    await call(core, 'workspace.open', { dir });
    const week = await call(core, 'reminders.week', {});
    expect(week).toMatchObject({ today: '2026-03-05', weekEnd: '2026-03-08', items: [expect.objectContaining({ id: 'r-in-1', due: '2026-03-05', status: 'dueSoon' })] });
    await expect.poll(() => seen.length, { timeout: 6000 }).toBe(1);
    await call(core, 'authorisations.list', {});
    // Another change: checked again, nothing new to say.
    await call(core, 'requests.decide', { id: 'r-in-1', decision: 'reject', reason: '申请用途与所需信息项不对应，请补充' }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual([expect.objectContaining({ subject: 'request', id: 'r-in-1', status: 'dueSoon', due: '2026-03-05' })]);
  });

  it('checks a workspace just opened a moment later, after the first screen has been served', async () => {
    const later: { fn: () => void; ms: number }[] = [];
    await core.close();
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ submittedAt: '2026-02-27T01:00:00.000Z', updatedAt: '2026-02-27T01:00:00.000Z' }) }]);
    time.advance(3 * 86_400_000);
    core = await initialisedCore(dir, { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0, timers: { setInterval: () => 0, clearInterval: () => {}, setTimeout: (fn, ms) => later.push({ fn, ms }), clearTimeout: () => {} } } });
    const seen: unknown[] = [];
    core.on('deadline.reminder', (r) => seen.push(r));
    expect(later.map((l) => l.ms)).toEqual([2500]);
    // The officer's first screen is being served: the check waits for a lull in the calls.
    await call(core, 'catalogue.list', {});
    later[0]!.fn();
    expect(later).toHaveLength(2);
    expect(later[1]!.ms).toBeGreaterThan(0);
    expect(later[1]!.ms).toBeLessThanOrEqual(OPEN_QUIET_MS);
    await new Promise((r) => setTimeout(r, OPEN_QUIET_MS + 50));
    expect(seen).toEqual([]);
    later[1]!.fn();
    await expect.poll(() => seen).toEqual([expect.objectContaining({ id: 'r-in-1', status: 'dueSoon' })]);
    expect(later).toHaveLength(2);
  });

  it('remembers what was sent across a restart, and announces a deadline that has passed', async () => {
    const timers: (() => void)[] = [];
    await core.close();
    core = await initialisedCore(dir, { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 1000, timers: { setInterval: (fn) => timers.push(fn), clearInterval: () => {} } } });
    const seen: { status: string }[] = [];
    core.on('deadline.reminder', (r) => seen.push(r));
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ submittedAt: '2026-02-27T01:00:00.000Z', updatedAt: '2026-02-27T01:00:00.000Z' }) }]);
    time.advance(3 * 86_400_000);
    timers[0]!();
    await expect.poll(() => seen.map((s) => s.status)).toEqual(['dueSoon']);
    timers[0]!();
    await core.close();
    core = await initialisedCore(dir, { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 1000, timers: { setInterval: (fn) => timers.push(fn), clearInterval: () => {} } } });
    core.on('deadline.reminder', (r) => seen.push(r));
    timers.at(-1)!();
    time.advance(86_400_000);
    timers.at(-1)!();
    await expect.poll(() => seen.map((s) => s.status)).toEqual(['dueSoon', 'overdue']);
    await withWorkspaceDb(dir, async (db) => expect((await db.all('SELECT key FROM reminders_sent')).length).toBe(2));
  });
});

describe('many reminders at once', () => {
  it('tells a crowd of one kind as one reminder with its count, and remembers each duty as sent', async () => {
    const seen: { subject: string; status: string; id: string; count?: number }[] = [];
    core.on('deadline.reminder', (r) => seen.push(r));
    const ids = ['r-in-1', 'r-in-2', 'r-in-3', 'r-in-4', 'r-in-5'];
    await pullChanges(
      dir,
      ids.map((id, i) => ({ kind: 'request.incoming' as const, request: platformRequest({ id, submittedAt: `2026-02-2${i + 3}T01:00:00.000Z`, updatedAt: '2026-02-27T01:00:00.000Z' }) })),
    );
    time.advance(10 * 86_400_000);
    await call(core, 'workspace.open', { dir });
    await expect.poll(() => seen.length, { timeout: 6000 }).toBe(1);
    // The earliest due one speaks for the five.
    expect(seen[0]).toMatchObject({ subject: 'request', status: 'overdue', id: 'r-in-1', count: 5 });
    await withWorkspaceDb(dir, async (db) => expect((await db.all<{ key: string }>('SELECT key FROM reminders_sent')).map((r) => r.key.split(':')[1]).sort()).toEqual(ids));
    // Checked again: each was sent, nothing is told twice.
    await call(core, 'workspace.open', { dir });
    await new Promise((r) => setTimeout(r, 3000));
    expect(seen).toHaveLength(1);
  });

  it('keeps a few of a kind apart, and groups by kind and status', () => {
    const r = (id: string, due: string, subject: 'request' | 'zeroUpdate' = 'request', status: 'overdue' | 'dueSoon' = 'overdue') => ({ subject, id, title: id, step: 'providerDecision', due, status, calendarCovered: id !== 'z3' });
    const few = Array.from({ length: GROUP_ABOVE }, (_, i) => r(`a${i}`, `2026-03-0${i + 1}`));
    expect(groupReminders(few)).toEqual(few);
    const zs = ['z1', 'z2', 'z3', 'z4'].map((id, i) => r(id, `2026-02-1${5 - i}`, 'zeroUpdate'));
    const out = groupReminders([...few, r('s1', '2026-03-09', 'request', 'dueSoon'), ...zs]);
    expect(out).toHaveLength(GROUP_ABOVE + 2);
    // The earliest due, and the calendar covered only if it covers every one.
    expect(out.at(-1)).toEqual({ ...r('z4', '2026-02-12', 'zeroUpdate'), calendarCovered: false, count: 4 });
  });
});

describe('week of the Overview', () => {
  it('ends on the Sunday of the current week while a working day of it remains', () => {
    expect(weekEnd('2026-03-02')).toBe('2026-03-08');
    expect(weekEnd('2026-03-06')).toBe('2026-03-08');
    expect(weekEnd('2026-12-31')).toBe('2027-01-03');
  });

  it('on a weekend or before a week of days off, is the week the officer works next', () => {
    // Saturday and Sunday: Monday to Friday ahead.
    expect(weekEnd('2026-03-07')).toBe('2026-03-15');
    expect(weekEnd('2026-03-08')).toBe('2026-03-15');
    // Counted by the deadlines' calendar: a week of holidays after today is skipped.
    const off = new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'].map((d) => parseDay(d, 'd')));
    const calendar = { isWorkingDayNumber: (n: number) => !off.has(n) && weekdayCalendar().isWorkingDayNumber(n) };
    expect(weekEnd('2026-10-03', calendar)).toBe('2026-10-11');
    expect(weekEnd('2026-10-04', calendar)).toBe('2026-10-11');
    const longer = { isWorkingDayNumber: (n: number) => n !== parseDay('2026-10-09', 'd') && calendar.isWorkingDayNumber(n) };
    expect(weekEnd('2026-10-04', longer)).toBe('2026-10-18');
  });

  it('lists the earliest of a kind and counts them all: a crowd of one kind leaves room for the others', async () => {
    const n = WEEK_LISTED_PER_KIND + 3;
    await pullChanges(dir, [
      ...Array.from({ length: n }, (_, i) => ({ kind: 'request.incoming' as const, request: platformRequest({ id: `r-${String(i).padStart(3, '0')}`, submittedAt: '2026-02-27T01:00:00.000Z', updatedAt: '2026-02-27T01:00:00.000Z' }) })),
      {
        kind: 'objection.update',
        objection: { id: 'o1', revision: 1, state: 'open', entryId: 'own-1', entryName: '婚姻登记信息', raiserCode: OTHER, raiserName: '伊川县公安局', providerCode: DEPARTMENT.code, providerName: DEPARTMENT.name, description: '有误', attachments: [], raisedAt: '2026-02-11T01:00:00.000Z', updatedAt: '2026-02-11T01:00:00.000Z' },
      },
    ]);
    const week = await call(core, 'reminders.week', {});
    expect(week.counts).toEqual({ request: n, objection: 1 });
    expect(week.items.filter((i) => i.subject === 'request').map((i) => i.id)).toEqual(Array.from({ length: WEEK_LISTED_PER_KIND }, (_, i) => `r-${String(i).padStart(3, '0')}`));
    expect(week.items.filter((i) => i.subject === 'objection')).toHaveLength(1);
  });

  it('lists objections too, by due day (across the Spring Festival and its make-up Saturdays)', async () => {
    await pullChanges(dir, [
      { kind: 'request.incoming', request: platformRequest({ submittedAt: '2026-02-27T01:00:00.000Z', updatedAt: '2026-02-27T01:00:00.000Z' }) },
      {
        kind: 'objection.update',
        objection: { id: 'o1', revision: 1, state: 'open', entryId: 'own-1', entryName: '婚姻登记信息', raiserCode: OTHER, raiserName: '伊川县公安局', providerCode: DEPARTMENT.code, providerName: DEPARTMENT.name, description: '有误', attachments: [], raisedAt: '2026-02-11T01:00:00.000Z', updatedAt: '2026-02-11T01:00:00.000Z' },
      },
    ]);
    await call(core, 'requests.get', { id: 'r-in-1' });
    const week = await call(core, 'reminders.week', {});
    expect(week.items.map((i) => [i.subject, i.due, i.status])).toEqual([
      ['objection', '2026-03-03', 'dueSoon'],
      ['request', '2026-03-05', 'running'],
    ]);
  });
});
