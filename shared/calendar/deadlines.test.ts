import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/errors';
import type { DeadlineEvent, DeadlineMatter } from './deadlines';
import { computeDeadlines } from './deadlines';
import { createWorkingCalendar } from './working-calendar';

const cal = createWorkingCalendar();
const ev = (type: string, at: string): DeadlineEvent => ({ type, at });
const conditional = (...events: DeadlineEvent[]): DeadlineMatter => ({ subject: 'request', shareType: 'conditional', events });
const summary = (deadlines: ReturnType<typeof computeDeadlines>) => deadlines.map((c) => ({ step: c.step, start: c.start, due: c.due, status: c.status }));

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).issues.map((i) => `${i.path} ${i.code}`);
  }
  throw new Error('expected a VALIDATION error');
}

describe('request deadlines (伊川, conditional)', () => {
  const forwarded = [ev('submitted', '2026-03-02'), ev('forwarded', '2026-03-03')];

  it('starts the provider deadline only when the platform forwards the request', () => {
    expect(computeDeadlines('yichuan', conditional(ev('submitted', '2026-03-02')), cal, '2026-03-03')).toEqual([]);
    expect(summary(computeDeadlines('yichuan', conditional(...forwarded), cal, '2026-03-04'))).toEqual([
      { step: 'providerDecision', start: '2026-03-03', due: '2026-03-10', status: 'running' },
    ]);
  });

  it('is due soon on the last working day before the deadline and on the deadline, overdue after', () => {
    const status = (today: string) => computeDeadlines('yichuan', conditional(...forwarded), cal, today)[0]!.status;
    expect(status('2026-03-06')).toBe('running');
    expect(status('2026-03-09')).toBe('dueSoon');
    expect(status('2026-03-10')).toBe('dueSoon');
    expect(status('2026-03-11')).toBe('overdue');
  });

  it('chains the delivery deadline to the approval', () => {
    const deadlines = computeDeadlines('yichuan', conditional(...forwarded, ev('approved', '2026-03-06'), ev('delivered', '2026-03-12')), cal, '2026-03-20');
    expect(deadlines.map((c) => ({ step: c.step, start: c.start, due: c.due, end: c.end, late: c.late, status: c.status }))).toEqual([
      { step: 'providerDecision', start: '2026-03-03', due: '2026-03-10', end: '2026-03-06', late: false, status: 'done' },
      { step: 'delivery', start: '2026-03-06', due: '2026-03-11', end: '2026-03-12', late: true, status: 'done' },
    ]);
    expect(deadlines[1]!.rule.wording['zh-CN']).toContain('3 个工作日');
  });

  it('starts no delivery deadline after a rejection', () => {
    expect(computeDeadlines('yichuan', conditional(...forwarded, ev('rejected', '2026-03-04')), cal, '2026-03-20').map((c) => c.step)).toEqual(['providerDecision']);
  });

  it('takes the China day of timestamps', () => {
    const deadlines = computeDeadlines('yichuan', conditional(ev('submitted', '2026-03-01T10:00:00Z'), ev('forwarded', '2026-03-02T17:30:00Z')), cal, '2026-03-04');
    expect(deadlines[0]!.start).toBe('2026-03-03'); // 01:30 on 3 March in Beijing
  });
});

