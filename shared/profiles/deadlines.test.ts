import { describe, expect, it } from 'vitest';
import { annualReportDue, computeDeadlines, deadlineRule, profileCalendar, unusedRevocationDate } from '../calendar/deadlines';
import type { DeadlineMatter } from '../calendar/deadlines';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { AppError } from '../ipc/errors';
import type { WorkingDaysRule } from './deadlines';
import { DEADLINE_EVENTS, DEADLINES, timedSteps } from './deadlines';
import { PROFILE_IDS } from './types';
import { PROFILES } from './index';
import { REGULATIONS } from './regulations';

const cal = createWorkingCalendar();

/** The statutory time limits: [profile, step, working days, confirmed]. */
const MATRIX = [
  ['national', 'providerDecision', 10, false],
  ['national', 'catalogueChange', 15, false],
  ['gongshu', 'platformCheck', 3, true],
  ['gongshu', 'providerDecision', 3, true],
  ['yichuan', 'platformCheck', 3, true],
  ['yichuan', 'providerDecision', 5, true],
  ['yichuan', 'delivery', 3, true],
  ['yichuan', 'objectionAnswer', 10, true],
  ['yichuan', 'objectionExtension', 10, true],
  ['yichuan', 'catalogueUpdateRequest', 10, true],
  ['yichuan', 'catalogueUpdateReview', 5, true],
  ['lishui', 'objectionAnswer', 2, true],
  ['yuhua', 'catalogueChange', 15, true],
  ['songjiang', 'onDemandAnswer', 10, true],
  ['songjiang', 'catalogueChange', 2, true],
  // No regulation gives the authority's ruling a number: the platform's default, unconfirmed.
  ...(['national', 'gongshu', 'yichuan', 'lishui', 'yuhua', 'songjiang'] as const).map((p) => [p, 'disputeRuling', 10, false] as const),
] as const;

describe('deadline rules per profile', () => {
  it('has a rule set for every profile, returns pausing by default (unconfirmed)', () => {
    expect(Object.keys(DEADLINES).sort()).toEqual([...PROFILE_IDS].sort());
    for (const id of PROFILE_IDS) expect(DEADLINES[id].pauseWhenReturned).toMatchObject({ value: true, confirmed: false });
  });

  it.each(MATRIX)('%s: %s is %i working days (confirmed: %s)', (profile, step, days, confirmed) => {
    const rule = deadlineRule(profile, step);
    expect(rule.kind === 'workingDays' || rule.kind === 'extension' ? rule.workingDays : undefined).toBe(days);
    expect(rule.confirmed).toBe(confirmed);
    // The wording the UI shows must say the same number as the value used for counting.
    expect(rule.wording['zh-CN']).toContain(`${days} 个工作日`);
    expect(rule.wording.en).toContain(`${days} working days`);
  });

  it('has no timed step beyond the matrix, plus 伊川 annual report and revocation and 松江 yearly maintenance', () => {
    const listed = PROFILE_IDS.flatMap((p) => timedSteps(p).map((s) => `${p}.${s}`)).sort();
    expect(listed).toEqual([...MATRIX.map(([p, s]) => `${p}.${s}`), 'yichuan.annualReport', 'yichuan.authorisationUnusedRevocation', 'songjiang.catalogueMaintenance'].sort());
  });

  it("cites its profile's regulation by title and article, or the national measures for unconfirmed national values", () => {
    for (const id of PROFILE_IDS) {
      for (const rule of DEADLINES[id].rules) {
        if (rule.confirmed) {
          expect(rule.source.title, `${id}.${rule.step}`).toBe(PROFILES[id].regulation.title);
          expect(rule.source.article, `${id}.${rule.step}`).toMatch(/^第[一二三四五六七八九十]+条(（[一二三四五六七八九十]+）)?$/);
        } else if (rule.step === 'disputeRuling') {
          // The regulation says who rules on a dispute (its article, where it has one), not how soon.
          expect(rule.source.title, `${id}.${rule.step}`).toBe(id === 'national' ? REGULATIONS.sharing2016.title : PROFILES[id].regulation.title);
          expect(rule.source.article, `${id}.${rule.step}`).toMatch(/^(第[一二三四五六七八九十]+条)?$/);
        } else {
          expect(rule.source).toEqual({ title: REGULATIONS.sharing2016.title, article: '' });
        }
        expect(rule.source.title).toMatch(/^《.+》$/);
        expect(rule.wording['zh-CN'].length).toBeGreaterThan(5);
      }
    }
  });

  it('starts and ends clocks only on events of their kind of matter', () => {
    for (const id of PROFILE_IDS) {
      for (const rule of DEADLINES[id].rules.filter((r): r is WorkingDaysRule => r.kind === 'workingDays')) {
        const events: readonly string[] = DEADLINE_EVENTS[rule.subject];
        expect(events, `${id}.${rule.step}`).toContain(rule.startsOn);
        for (const e of rule.endsOn) expect(events).toContain(e);
      }
    }
  });

  it('names the timed steps when asked for a step the profile does not time', () => {
    try {
      deadlineRule('lishui', 'providerDecision');
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).issues).toEqual([{ path: 'step', code: 'calendar.unknownStep', params: { value: 'providerDecision', allowed: 'disputeRuling, objectionAnswer' } }]);
    }
    expect(() => deadlineRule('yichuan', 'nonsense')).toThrow(AppError);
  });
});

