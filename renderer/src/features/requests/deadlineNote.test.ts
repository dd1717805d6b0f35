import { describe, expect, it } from 'vitest';
import { quietDeadlineNote } from './deadlineNote';

describe('the deadline column of a request with no running step', () => {
  it('says not started only before the platform has the request', () => {
    expect(quietDeadlineNote({ state: 'draft', deadlines: [] })).toBe('noDeadline');
    expect(quietDeadlineNote({ state: 'pendingSync', deadlines: [] })).toBe('noDeadline');
    expect(quietDeadlineNote({ state: 'submitted', deadlines: [] })).toBe('noDeadline');
  });
  it('says no timed step for a grant that never had one, and done when every step is', () => {
    expect(quietDeadlineNote({ state: 'active', deadlines: [] })).toBe('noTimedStep');
    expect(quietDeadlineNote({ state: 'expired', deadlines: [] })).toBe('noTimedStep');
    const done = { kind: 'providerDecision', status: 'done' } as unknown as Parameters<typeof quietDeadlineNote>[0]['deadlines'][number];
    expect(quietDeadlineNote({ state: 'active', deadlines: [done] })).toBe('deadlinesDone');
  });
});
