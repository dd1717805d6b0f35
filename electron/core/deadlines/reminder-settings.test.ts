import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, initialisedCore, type fixedTime } from '../../../tests/helpers/core';
import { openRequestsWorkspace, platformRequest, pullChanges, withWorkspaceDb } from '../../../tests/helpers/requests';
import { weekdayCalendar } from '@shared/calendar/index';
import type { DeadlineReminder } from '@shared/ipc/channels/requests';
import type { ReminderSettings } from '@shared/ipc/channels/reminders';
import { DEFAULT_REMINDER_SETTINGS, isQuiet, leadReached, nextWorkingTime } from './reminder-settings';

const HOUR = 3_600_000;
const calendar = weekdayCalendar();
const quiet = { enabled: true, start: '08:30', end: '18:00' };

describe('reminder timing', () => {
  it('reaches the lead N working days before the due day, skipping the weekend', () => {
    // Due Tuesday 10 March: one working day ahead is Monday 9, two is Friday 6.
    expect(leadReached(calendar, '2026-03-09', '2026-03-10', 1)).toBe(true);
    expect(leadReached(calendar, '2026-03-08', '2026-03-10', 1)).toBe(false);
    expect(leadReached(calendar, '2026-03-06', '2026-03-10', 2)).toBe(true);
    expect(leadReached(calendar, '2026-03-05', '2026-03-10', 2)).toBe(false);
    expect(leadReached(calendar, '2026-03-09', '2026-03-10', 0)).toBe(false);
    expect(leadReached(calendar, '2026-03-10', '2026-03-10', 0)).toBe(true);
  });

  it('is quiet before 08:30 and from 18:00 China time, and on days off', () => {
    expect(isQuiet(calendar, '2026-03-02T00:29:00.000Z', quiet)).toBe(true); // Monday 08:29
    expect(isQuiet(calendar, '2026-03-02T00:30:00.000Z', quiet)).toBe(false); // 08:30
    expect(isQuiet(calendar, '2026-03-02T09:59:00.000Z', quiet)).toBe(false); // 17:59
    expect(isQuiet(calendar, '2026-03-02T10:00:00.000Z', quiet)).toBe(true); // 18:00
    expect(isQuiet(calendar, '2026-03-07T02:00:00.000Z', quiet)).toBe(true); // Saturday 10:00
    expect(isQuiet(calendar, '2026-03-07T02:00:00.000Z', { ...quiet, enabled: false })).toBe(false);
  });

  it('holds until the start of the next working hours', () => {
    expect(nextWorkingTime(calendar, '2026-03-02T00:00:00.000Z', quiet)).toBe('2026-03-02T00:30:00.000Z'); // Monday 08:00 → 08:30
    expect(nextWorkingTime(calendar, '2026-03-02T12:00:00.000Z', quiet)).toBe('2026-03-03T00:30:00.000Z'); // Monday 20:00 → Tuesday
    expect(nextWorkingTime(calendar, '2026-03-06T12:00:00.000Z', quiet)).toBe('2026-03-09T00:30:00.000Z'); // Friday 20:00 → Monday
    expect(nextWorkingTime(calendar, '2026-03-01T20:00:00.000Z', quiet)).toBe('2026-03-02T00:30:00.000Z'); // Monday 04:00 China
  });
});

