import { describe, expect, it } from 'vitest';
import { availableActions, extensionBlock, extensionRule } from './objectionActions';

describe('objection actions', () => {
  it('the provider answers, the raiser confirms or reopens, each only where the flow allows', () => {
    expect(availableActions({ role: 'provider', state: 'OPEN' })).toEqual(['acknowledge', 'startCorrecting', 'requestExtension', 'correct']);
    expect(availableActions({ role: 'provider', state: 'EXTENSION_REQUESTED' })).toEqual(['correct']);
    expect(availableActions({ role: 'provider', state: 'CORRECTED' })).toEqual([]);
    expect(availableActions({ role: 'raiser', state: 'OPEN' })).toEqual([]);
    expect(availableActions({ role: 'raiser', state: 'CORRECTED' })).toEqual(['confirm', 'reopen']);
    expect(availableActions({ role: 'provider', state: 'REOPENED' })).toEqual(['acknowledge', 'startCorrecting', 'correct']);
  });

  it('伊川 allows one extension of 10 working days; 丽水 none', () => {
    expect(extensionRule('yichuan')).toMatchObject({ workingDays: 10, times: 1 });
    expect(extensionBlock({ state: 'ACK', extensions: 0 }, 'yichuan')).toBeUndefined();
    expect(extensionBlock({ state: 'EXTENDED', extensions: 1 }, 'yichuan')).toBe('used');
    expect(extensionBlock({ state: 'CORRECTED', extensions: 0 }, 'yichuan')).toBe('state');
    expect(extensionRule('lishui')).toBeUndefined();
    expect(extensionBlock({ state: 'OPEN', extensions: 0 }, 'lishui')).toBe('notAllowed');
  });
});
