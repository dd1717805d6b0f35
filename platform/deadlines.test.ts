import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeadlineEventType, RequestShareType } from '@shared/profiles/deadlines';
import type { ProfileId } from '@shared/profiles/index';
import { migrate } from './db/migrate';
import { Db } from './db/sqlite';
import { Deadlines, type RequestDue } from './deadlines';

/**
 * Due dates counted by hand on the published 2026 schedule: 国庆 1–7 October off, Saturday
 * 10 October worked. Each step starts the day after its receiving day (China time) and ends on
 * its N-th working day.
 */
const d = new Deadlines('yichuan');
const TUE = '2026-09-29T02:00:00.000Z'; // Tue 29 Sep, 10:00 in China
const WED = '2026-09-30T02:00:00.000Z';
const FRI = '2026-10-09T02:00:00.000Z';

/** The deadline after each event group, from nothing. */
function walk(profile: ProfileId, shareType: RequestShareType, steps: [DeadlineEventType[], string][]): RequestDue[] {
  let due: RequestDue = {};
  return steps.map(([events, at]) => (due = d.nextRequestDue(profile, shareType, due, events, at)));
}

describe('request deadlines on the platform, per profile', () => {
  it.each([
    // [profile, share type, steps (events at a time) → the deadline after each]
    ['yichuan', 'conditional', [[['submitted', 'forwarded'], TUE], [['approved'], WED], [['delivered'], FRI]], [
      { dueStep: 'providerDecision', dueDate: '2026-10-12' }, // 9/30, 10/8, 10/9, 10/10, 10/12
      { dueStep: 'delivery', dueDate: '2026-10-10' }, // 10/8, 10/9, Saturday 10/10 (worked)
      {},
    ]],
    // The platform's 3 working days for an unconditional request run until it delivers, approval or not.
    ['yichuan', 'unconditional', [[['submitted'], TUE], [['approved'], WED], [['delivered'], FRI]], [
      { dueStep: 'platformCheck', dueDate: '2026-10-09' },
      { dueStep: 'platformCheck', dueDate: '2026-10-09' },
      {},
    ]],
    ['gongshu', 'conditional', [[['submitted', 'forwarded'], TUE], [['approved'], WED]], [{ dueStep: 'providerDecision', dueDate: '2026-10-09' }, {}]],
    ['gongshu', 'unconditional', [[['submitted'], TUE], [['approved'], WED]], [{ dueStep: 'platformCheck', dueDate: '2026-10-09' }, {}]],
    ['songjiang', 'conditional', [[['submitted', 'forwarded'], TUE], [['rejected'], WED]], [
      { dueStep: 'onDemandAnswer', dueDate: '2026-10-19' }, // 9/30, 10/8, 10/9, 10/10, 10/12–16, 10/19
      {},
    ]],
    ['songjiang', 'unconditional', [[['submitted'], TUE]], [{}]],
    ['lishui', 'conditional', [[['submitted', 'forwarded'], TUE]], [{}]],
    ['yuhua', 'conditional', [[['submitted', 'forwarded'], TUE]], [{}]],
    ['national', 'conditional', [[['submitted', 'forwarded'], TUE]], [{ dueStep: 'providerDecision', dueDate: '2026-10-19' }]],
  ] as const)('%s, %s', (profile, shareType, steps, expected) => {
    expect(walk(profile, shareType, steps as unknown as [DeadlineEventType[], string][])).toEqual(expected);
  });

  it.each(['national', 'gongshu', 'yichuan', 'lishui', 'yuhua', 'songjiang'] as const)('%s: an escalation starts the authority’s 10 working days and ends the step in hand', (profile) => {
    const [, escalated, ruled] = walk(profile, 'conditional', [
      [['submitted', 'forwarded'], TUE],
      [['escalated'], WED],
      [['ruled', 'approved'], FRI],
    ]);
    expect(escalated).toEqual({ dueStep: 'disputeRuling', dueDate: '2026-10-20' }); // 10/8 … 10/20
    // Ordered to share: 伊川 times the delivery (10/10, 10/12, 10/13), the others do not.
    expect(ruled).toEqual(profile === 'yichuan' ? { dueStep: 'delivery', dueDate: '2026-10-13' } : {});
  });

  it('counts catalogue reviews and objections by the profile asked for', () => {
    expect(d.due('objectionAnswer', TUE)).toBe('2026-10-19');
    expect(d.due('objectionAnswer', TUE, 'lishui')).toBe('2026-10-08'); // 9/30, 10/8
    expect(d.due('objectionAnswer', TUE, 'songjiang')).toBeUndefined();
    expect(d.extendObjection('2026-10-19')).toBe('2026-11-02');
    expect(d.extendObjection('2026-10-19', 'lishui')).toBeUndefined();
    expect(d.due('catalogueReview', TUE)).toBe('2026-10-12');
  });

  it('counts the day in China: 23:30 UTC is the next day there', () => {
    expect(d.nextRequestDue('gongshu', 'conditional', {}, ['forwarded'], '2026-09-28T23:30:00.000Z')).toEqual({ dueStep: 'providerDecision', dueDate: '2026-10-09' });
    expect(d.nextRequestDue('gongshu', 'conditional', {}, ['forwarded'], '2026-09-28T15:30:00.000Z')).toEqual({ dueStep: 'providerDecision', dueDate: '2026-10-08' });
  });
});

describe("a department's own profile", () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-platform-deadlines-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows the department’s profile where it has one, else the platform default', async () => {
    const db = await Db.open(join(dir, 'platform.db'));
    try {
      await migrate(db, TUE);
      await db.transaction(async (tx) => {
        await tx.run("INSERT INTO departments (code, name, profile) VALUES ('A', '松江区教育局', 'songjiang'), ('B', '伊川县教育局', NULL), ('C', '其他', 'nowhere')");
      });
      const songjiangDefault = new Deadlines('songjiang');
      expect(await d.profileOf(db, 'A')).toBe('songjiang');
      expect(await d.profileOf(db, 'B')).toBe('yichuan');
      expect(await songjiangDefault.profileOf(db, 'B')).toBe('songjiang');
      // A value that is no profile, or a department unknown, falls back to the default.
      expect(await d.profileOf(db, 'C')).toBe('yichuan');
      expect(await d.profileOf(db, 'Z')).toBe('yichuan');
    } finally {
      await db.close();
    }
  });
});
