import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/index';
import { AUTHORISATION_RULES, expiresSoon, expiryReminderFrom } from './authorisation-rules';
import { PROFILE_IDS } from '../profiles/types';

const calendar = createWorkingCalendar();

describe('authorisation rules', () => {
  it('reminds 5 working days before the end by default, and grants by scenario only where 丽水 says so', () => {
    for (const id of PROFILE_IDS) expect(AUTHORISATION_RULES[id].expiryReminderWorkingDays).toBe(5);
    expect(PROFILE_IDS.filter((id) => AUTHORISATION_RULES[id].scenarioGrants.value)).toEqual(['lishui']);
    expect(AUTHORISATION_RULES.lishui.scenarioGrants.source).toEqual({ title: '《丽水市公共数据资源管理办法》', article: '第十九条（三）' });
  });

  it('counts the reminder back over working days only: weekends and the official holidays are skipped', () => {
    // Friday 2026-03-13: five working days back is Friday 2026-03-06.
    expect(expiryReminderFrom(calendar, '2026-03-13', 5)).toBe('2026-03-06');
    // Ends on the first working day after the National Day holiday (1–7 October 2026): one working day back is 30 September.
    expect(expiryReminderFrom(calendar, '2026-10-08', 1)).toBe('2026-09-30');
    expect(expiryReminderFrom(calendar, '2026-03-13', 0)).toBe('2026-03-13');
  });

  it('is within the reminder period from its first day to the last day of the authorisation', () => {
    expect(expiresSoon('2026-03-05', '2026-03-13', '2026-03-06')).toBe(false);
    expect(expiresSoon('2026-03-06', '2026-03-13', '2026-03-06')).toBe(true);
    expect(expiresSoon('2026-03-13', '2026-03-13', '2026-03-06')).toBe(true);
    expect(expiresSoon('2026-03-14', '2026-03-13', '2026-03-06')).toBe(false);
    expect(expiresSoon('2026-03-10', undefined, undefined)).toBe(false);
  });
});
