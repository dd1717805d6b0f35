import { describe, expect, it } from 'vitest';
import { isLockedByPolicy } from './policyLocks';

describe('isLockedByPolicy', () => {
  it('locks what the policy gives and what it lists, nothing else', () => {
    const policy = { platformUrl: 'https://dsj.example.gov.cn', caBundle: false, locked: ['updateFeedUrl' as const] };
    expect(isLockedByPolicy(policy, 'platformUrl')).toBe(true);
    expect(isLockedByPolicy(policy, 'updateFeedUrl')).toBe(true);
    expect(isLockedByPolicy(policy, 'caBundle')).toBe(false);
    expect(isLockedByPolicy(policy, 'profileId')).toBe(false);
    expect(isLockedByPolicy({ ...policy, caBundle: true }, 'caBundle')).toBe(true);
  });

  it('locks nothing when there is no policy or it is invalid (nothing of it applies)', () => {
    expect(isLockedByPolicy(undefined, 'platformUrl')).toBe(false);
    const invalid = { platformUrl: 'https://x', caBundle: true, locked: ['profileId' as const], error: { code: 'POLICY_INVALID', message: 'bad' } };
    expect(isLockedByPolicy(invalid, 'platformUrl')).toBe(false);
    expect(isLockedByPolicy(invalid, 'profileId')).toBe(false);
  });
});
