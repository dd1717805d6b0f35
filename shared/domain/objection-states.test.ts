import { describe, expect, it } from 'vitest';
import type { AppError } from '../ipc/errors';
import { stepObjection, type ObjectionAction, type ObjectionMachine } from './objection-states';

const run = (events: ObjectionAction[], max = 1): ObjectionMachine => events.reduce((m, e) => stepObjection(m, e, max), { state: 'open', extensions: 0 } as ObjectionMachine);

describe('objection flow', () => {
  it('acknowledge, answer after one extension, confirm', () => {
    expect(run(['acknowledge', 'startCorrecting', 'requestExtension', 'extensionGranted', 'answer', 'confirm'])).toEqual({ state: 'confirmed', extensions: 1 });
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

  it('the raiser may reopen an answered objection, which is answered again', () => {
    expect(run(['answer', 'reopen', 'acknowledge', 'answer']).state).toBe('answered');
  });

  it('names from and to of a forbidden transition', () => {
    try {
      run(['confirm']);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).params).toEqual({ from: 'open', to: 'confirmed', event: 'confirm' });
    }
  });
});