describe('clocks of each profile', () => {
  const request = (shareType: 'unconditional' | 'conditional'): DeadlineMatter => ({
    subject: 'request',
    shareType,
    events: [
      { type: 'submitted', at: '2026-09-29' },
      { type: 'forwarded', at: '2026-09-30' },
    ],
  });
  const steps = (profile: (typeof PROFILE_IDS)[number], matter: DeadlineMatter) =>
    computeDeadlines(profile, matter, cal, '2026-09-30').map((c) => `${c.step} ${c.start}→${c.due}`);

  it.each([
    // Counting across the 2026 golden week (10/1–10/7 off, Saturday 10/10 worked).
    ['national', 'unconditional', []],
    ['national', 'conditional', ['providerDecision 2026-09-30→2026-10-20']],
    ['gongshu', 'unconditional', ['platformCheck 2026-09-29→2026-10-09']],
    ['gongshu', 'conditional', ['providerDecision 2026-09-30→2026-10-10']],
    ['yichuan', 'unconditional', ['platformCheck 2026-09-29→2026-10-09']],
    ['yichuan', 'conditional', ['providerDecision 2026-09-30→2026-10-13']],
    ['lishui', 'conditional', []],
    ['yuhua', 'conditional', []],
    ['songjiang', 'unconditional', []],
    ['songjiang', 'conditional', ['onDemandAnswer 2026-09-30→2026-10-20']],
  ] as const)('%s, %s request', (profile, shareType, expected) => {
    expect(steps(profile, request(shareType))).toEqual(expected);
  });

  it.each([
    // Escalated on 9/30 after the provider refused: the provider's step ended, the authority's runs 10 WD across the golden week.
    ['songjiang', ['onDemandAnswer 2026-09-29→2026-10-19', 'disputeRuling 2026-09-30→2026-10-20']],
    ['yichuan', ['providerDecision 2026-09-29→2026-10-12', 'disputeRuling 2026-09-30→2026-10-20']],
  ] as const)('%s dispute', (profile, expected) => {
    const events = [
      { type: 'submitted', at: '2026-09-29' },
      { type: 'forwarded', at: '2026-09-29' },
      { type: 'rejected', at: '2026-09-29' },
      { type: 'escalated', at: '2026-09-30' },
    ];
    expect(steps(profile, { subject: 'request', shareType: 'conditional', events })).toEqual(expected);
    const ruled = computeDeadlines(profile, { subject: 'request', shareType: 'conditional', events: [...events, { type: 'ruled', at: '2026-10-21' }] }, cal, '2026-10-21');
    expect(ruled.at(-1)).toMatchObject({ step: 'disputeRuling', status: 'done', end: '2026-10-21', late: true });
  });

  it.each([
    ['national', ['catalogueChange 2026-09-29→2026-10-26']],
    ['gongshu', []],
    ['yichuan', ['catalogueUpdateRequest 2026-09-29→2026-10-19']],
    ['lishui', []],
    ['yuhua', ['catalogueChange 2026-09-29→2026-10-26']],
    ['songjiang', ['catalogueChange 2026-09-29→2026-10-08']],
  ] as const)('%s catalogue change', (profile, expected) => {
    expect(steps(profile, { subject: 'catalogueUpdate', events: [{ type: 'changed', at: '2026-09-29' }] })).toEqual(expected);
  });

  it.each([
    ['yichuan', ['objectionAnswer 2026-09-29→2026-10-19']],
    ['lishui', ['objectionAnswer 2026-09-29→2026-10-08']],
    ['songjiang', []],
  ] as const)('%s objection', (profile, expected) => {
    expect(steps(profile, { subject: 'objection', events: [{ type: 'raised', at: '2026-09-29' }] })).toEqual(expected);
  });
});

describe('annual report and unused authorisations (伊川)', () => {
  it('is due by the end of January, rolled to the next working day', () => {
    expect(annualReportDue('yichuan', 2024, cal)).toEqual({ due: '2025-02-05', calendarCovered: true }); // 1/31 is in the Spring Festival
    expect(annualReportDue('yichuan', 2025, cal)).toEqual({ due: '2026-02-02', calendarCovered: true }); // 1/31 is a Saturday
    expect(annualReportDue('yichuan', 2026, cal)).toEqual({ due: '2027-02-01', calendarCovered: false });
    expect(annualReportDue('lishui', 2025, cal)).toBeUndefined();
  });

  it('allows revocation after more than three months unused', () => {
    expect(unusedRevocationDate('yichuan', '2026-01-31')).toBe('2026-05-01');
    expect(unusedRevocationDate('yichuan', '2026-03-15T10:00:00+08:00')).toBe('2026-06-16');
    expect(unusedRevocationDate('gongshu', '2026-01-31')).toBeUndefined();
  });
});

describe('profile calendars', () => {
  it('add the given local days off to the official calendar', () => {
    const c = profileCalendar('yuhua', { localDaysOff: [{ date: '2026-03-10', name: '地方节日' }] });
    expect(c.isWorkingDay('2026-03-10')).toBe(false);
    expect(profileCalendar('yuhua').isWorkingDay('2026-03-10')).toBe(true);
    expect(() => profileCalendar('nowhere' as never)).toThrow(AppError);
  });
});
