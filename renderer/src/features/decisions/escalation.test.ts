import { describe, expect, it } from 'vitest';
import { allowedRequestEvents, type RequestState } from '@shared/domain/request-states';
import { canEscalate } from './escalation';

const view = (state: RequestState, over: { role?: 'requester' | 'provider'; overdue?: boolean } = {}) => ({
  role: over.role ?? 'requester',
  state,
  overdue: over.overdue ?? false,
  allowed: allowedRequestEvents(state),
});

describe('dispute button', () => {
  it('shows for the requester’s refused request, and an overdue one still waiting', () => {
    expect(canEscalate(view('rejected'))).toBe(true);
    expect(canEscalate(view('providerReview', { overdue: true }))).toBe(true);
  });

  it('not for one on time, one already escalated or decided in its favour, nor on the provider’s side', () => {
    expect(canEscalate(view('providerReview'))).toBe(false);
    expect(canEscalate(view('escalated'))).toBe(false);
    expect(canEscalate(view('approved', { overdue: true }))).toBe(false);
    expect(canEscalate(view('rejected', { role: 'provider' }))).toBe(false);
    // The authority upheld the refusal: the dispute is settled.
    const ruling = { outcome: 'upholdRefusal' as const, reasoning: '维持', ruledAt: '2026-03-18T02:00:00.000Z', overdue: false };
    expect(canEscalate({ ...view('rejected'), dispute: { ruling } })).toBe(false);
  });
});
