import { describe, expect, it } from 'vitest';
import type { AppError } from '../ipc/errors';
import { stepObjection, type ObjectionEventType, type ObjectionMachine } from './objection-states';

const run = (events: ObjectionEventType[], max = 1): ObjectionMachine => events.reduce((m, e) => stepObjection(m, e, max), { state: 'OPEN', extensions: 0 } as ObjectionMachine);

describe('objection flow', () => {
  it('acknowledge, correct with one extension, confirm', () => {
    expect(run(['acknowledge', 'startCorrecting', 'requestExtension', 'extensionGranted', 'correct', 'confirm'])).toEqual({ state: 'CONFIRMED', extensions: 1 });
  });

  it('a second extension is refused where the profile allows one', () => {
    const m = run(['acknowledge', 'requestExtension', 'extensionGranted']);
    expect(() => stepObjection(m, 'requestExtension', 1)).toThrow(expect.objectContaining({ code: 'OBJECTION_TRANSITION' }) as Error);
    const fresh = run(['acknowledge']);
    expect(() => stepObjection({ ...fresh, extensions: 1 }, 'requestExtension', 1)).toThrow(expect.objectContaining({ code: 'OBJECTION_EXTENSION_NOT_ALLOWED' }) as Error);
  });

  it('no extension where the profile allows none (丽水)', () => {
    expect(() => run(['acknowledge', 'requestExtension'], 0)).toThrow(expect.objectContaining({ code: 'OBJECTION_EXTENSION_NOT_ALLOWED' }) as Error);
  });

  it('the requester may reopen a corrected objection, which is corrected again', () => {
    expect(run(['correct', 'reopen', 'acknowledge', 'correct']).state).toBe('CORRECTED');
  });

  it('names from and to of a forbidden transition', () => {
    try {
      run(['confirm']);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).params).toEqual({ from: 'OPEN', to: 'CONFIRMED', event: 'confirm' });
    }
  });
});
