import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/errors';
import {
  FINAL_REQUEST_STATES,
  REQUEST_EVENT_TYPES,
  REQUEST_STATES,
  REQUEST_TRANSITIONS,
  allowedRequestEvents,
  stepRequest,
  type RequestEvent,
  type RequestMachine,
  type RequestState,
} from './request-states';

const start: RequestMachine = { state: 'draft', seen: [], platformRevision: 0 };
let n = 0;
const local = (type: RequestEvent['type']): RequestEvent => ({ id: `e${++n}`, type, at: '2026-03-02' });
const platform = (type: RequestEvent['type'], rev: number): RequestEvent => ({ id: `platform:${rev}`, type, at: '2026-03-02', platformRevision: rev });

function run(events: RequestEvent[]): RequestMachine {
  return events.reduce((m, e) => stepRequest(m, e).machine, start);
}

describe('request state machine', () => {
  it('walks the conditional happy path', () => {
    const m = run([local('submit'), local('accepted'), platform('platform.providerReview', 1), platform('platform.approved', 2), platform('platform.active', 3)]);
    expect(m.state).toBe('active');
    expect(m.platformRevision).toBe(3);
  });

  it('refuses a forbidden transition with a typed error naming from and to', () => {
    const m = run([local('submit')]);
    try {
      stepRequest(m, local('approve'));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('REQUEST_TRANSITION');
      expect((err as AppError).params).toEqual({ from: 'pendingSync', to: 'approved', event: 'approve' });
    }
  });

  it('a refused escalation returns to the state the escalation left, and only to one it may leave', () => {
    const escalated = run([local('submit'), local('accepted'), platform('platform.providerReview', 1), local('escalate')]);
    expect(escalated.state).toBe('escalated');
    expect(stepRequest(escalated, { ...local('escalateRefused'), restore: 'providerReview' }).machine.state).toBe('providerReview');
    expect(stepRequest(escalated, local('escalateRefused')).machine.state).toBe('rejected');
    expect(() => stepRequest(escalated, { ...local('escalateRefused'), restore: 'approved' })).toThrow(AppError);
    expect(() => stepRequest(run([local('submit')]), { ...local('escalateRefused'), restore: 'draft' })).toThrow(AppError);
  });

  it('ignores and reports an out-of-order platform update', () => {
    const m = run([local('submit'), local('accepted'), platform('platform.providerReview', 1), platform('platform.approved', 3)]);
    const r = stepRequest(m, platform('platform.providerReview', 2));
    expect(r.outcome).toBe('stale');
    expect(r.machine.state).toBe('approved');
    expect(stepRequest(r.machine, platform('platform.providerReview', 2)).outcome).toBe('duplicate');
  });

  it('a withdrawn or revoked request accepts nothing but a platform repeat of its state (or a refused withdrawal)', () => {
    for (const s of FINAL_REQUEST_STATES) {
      const others = allowedRequestEvents(s).filter((t) => t !== 'cancelRefused');
      expect(others.every((t) => t.startsWith('platform.') && (REQUEST_TRANSITIONS[t] as Record<string, string>)[s] === s)).toBe(true);
    }
  });

  const event = fc.record({
    id: fc.integer({ min: 1, max: 30 }).map((i) => `id${i}`),
    type: fc.constantFrom(...REQUEST_EVENT_TYPES),
    platformRevision: fc.integer({ min: 1, max: 12 }),
  });

  it('random event sequences only ever take transitions of the table and never leave a final state', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let m = start;
        let previous: RequestState = m.state;
        for (const e of events) {
          const ev: RequestEvent = { id: e.type.startsWith('platform.') ? `platform:${e.platformRevision}:${e.id}` : e.id, type: e.type, at: '2026-03-02', platformRevision: e.platformRevision };
          try {
            const r = stepRequest(m, ev);
            if (r.outcome === 'applied') {
              expect((REQUEST_TRANSITIONS[e.type] as Record<string, string>)[previous]).toBe(r.machine.state);
              if (FINAL_REQUEST_STATES.includes(previous) && e.type !== 'cancelRefused') expect(r.machine.state).toBe(previous);
            } else expect(r.machine.state).toBe(previous);
            m = r.machine;
          } catch (err) {
            expect((err as AppError).code).toBe('REQUEST_TRANSITION');
            expect((REQUEST_TRANSITIONS[e.type] as Record<string, string>)[previous]).toBeUndefined();
          }
          expect(REQUEST_STATES).toContain(m.state);
          // Platform revisions never go backwards.
          expect(m.platformRevision).toBeGreaterThanOrEqual(0);
          previous = m.state;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('replaying any event that was applied changes nothing', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.nat(), (events, pick) => {
        let m = start;
        const applied: RequestEvent[] = [];
        for (const e of events) {
          const ev: RequestEvent = { id: `${e.id}:${e.type}`, type: e.type, at: '2026-03-02', platformRevision: e.platformRevision };
          try {
            const r = stepRequest(m, ev);
            m = r.machine;
            if (r.outcome === 'applied') applied.push(ev);
          } catch {
            // forbidden: state unchanged, covered above
          }
        }
        if (!applied.length) return;
        const again = stepRequest(m, applied[pick % applied.length]!);
        expect(again.outcome).toBe('duplicate');
        expect(again.machine).toBe(m);
      }),
      { numRuns: 500 },
    );
  });
});
