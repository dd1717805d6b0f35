import { describe, expect, it } from 'vitest';
import { signInFailure } from './signInFailure';

describe('signInFailure', () => {
  it('tells a refused, unknown, cut or silent connection apart, with the raw reason only as detail', () => {
    expect(signInFailure('SYNC_OFFLINE', { reason: 'ECONNREFUSED' })).toMatchObject({ key: 'refused', detail: 'SYNC_OFFLINE · ECONNREFUSED', keepPassword: true });
    expect(signInFailure('SYNC_OFFLINE', { reason: 'getaddrinfo ENOTFOUND dsj.example.gov.cn' })).toMatchObject({ key: 'notFound' });
    expect(signInFailure('SYNC_OFFLINE', { reason: 'connection closed mid-answer' })).toMatchObject({ key: 'reset' });
    expect(signInFailure('SYNC_OFFLINE', { reason: 'EHOSTUNREACH' })).toMatchObject({ key: 'offline' });
    expect(signInFailure('SYNC_TIMEOUT', { seconds: 15 })).toMatchObject({ key: 'timeout', params: { seconds: 15 }, keepPassword: true });
    expect(signInFailure('SYNC_TLS', { reason: 'SELF_SIGNED_CERT_IN_CHAIN' })).toMatchObject({ key: 'tls', detail: 'SYNC_TLS · SELF_SIGNED_CERT_IN_CHAIN' });
    expect(signInFailure('SYNC_SERVER', { status: 503 })).toMatchObject({ key: 'server', detail: 'SYNC_SERVER · HTTP 503' });
  });

  it('clears the password only when the platform checked it', () => {
    expect(signInFailure('SYNC_AUTH')).toMatchObject({ detail: 'SYNC_AUTH', keepPassword: false });
    expect(signInFailure('SYNC_AUTH').key).toBeUndefined();
  });
});
