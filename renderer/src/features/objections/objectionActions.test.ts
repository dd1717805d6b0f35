import { describe, expect, it } from 'vitest';
import { availableActions, extensionBlock, extensionRule } from './objectionActions';

describe('objection actions', () => {
  it('the provider answers, the raiser confirms or reopens, each only where the flow allows', () => {
    expect(availableActions({ role: 'provider', state: 'open' })).toEqual(['acknowledge', 'startCorrecting', 'requestExtension', 'answer']);
    expect(availableActions({ role: 'provider', state: 'extensionRequested' })).toEqual(['answer']);
    expect(availableActions({ role: 'provider', state: 'answered' })).toEqual([]);
    expect(availableActions({ role: 'raiser', state: 'open' })).toEqual([]);
    expect(availableActions({ role: 'raiser', state: 'answered' })).toEqual(['confirm', 'reopen']);
    expect(availableActions({ role: 'provider', state: 'reopened' })).toEqual(['acknowledge', 'startCorrecting', 'answer']);
  });

  it('伊川 allows one extension of 10 working days; 丽水 none', () => {
    expect(extensionRule('yichuan')).toMatchObject({ workingDays: 10, times: 1 });
    expect(extensionBlock({ state: 'acknowledged', extensions: 0 }, 'yichuan')).toBeUndefined();
    expect(extensionBlock({ state: 'extended', extensions: 1 }, 'yichuan')).toBe('used');
    expect(extensionBlock({ state: 'answered', extensions: 0 }, 'yichuan')).toBe('state');
    expect(extensionRule('lishui')).toBeUndefined();
    expect(extensionBlock({ state: 'open', extensions: 0 }, 'lishui')).toBe('notAllowed');
  });
});
