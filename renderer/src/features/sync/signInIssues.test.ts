import { describe, expect, it } from 'vitest';
import { signInIssues } from './signInIssues';

describe('signInIssues', () => {
  it('asks for every field when the address is the officer’s to give', () => {
    expect(signInIssues({}, true)).toEqual([
      { path: 'platformUrl', code: 'validation.required' },
      { path: 'user', code: 'validation.required' },
      { path: 'password', code: 'validation.required' },
    ]);
  });

  it('refuses an address that is not http(s), saying the scheme is what is missing', () => {
    expect(signInIssues({ platformUrl: 'dsj.example.gov.cn', user: 'u', password: 'p' }, true)).toEqual([{ path: 'platformUrl', code: 'validation.urlScheme' }]);
    expect(signInIssues({ platformUrl: 'ftp://dsj.example.gov.cn', user: 'u', password: 'p' }, true)).toEqual([{ path: 'platformUrl', code: 'validation.urlScheme' }]);
    expect(signInIssues({ platformUrl: 'https://', user: 'u', password: 'p' }, true)).toEqual([{ path: 'platformUrl', code: 'validation.invalid' }]);
    expect(signInIssues({ platformUrl: 'https://dsj.example.gov.cn', user: 'u', password: 'p' }, true)).toEqual([]);
  });

  it('ignores the address when the policy fixes it, and a blank user is missing', () => {
    expect(signInIssues({ user: '   ', password: 'p' }, false)).toEqual([{ path: 'user', code: 'validation.required' }]);
  });

  it('keeps to the lengths the core accepts', () => {
    expect(signInIssues({ user: 'u'.repeat(65), password: 'p'.repeat(257) }, false)).toEqual([
      { path: 'user', code: 'validation.tooLong' },
      { path: 'password', code: 'validation.tooLong' },
    ]);
  });
});