describe('returned for more information', () => {
  const base = [ev('submitted', '2026-03-02'), ev('forwarded', '2026-03-02')];

  it('pauses the deadline and resumes with the working days left', () => {
    const returned = [...base, ev('returned', '2026-03-04')];
    const paused = computeDeadlines('yichuan', conditional(...returned), cal, '2026-03-20')[0]!;
    expect(paused).toMatchObject({ status: 'paused', due: null, remainingWorkingDays: 4 }); // 3 March was used
    const resumed = computeDeadlines('yichuan', conditional(...returned, ev('resubmitted', '2026-03-10')), cal, '2026-03-12')[0]!;
    expect(resumed).toMatchObject({ status: 'running', due: '2026-03-16' });
  });

  it('does not pause when the profile setting is off', () => {
    const events = conditional(...base, ev('returned', '2026-03-04'), ev('resubmitted', '2026-03-10'));
    expect(computeDeadlines('yichuan', events, cal, '2026-03-12', { pauseWhenReturned: false })[0]).toMatchObject({ status: 'overdue', due: '2026-03-09' });
  });

  it('charges nothing for a return on the receiving day', () => {
    const events = conditional(...base, ev('returned', '2026-03-02'), ev('resubmitted', '2026-03-03'));
    expect(computeDeadlines('yichuan', events, cal, '2026-03-03')[0]!.due).toBe('2026-03-10');
  });

  it('keeps a step overdue when it was returned after its deadline', () => {
    const events = conditional(...base, ev('returned', '2026-03-11'));
    expect(computeDeadlines('yichuan', events, cal, '2026-03-12')[0]).toMatchObject({ status: 'overdue', due: '2026-03-09' });
  });

  it('resumes across the golden week with its make-up Saturday', () => {
    const events = conditional(ev('submitted', '2026-09-28'), ev('forwarded', '2026-09-28'), ev('returned', '2026-09-29'), ev('resubmitted', '2026-09-30'));
    expect(computeDeadlines('yichuan', events, cal, '2026-10-09')[0]).toMatchObject({ due: '2026-10-13', status: 'running' });
  });

  it('handles two returns in a row', () => {
    const events = conditional(
      ...base,
      ev('returned', '2026-03-04'), // 1 day used (3 March)
      ev('resubmitted', '2026-03-05'),
      ev('returned', '2026-03-09'), // 6 March used: 3 left
      ev('resubmitted', '2026-03-10'),
    );
    expect(computeDeadlines('yichuan', events, cal, '2026-03-10')[0]!.due).toBe('2026-03-13');
  });
});

describe('objection deadlines', () => {
  const raised = { subject: 'objection' as const, events: [ev('raised', '2026-04-30')] };

  it('counts 伊川 10 working days over Labour Day and its make-up Saturday, and one extension of 10', () => {
    expect(computeDeadlines('yichuan', raised, cal, '2026-05-06')[0]).toMatchObject({ step: 'objectionAnswer', due: '2026-05-18', status: 'running' });
    const extended = computeDeadlines('yichuan', { subject: 'objection', events: [...raised.events, ev('extended', '2026-05-15')] }, cal, '2026-05-19')[0]!;
    expect(extended).toMatchObject({ due: '2026-06-01', status: 'running' });
    expect(extended.extension?.workingDays).toBe(10);
  });

  it('refuses a second extension, and any extension where the profile has none', () => {
    const twice = { subject: 'objection' as const, events: [...raised.events, ev('extended', '2026-05-06'), ev('extended', '2026-05-07')] };
    expect(issuesOf(() => computeDeadlines('yichuan', twice, cal, '2026-05-08'))).toEqual(['events.2.type calendar.extensionNotAllowed']);
    const lishui = { subject: 'objection' as const, events: [...raised.events, ev('extended', '2026-05-06')] };
    expect(issuesOf(() => computeDeadlines('lishui', lishui, cal, '2026-05-08'))).toEqual(['events.1.type calendar.extensionNotAllowed']);
  });

  it('gives 丽水 2 working days', () => {
    expect(computeDeadlines('lishui', raised, cal, '2026-05-07')[0]).toMatchObject({ due: '2026-05-07', status: 'dueSoon' });
  });
});

describe('catalogue update deadlines', () => {
  it('chains 伊川 10 working days to request the update and 5 to review it', () => {
    const events = [ev('changed', '2026-02-13'), ev('updateRequested', '2026-03-03')];
    expect(summary(computeDeadlines('yichuan', { subject: 'catalogueUpdate', events }, cal, '2026-03-04'))).toEqual([
      { step: 'catalogueUpdateRequest', start: '2026-02-13', due: '2026-03-05', status: 'done' },
      { step: 'catalogueUpdateReview', start: '2026-03-03', due: '2026-03-10', status: 'running' },
    ]);
  });
});