describe('reminder settings in the workspace', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let time: ReturnType<typeof fixedTime>;
  let ticks: (() => void)[];
  let held: { fn: () => void; ms: number }[];
  let seen: DeadlineReminder[];

  const restart = async () => {
    await core.close();
    core = await initialisedCore(dir, {
      timeSource: time,
      sync: { auto: false },
      // Checked at once on open (the delay is reminders.test.ts's): `held` holds only quiet-hours timers.
      reminders: { intervalMs: 1000, openDelayMs: 0, timers: { setInterval: (fn) => ticks.push(fn), clearInterval: () => {}, setTimeout: (fn, ms) => held.push({ fn, ms }), clearTimeout: () => {} } },
    });
    core.on('deadline.reminder', (r) => seen.push(r));
  };
  const tick = async () => {
    ticks.at(-1)!();
    await new Promise((r) => setTimeout(r, 150));
  };
  const settings = (over: (s: ReminderSettings) => void): ReminderSettings => {
    const s = structuredClone(DEFAULT_REMINDER_SETTINGS);
    over(s);
    return s;
  };

  beforeEach(async () => {
    ({ dir, cleanup, core, time } = await openRequestsWorkspace());
    ticks = [];
    held = [];
    seen = [];
    await restart();
    // Submitted Friday 27 February: the provider's answer is due Thursday 5 March. Today is Monday 2 March, 10:00 in China.
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ submittedAt: '2026-02-27T01:00:00.000Z', updatedAt: '2026-02-27T01:00:00.000Z' }) }]);
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('starts from the defaults and keeps what is saved across a restart', async () => {
    expect(await call(core, 'reminders.settings', {})).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(DEFAULT_REMINDER_SETTINGS.kinds.authorisation.leadDays).toBe(5);
    const saved = settings((s) => {
      s.kinds.zeroUpdate = { enabled: false, leadDays: 0 };
      s.quietHours = { enabled: true, start: '09:00', end: '17:30' };
    });
    expect(await call(core, 'reminders.saveSettings', saved)).toEqual(saved);
    await restart();
    expect(await call(core, 'reminders.settings', {})).toEqual(saved);
    await withWorkspaceDb(dir, async (db) => expect(await db.get("SELECT lead_days, enabled FROM reminder_kinds WHERE subject = 'zeroUpdate'")).toEqual({ lead_days: 0, enabled: 0 }));
  });

  it('refuses working hours that end before they start, or a lead beyond two weeks, and writes nothing', async () => {
    const bad = await core.dispatch('reminders.saveSettings', settings((s) => (s.quietHours = { enabled: true, start: '18:00', end: '08:30' })));
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const far = await core.dispatch('reminders.saveSettings', settings((s) => (s.kinds.request.leadDays = 11)));
    expect(far).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await withWorkspaceDb(dir, async (db) => {
      expect(await db.all('SELECT * FROM reminder_kinds')).toEqual([]);
      expect(await db.all('SELECT * FROM reminder_quiet_hours')).toEqual([]);
    });
  });

  it('reminds of a kind as many working days ahead as set, and never of a kind switched off', async () => {
    await tick();
    expect(seen).toEqual([]); // one working day ahead (the default) is Wednesday
    await call(core, 'reminders.saveSettings', settings((s) => (s.kinds.request.leadDays = 3)));
    await expect.poll(() => seen).toEqual([expect.objectContaining({ subject: 'request', id: 'r-in-1', due: '2026-03-05', status: 'dueSoon' })]);

    await call(core, 'reminders.saveSettings', settings((s) => (s.kinds.request.enabled = false)));
    time.advance(4 * 24 * HOUR); // Friday 6 March: overdue, but requests are off
    await tick();
    expect(seen.map((r) => r.status)).toEqual(['dueSoon']);
    await withWorkspaceDb(dir, async (db) => expect((await db.all('SELECT key FROM reminders_sent')).length).toBe(1));
  });

  it('holds reminders outside working hours and delivers them when working hours begin', async () => {
    // Wednesday 4 March, 20:00 in China: due tomorrow, but after hours.
    time.advance(2 * 24 * HOUR + 10 * HOUR);
    await tick();
    expect(seen).toEqual([]);
    await withWorkspaceDb(dir, async (db) => expect(await db.all('SELECT key FROM reminders_sent')).toEqual([]));
    // The timer is set for Thursday 08:30 China: 12.5 hours ahead.
    expect(held.map((h) => h.ms)).toEqual([12.5 * HOUR]);
    time.advance(12.5 * HOUR);
    held[0]!.fn();
    await expect.poll(() => seen).toEqual([expect.objectContaining({ subject: 'request', due: '2026-03-05', status: 'dueSoon' })]);

    // Saturday 7 March, 10:00: a day off, the overdue reminder waits for Monday.
    time.advance(2 * 24 * HOUR + 1.5 * HOUR);
    await tick();
    expect(seen).toHaveLength(1);
    expect(held.at(-1)!.ms).toBe(2 * 24 * HOUR - 1.5 * HOUR);
    // With quiet hours off, it goes out at once.
    await call(core, 'reminders.saveSettings', settings((s) => (s.quietHours.enabled = false)));
    await expect.poll(() => seen.map((r) => r.status)).toEqual(['dueSoon', 'overdue']);
  });
});
