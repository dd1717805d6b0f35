import { describe, expect, it } from 'vitest';
import type { DeadlineView } from '@shared/ipc/channels/requests';
import { runningDeadlines, stoppedByDecision } from './decided';

const rule = { workingDays: 5, wording: { 'zh-CN': '', en: '' }, source: { title: '', article: '' } };
const deadline = (step: string, status: DeadlineView['status'] = 'running'): DeadlineView => ({ step, rule, start: '2026-12-01', due: '2026-12-09', remainingWorkingDays: 3, calendarCovered: true, status });
const decision = { decision: 'approve' as const, by: 'provider' as const, decidedAt: '2026-12-04T02:00:00.000Z' };

describe('a decided request', () => {
  it('stops the clocks the decision answers and keeps the ones that follow it', () => {
    expect(stoppedByDecision(deadline('platformCheck'), decision)).toBe(true);
    expect(stoppedByDecision(deadline('providerDecision'), decision)).toBe(true);
    expect(stoppedByDecision(deadline('delivery'), decision)).toBe(false);
    expect(stoppedByDecision(deadline('providerDecision'), undefined)).toBe(false);
    expect(runningDeadlines({ deadlines: [deadline('platformCheck'), deadline('delivery'), deadline('providerDecision', 'done')], decision }).map((c) => c.step)).toEqual(['delivery']);
    expect(runningDeadlines({ deadlines: [deadline('platformCheck')] }).map((c) => c.step)).toEqual(['platformCheck']);
  });
});