describe('calendar coverage', () => {
  it('flags a deadline that runs into a year without a published schedule', () => {
    const deadline = computeDeadlines('yichuan', conditional(ev('submitted', '2026-12-28'), ev('forwarded', '2026-12-28')), cal, '2026-12-29')[0]!;
    expect(deadline).toMatchObject({ due: '2027-01-04', calendarCovered: false });
    const inside = computeDeadlines('yichuan', conditional(ev('submitted', '2026-12-01'), ev('forwarded', '2026-12-01')), cal, '2026-12-02')[0]!;
    expect(inside.calendarCovered).toBe(true);
  });

  it('recomputes with an override published later', () => {
    const updated = createWorkingCalendar({ overrides: [{ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }] });
    const deadline = computeDeadlines('yichuan', conditional(ev('submitted', '2026-12-28'), ev('forwarded', '2026-12-28')), updated, '2026-12-29')[0]!;
    expect(deadline).toMatchObject({ due: '2027-01-05', calendarCovered: true });
  });
});

describe('bad events', () => {
  it.each([
    [[ev('approve', '2026-03-02')], 'events.0.type calendar.unknownEvent'],
    [[ev('submitted', '2026-03-05'), ev('forwarded', '2026-03-04')], 'events.1.at calendar.eventsOutOfOrder'],
    [[ev('submitted', '2026-02-30')], 'events.0.at calendar.invalidDate'],
    [[ev('submitted', '2026-03-02T09:00:00')], 'events.0.at calendar.invalidDate'],
    [[ev('submitted', '2026-03-02'), ev('resubmitted', '2026-03-03')], 'events.1.type calendar.notReturned'],
    [[ev('submitted', '2026-03-02'), ev('returned', '2026-03-03'), ev('returned', '2026-03-04')], 'events.2.type calendar.alreadyReturned'],
  ])('rejects %j', (events, issue) => {
    expect(issuesOf(() => computeDeadlines('yichuan', conditional(...events), cal, '2026-03-10'))).toEqual([issue]);
  });

  it('rejects an unknown profile, share type or day', () => {
    expect(issuesOf(() => computeDeadlines('hangzhou' as never, conditional(), cal, '2026-03-10'))).toEqual(['profile calendar.unknownProfile']);
    expect(issuesOf(() => computeDeadlines('yichuan', { subject: 'request', shareType: 'none' as never, events: [] }, cal, '2026-03-10'))).toEqual(['shareType validation.enum']);
    expect(issuesOf(() => computeDeadlines('yichuan', conditional(), cal, '2026-3-10'))).toEqual(['today calendar.invalidDate']);
  });
});

describe('garbage in', () => {
  it('rejects a matter of unknown kind or without an event list', () => {
    expect(issuesOf(() => computeDeadlines('yichuan', { subject: 'complaint' } as never, cal, '2026-03-10'))).toEqual(['subject validation.enum']);
    expect(issuesOf(() => computeDeadlines('yichuan', { subject: 'objection', events: 'raised' } as never, cal, '2026-03-10'))).toEqual(['events validation.invalid']);
    expect(issuesOf(() => computeDeadlines('yichuan', { subject: 'objection', events: [null] } as never, cal, '2026-03-10'))).toEqual(['events.0.type calendar.unknownEvent']);
  });
});

describe('coverage of past deadlines', () => {
  it('stays covered when only today lies beyond the data', () => {
    const deadline = computeDeadlines('yichuan', conditional(ev('submitted', '2026-03-02'), ev('forwarded', '2026-03-02')), cal, '2027-03-01')[0]!;
    expect(deadline).toMatchObject({ status: 'overdue', due: '2026-03-09', calendarCovered: true });
    const paused = computeDeadlines('yichuan', conditional(ev('submitted', '2026-12-01'), ev('forwarded', '2026-12-01'), ev('returned', '2026-12-02')), cal, '2027-01-05')[0]!;
    expect(paused).toMatchObject({ status: 'paused', calendarCovered: false });
  });
});
